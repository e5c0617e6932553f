/**
 * The ladder's layout tiers follow the widget's own text size, `--vk-font-size`, not only the
 * page's: its container queries were in rem (54rem, 30rem, 18rem), the root's font size, so with
 * `--vk-font-size: 2rem` at a 16 px root a 360 px ladder (11.25 of its 32 px text) kept its phone
 * padding and an adviser's level and sign-off shortcuts, and a 1280 px one (40 of its text) put
 * three phases side by side. They are now in em, the host's text (the query container).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { setLocale } from '../../src/core/localize.js';
import { shadow, shadowAll } from '../helpers/index.js';
import { overflows, splitWords } from '../a11y/layout-checks.js';
import { sampleLadder } from './sample.js';

/** The phases' grid columns (stacked: one; side by side, as many as fit at ~17.5em, since 7 Dec 2026 wrapping the rest). */
const phaseColumns = (el: Element): number => getComputedStyle(shadow(el, '.phases')).gridTemplateColumns.trim().split(/\s+/).length;

async function mount(lang: 'nb' | 'ar', width: number, fontSize = '2rem', doc = sampleLadder()): Promise<VkTaskLadder> {
  await setViewport({ width, height: 800 });
  await setLocale(lang);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: ${width}px; --vk-font-size: ${fontSize}"><vk-task-ladder .value=${doc} mode="adviser"></vk-task-ladder></div>`);
  const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  await document.fonts.ready;
  return el;
}

describe('<vk-task-ladder> at --vk-font-size 2rem (16 px root)', () => {
  afterEach(() => setLocale('nb'));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['nb', 'ar'] as const) {
    for (const width of [360, 768, 1280]) {
      it(`${lang}, ${width} px: the narrow tiers of 32 px text apply; nothing sideways, no word split`, async function () {
        this.timeout(20000);
        const el = await mount(lang, width);
        expect(parseFloat(getComputedStyle(el).fontSize), 'the widget’s text at 32 px').to.equal(32);
        // Under 54em (1728 px at 32 px) the phases stack, the current one first.
        expect(phaseColumns(el), 'phases stacked').to.equal(1);
        expect((el as unknown as { stacked: boolean }).stacked, 'the element read the stacked flow back').to.equal(true);
        // Under 30em (960 px): the level and sign-off shortcuts give way to the details.
        const shortcuts = shadowAll(el, '.task-controls .level-control, .task-controls .signoff-control');
        expect(shortcuts.length, 'an adviser’s cards have the shortcuts').to.be.above(0);
        const shown = shortcuts.filter((b) => getComputedStyle(b).display !== 'none').length;
        if (width < 960) expect(shown, 'level and sign-off shortcuts shown').to.equal(0);
        else expect(shown, 'every shortcut shown').to.equal(shortcuts.length);
        // Under 18em (576 px): the phase's side padding is --_vk-space-1 (0.25rem).
        const phase = getComputedStyle(shadowAll(el, '.phase')[0]);
        if (width < 576) expect(phase.paddingInlineStart, 'the phone padding').to.equal('4px');
        else expect(phase.paddingInlineStart, 'the usual padding').to.not.equal('4px');
        const ladder = shadow(el, '.ladder');
        expect(ladder.scrollWidth, 'nothing wider than the ladder').to.be.at.most(ladder.clientWidth);
        expect(overflows(el), 'nothing outside the ladder').to.deep.equal([]);
        expect(splitWords(el), 'words split across lines').to.deep.equal([]);
      });
    }
  }

  // The probe the element reads the flow back on was zero-height: a change of the text size alone
  // restacked the phases (the container query) but left the current phase where it was.
  it('a change of --vk-font-size alone (the width stays) restacks the phases, the current one first', async function () {
    this.timeout(20000);
    const sample = sampleLadder();
    const [first, ...rest] = sample.phases;
    // The first phase done: the second is the current one.
    const doc = { ...sample, phases: [{ ...first!, tasks: first!.tasks.map((task) => ({ ...task, level: 'independent' as const })) }, ...rest] };
    const el = await mount('nb', 1280, '1rem', doc);
    const ladder = shadow(el, '.ladder');
    const firstPhase = (): string | null => shadowAll(el, '.phase')[0]!.getAttribute('data-phase');
    expect([phaseColumns(el) > 1, ladder.hasAttribute('data-stacked')], 'side by side at 16 px text').to.deep.equal([true, false]);
    const inOrder = firstPhase();
    expect(inOrder, 'side by side, in their order').to.equal('p1');
    el.parentElement!.style.setProperty('--vk-font-size', '2rem');
    await waitUntil(() => shadow(el, '.ladder').hasAttribute('data-stacked'), 'stacked once the ladder’s text is 32 px (under 54em)');
    expect(phaseColumns(el)).to.equal(1);
    expect(firstPhase(), 'the current phase first').to.equal('p2');
    el.parentElement!.style.setProperty('--vk-font-size', '1rem');
    await waitUntil(() => !shadow(el, '.ladder').hasAttribute('data-stacked'), 'side by side again at 16 px');
    expect(firstPhase(), 'the phases in their order again').to.equal(inOrder);
  });
});
