import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { settle } from '../helpers/index.js';
import { deepActive, frame, menuAction, placed, samplePlan } from './helpers.js';

// Tab past a panel's last control with nothing after the board on the page takes focus out of the
// document: the panel closes (e5f16d0, core/popover.ts), as Tab to a control after it does. The
// board then took that close for focus lost (as after an outside press) and put focus back on the
// card's menu button, in a page the user had left: Tab back into the page went on from there, out
// again, instead of into the board from its start (docs/step-tracker.md: the tracker's details).
describe('plan board: Tab past a panel’s last control with nothing after the board on the page', () => {
  for (const action of ['edit', 'move'] as const) {
    it(`${action}: the panel closes, focus is not put back on the board; Tab comes back in at its first Tab stop`, async () => {
      const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()} mode="adviser"></vk-plan-board>`);
      await settle(el);
      await menuAction(el, 'c4', action);
      await settle(el);
      const panel = await placed(el);
      const stops = Array.from(panel.querySelectorAll<HTMLElement>('*')).filter((c) => c.tabIndex >= 0 && c.checkVisibility() && !(c as HTMLButtonElement).disabled);
      stops.at(-1)!.focus();
      await sendKeys({ press: 'Tab' });
      await settle(el);
      for (let i = 0; i < 3; i++) await frame();
      expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'the panel closed').to.equal(null);
      expect(el.shadowRoot!.activeElement, 'focus left the board, not put back on it').to.equal(null);
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(deepActive()?.textContent?.trim(), "back in at the board's first Tab stop").to.equal('Angre');
    });
  }
});
