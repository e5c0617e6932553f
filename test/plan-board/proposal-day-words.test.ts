import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import { setLocale } from '../../src/core/localize.js';
import { splitWords } from '../a11y/layout-checks.js';
import { frame } from './helpers.js';

// A phone review: on a 320 px phone a Ukrainian participant's "Hvilken dag?" showed the chosen
// day as "Понеділо|к" (the day buttons were two 8rem columns however long the day's name; the
// chosen one is bold and wider still). A day's name is the participant's own word: never split.
describe('plan board, proposal: no day name splits on a phone', () => {
  afterEach(async () => {
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['uk', 'ti', 'so', 'ar', 'fa']) {
    for (const width of [320, 360]) {
      it(`${lang} at ${width} px: every day, chosen or not`, async () => {
        await setViewport({ width, height: 700 });
        await setLocale(lang);
        const wrapper = await fixture<HTMLElement>(
          html`<div dir=${lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr'}><vk-plan-board mode="participant" proposals .value=${{ ...createAminaPlan(), participantLanguage: lang }}></vk-plan-board></div>`,
        );
        const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
        const root = el.shadowRoot as ShadowRoot;
        await document.fonts.ready;
        (root.querySelector('.propose') as HTMLElement).click();
        await el.updateComplete;
        (root.querySelector('.vk-popover .picker-option') as HTMLElement).click();
        await el.updateComplete;
        const failures: string[] = [];
        for (const day of Array.from(root.querySelectorAll<HTMLElement>('.vk-popover .day-option'))) {
          day.click();
          await el.updateComplete;
          await frame();
          const options = root.querySelector('.vk-popover .day-options') as HTMLElement;
          for (const w of splitWords(options)) failures.push(`"${w.word}" over ${w.lines} lines (${w.wordWidth} px word, ${w.lineWidth} px line) in ${w.where}`);
          const popover = root.querySelector('.vk-popover') as HTMLElement;
          expect(popover.scrollWidth, 'nothing wider than the dialog').to.be.at.most(popover.clientWidth + 1);
        }
        expect([...new Set(failures)], failures.join('\n')).to.deep.equal([]);
      });
    }
  }

  it('a day named by one word wider than the dialog wraps inside its button, never widens the dialog', async () => {
    await setViewport({ width: 320, height: 700 });
    const plan = createAminaPlan();
    const long = 'Arbeidsmarkedsopplæringskursdagen'.repeat(3);
    const doc = { ...plan, columns: plan.columns.map((c, i) => (i === 0 ? { ...c, title: { nb: long } } : c)) };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${doc}></vk-plan-board>`);
    const root = el.shadowRoot as ShadowRoot;
    (root.querySelector('.propose') as HTMLElement).click();
    await el.updateComplete;
    (root.querySelector('.vk-popover .picker-option') as HTMLElement).click();
    await el.updateComplete;
    await frame();
    const popover = root.querySelector('.vk-popover') as HTMLElement;
    const day = root.querySelector('.vk-popover .day-option') as HTMLElement;
    expect(popover.scrollWidth).to.be.at.most(popover.clientWidth + 1);
    expect(day.getBoundingClientRect().right).to.be.at.most(popover.getBoundingClientRect().right);
  });
});
