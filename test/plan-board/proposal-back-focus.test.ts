import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { deepActive, frame, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;

// Before: "Tilbake" from the day question put focus on the grid's first picture, whatever the
// participant had chosen (the grid's one Tab stop stayed on that picture): a keyboard user who had
// walked to the 9th picture to change their mind started again from the first.
describe('plan board, proposal: "Tilbake" returns to the picture chosen', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`${dir}: focus on the chosen picture, the grid's Tab stop`, async () => {
      const wrap = await fixture<HTMLElement>(html`<div dir=${dir}><vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board></div>`);
      const el = wrap.firstElementChild as VkPlanBoard;
      (sr(el).querySelector('.propose') as HTMLElement).click();
      await el.updateComplete;
      const first = sr(el).querySelector('.vk-popover .picker-option') as HTMLElement;
      first.focus();
      // Onwards along the reading direction, eight pictures.
      for (let i = 0; i < 8; i++) await sendKeys({ press: dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight' });
      const chosen = (deepActive() as HTMLElement).dataset.pictogram;
      expect(chosen).to.not.equal(first.dataset.pictogram);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(sr(el).querySelector('.vk-popover .day-option'), 'the day question').to.not.equal(null);
      (sr(el).querySelector('.vk-popover .back') as HTMLElement).click();
      await el.updateComplete;
      await frame();
      const active = deepActive() as HTMLElement;
      expect(active.dataset.pictogram).to.equal(chosen);
      expect(active.tabIndex, 'the grid\'s one Tab stop').to.equal(0);
    });
  }
});
