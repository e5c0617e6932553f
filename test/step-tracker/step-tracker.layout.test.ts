import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { StepsDocument } from '../../src/step-tracker/step-tracker.types.js';
import { setLocale } from '../../src/core/localize.js';
import { mountTracker, short } from './mount.js';
import { workOrientedCourseSteps } from '../../src/presets/steps.js';
import { shadow } from '../helpers/index.js';
import { containerWidths, overflowing, splitWords } from '../task-ladder/words.js';
import { splitWords as splitWordsAnywhere } from '../a11y/layout-checks.js';

function preset(): StepsDocument {
  return { ...workOrientedCourseSteps, steps: workOrientedCourseSteps.steps.map((s, i) => ({ ...s, status: i < 2 ? 'done' : i === 2 ? 'in-progress' : 'not-started', ...(i === 2 ? { due: '2026-03-01' } : {}) })) };
}


const mount = (width: number, locale: 'nb' | 'ar' | 'uk', doc: StepsDocument, orientation?: string): Promise<VkStepTracker> => mountTracker(width, locale, doc, { orientation });

describe('<vk-step-tracker> at every size', () => {
  afterEach(async () => {
    await setLocale('nb');
  });

  for (const locale of ['nb', 'ar'] as const) {
    for (const width of containerWidths) {
      for (const [name, doc] of [['the seven-step preset', preset()], ['four short steps', short]] as const) {
        it(`splits no word and overlaps nothing with ${name} at ${width} px, ${locale}`, async () => {
          const el = await mount(width, locale, doc);
          expect(splitWords(el.shadowRoot as ShadowRoot)).to.deep.equal([]);
          expect(overflowing(el)).to.deep.equal([]);
        });
      }
      it(`orientation="horizontal" splits no word at ${width} px, ${locale} (vertical when there is no room)`, async () => {
        const el = await mount(width, locale, preset(), 'horizontal');
        expect(splitWords(el.shadowRoot as ShadowRoot)).to.deep.equal([]);
        expect(overflowing(el)).to.deep.equal([]);
      });
    }
  }

  it('is horizontal where every step fits and vertical where a word would split', async () => {
    expect((await mount(1100, 'nb', short)).layout).to.equal('horizontal');
    expect((await mount(320, 'ar', preset())).layout).to.equal('vertical');
    expect((await mount(320, 'ar', preset(), 'horizontal')).layout).to.equal('vertical');
    expect(shadow(await mount(200, 'nb', short, 'horizontal'), '.tracker').dataset.layout).to.equal('vertical');
  });

  it('turns horizontal when widened and vertical again when narrowed', async () => {
    const el = await mount(320, 'nb', short);
    expect(el.layout).to.equal('vertical');
    (el.parentElement as HTMLElement).style.inlineSize = '1100px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(el.layout).to.equal('horizontal');
  });

  it('neighbouring step texts never overlap in horizontal layout', async () => {
    const el = await mount(1100, 'ar', short, 'horizontal');
    const labels = Array.from(el.shadowRoot?.querySelectorAll<HTMLElement>('.label') ?? []).map((l) => l.getBoundingClientRect());
    for (let i = 1; i < labels.length; i++) {
      const [a, b] = [labels[i - 1], labels[i]];
      expect(a.right <= b.left + 0.5 || b.right <= a.left + 0.5).to.equal(true);
    }
  });

  for (const length of [100, 200]) {
    it(`wraps an unbroken ${length}-character word in the title and a step inside the widget`, async () => {
      const doc = preset();
      const hostile = { ...doc, title: 'X'.repeat(length), steps: doc.steps.map((s, i) => (i === 0 ? { ...s, title: 'Z'.repeat(length) } : s)) };
      for (const width of [320, 1100]) {
        const el = await mount(width, 'nb', hostile, 'horizontal');
        expect(overflowing(el)).to.deep.equal([]);
        // The page is only as wide as the box the host gave the widget.
        expect(document.documentElement.scrollWidth).to.be.at.most(Math.max(window.innerWidth, width + 16));
      }
    });
  }
});

/** Words of the step titles drawn on more than one line, however wide the word is. */
function titleWordsOnTwoLines(el: VkStepTracker): string[] {
  const split: string[] = [];
  for (const title of Array.from(el.shadowRoot?.querySelectorAll('.step-title') ?? [])) {
    const node = Array.from(title.childNodes).find((n): n is Text => n instanceof Text && n.data.trim() !== '');
    if (!node) throw new Error('a step title without text');
    for (const match of node.data.matchAll(/\S+/gu)) {
      const range = document.createRange();
      range.setStart(node, match.index ?? 0);
      range.setEnd(node, (match.index ?? 0) + match[0].length);
      const tops = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0.5).map((r) => Math.round(r.top)));
      if (tops.size > 1) split.push(match[0]);
    }
  }
  return split;
}

describe('<vk-step-tracker> with text at 200 %', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setLocale('nb');
  });

  // The step's padding is in rem: at 200 % text it takes twice the room it takes at 16 px, and a
  // horizontal layout chosen with the 16 px figure split Arabic titles ("المشاركي|ن") at ~1,260 px.
  for (const width of [1150, 1200, 1250, 1300, 1350]) {
    it(`is horizontal only where every title word fits its column whole (ar, ${width} px)`, async () => {
      document.documentElement.style.fontSize = '200%';
      const el = await mount(width, 'ar', workOrientedCourseSteps);
      expect(titleWordsOnTwoLines(el), `layout ${el.layout}`).to.deep.equal([]);
    });
  }
});

// A phone at 200 % text: the vertical steps' 2.5rem marker column (80 px) and its gaps left the
// title 164 px of the window, and "deltakerne", "Gjennomfør", "роботодавцями" broke mid-word.
describe('<vk-step-tracker> full form at 200 % text on a phone', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setLocale('nb');
  });

  for (const locale of ['nb', 'ar', 'uk'] as const) {
    // The windows' widths less the page's 8 px margins.
    for (const [window, width] of [[320, 304], [360, 344]]) {
      it(`splits no word in a ${window} px window (${locale})`, async () => {
        document.documentElement.style.fontSize = '200%';
        const el = await mount(width, locale, preset());
        expect(el.layout).to.equal('vertical');
        expect(splitWordsAnywhere(el.parentElement as HTMLElement).map((w) => `${w.word} ${w.wordWidth}/${w.lineWidth}`)).to.deep.equal([]);
        expect(overflowing(el)).to.deep.equal([]);
      });
    }
  }
});

describe('<vk-step-tracker> in a shrink-to-fit place', () => {
  it('keeps a usable width as a plain flex item', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="display: flex; inline-size: 900px"><vk-step-tracker .value=${preset()}></vk-step-tracker></div>`);
    const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.least(320);
  });
});
