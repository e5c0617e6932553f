/**
 * The full tracker's narrow form (the label under the marker) follows the tracker's own text size,
 * `--vk-font-size`: the query was 16rem, the root's font size, so with `--vk-font-size: 2rem` at a
 * 16 px root a 256–439 px tracker kept the 2.5rem marker column beside its 32 px titles (272 px of
 * a 344 px one, where "samarbeidspartnere" and "arbeidsmarkedet" split). It now asks whether the
 * label would have 11.5em (the title's text) beside the marker column, gap, padding and borders
 * (rem and px).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { StepsDocument } from '../../src/step-tracker/step-tracker.types.js';
import { setLocale } from '../../src/core/localize.js';
import { workOrientedCourseSteps } from '../../src/presets/steps.js';
import { overflows, splitWords } from '../a11y/layout-checks.js';

function preset(): StepsDocument {
  return { ...workOrientedCourseSteps, steps: workOrientedCourseSteps.steps.map((s, i) => ({ ...s, status: i < 2 ? 'done' : i === 2 ? 'in-progress' : 'not-started', ...(i === 2 ? { due: '2026-03-01' } : {}) })) };
}

async function mount(width: number, locale: 'nb' | 'ar' | 'uk', fontSize?: string): Promise<VkStepTracker> {
  await setLocale(locale);
  const style = `inline-size: ${width}px${fontSize ? `; --vk-font-size: ${fontSize}` : ''}`;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'} style=${style}><vk-step-tracker .value=${preset()}></vk-step-tracker></div>`);
  const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
  el.removeAttribute('orientation');
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  await document.fonts.ready;
  return el;
}

/** The number of grid columns of the first step's button: 2 beside the marker, 1 under it. */
const tracks = (el: VkStepTracker): number => getComputedStyle((el.shadowRoot as ShadowRoot).querySelector('.step-button') as HTMLElement).gridTemplateColumns.split(' ').length;

describe('<vk-step-tracker> narrow form at --vk-font-size 2rem (16 px root)', () => {
  afterEach(() => setLocale('nb'));

  for (const locale of ['nb', 'ar', 'uk'] as const) {
    for (const width of [344, 400]) {
      it(`${locale}, ${width} px: the label under the marker; nothing outside, no word split`, async () => {
        const el = await mount(width, locale, '2rem');
        expect(parseFloat(getComputedStyle(el).fontSize), 'the tracker’s text at 32 px').to.equal(32);
        expect(el.layout).to.equal('vertical');
        expect(tracks(el), 'one column: the label under the marker').to.equal(1);
        const failures = [...overflows(el).map((o) => `${o.where} outside by ${o.left}/${o.right} px`), ...splitWords(el.parentElement as HTMLElement).map((w) => `"${w.word}" split (${w.wordWidth}/${w.lineWidth} px) in ${w.where}`)];
        expect(failures, failures.join('\n')).to.deep.equal([]);
      });
    }
  }

  it('the label beside the marker where it has 11.5em (368 px): from 440 px', async () => {
    expect(tracks(await mount(439, 'nb', '2rem'))).to.equal(1);
    expect(tracks(await mount(440, 'nb', '2rem'))).to.equal(2);
  });

  it('unchanged at 16 px text: beside the marker from 256 px (16rem)', async () => {
    expect(tracks(await mount(255, 'nb'))).to.equal(1);
    expect(tracks(await mount(256, 'nb'))).to.equal(2);
  });
});
