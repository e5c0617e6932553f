import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setLocale } from '../../src/core/localize.js';
import { splitWords } from '../a11y/layout-checks.js';
import { samplePlan } from './helpers.js';

// The picture picker on a phone, or at 400 % zoom (320 CSS px): two columns of 131 px cells split
// the longest picture words ("Samfunnskunns|kap", "Суспільствознавст|во") although the popover
// had room for them on one line. Below the width two whole words need, one column.
const cases = [
  { width: 320, mode: 'adviser', open: 'button.add' },
  { width: 360, mode: 'adviser', open: 'button.add' },
  { width: 360, mode: 'participant', open: '.propose' },
  { width: 414, mode: 'participant', open: '.propose' },
] as const;

describe('<vk-plan-board> picture picker on small screens', () => {
  afterEach(() => setLocale('nb'));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const { width, mode, open } of cases) {
    for (const lang of ['nb', 'uk'] as const) {
      it(`no picture word is split in the ${mode}'s picker at ${width} px (${lang})`, async () => {
        await setViewport({ width, height: 640 });
        await setLocale(lang);
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><vk-plan-board .value=${samplePlan()} mode=${mode} ?proposals=${mode === 'participant'}></vk-plan-board></div>`);
        const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
        await el.updateComplete;
        el.shadowRoot!.querySelector<HTMLElement>(open)!.click();
        await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover[data-positioned="true"] .picker-grid .picker-option'), 'the picker opens and is placed', { timeout: 5000 });
        await el.updateComplete;
        const grid = el.shadowRoot!.querySelector<HTMLElement>('.picker-grid')!;
        const split = splitWords(grid).map((w) => `"${w.word}" (${w.wordWidth} px) over ${w.lines} lines of ${w.lineWidth} px`);
        expect(split).to.deep.equal([]);
      });
    }
  }
});
