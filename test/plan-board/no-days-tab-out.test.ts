import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { focused, settle } from '../helpers/index.js';
import { cardButton, samplePlan } from './helpers.js';

// A newcomer's review: after the host took every day away, focus rests on "Planen har ingen dager
// ennå." (tabindex=-1, after the toolbar). Tab from there went back to the toolbar's Angre, not on
// past the board: Chromium's Tab from a tabindex=-1 element with no Tab stop after it in a shadow
// root goes to the shadow root's first Tab stop (as it did from a calendar session, tab-out.test.ts).

async function board(mode: 'adviser' | 'participant'): Promise<{ el: VkPlanBoard; after: HTMLElement }> {
  const root = await fixture<HTMLElement>(html`<div>
    <button id="before">before</button>
    <vk-plan-board .value=${samplePlan()} mode=${mode}></vk-plan-board>
    <button id="after">after</button>
  </div>`);
  const el = root.querySelector('vk-plan-board') as VkPlanBoard;
  await settle(el);
  return { el, after: root.querySelector('#after')! };
}

describe('plan board: Tab from "Planen har ingen dager ennå." leaves the board', () => {
  for (const mode of ['adviser', 'participant'] as const) {
    it(`${mode}: Tab goes on past the board${mode === 'adviser' ? '; Shift+Tab comes back to its toolbar' : ''}`, async () => {
      const { el, after } = await board(mode);
      cardButton(el, 'c4').focus();
      el.value = { version: 1, columns: [], cards: [] };
      await settle(el);
      expect(focused(el)?.getAttribute('part'), 'focus rests on the message').to.equal('no-days');
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(document.activeElement, 'Tab from the message').to.equal(after);
      // A participant's board with no days has no Tab stop left (no toolbar, no proposal).
      if (mode === 'participant') return;
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await settle(el);
      expect(document.activeElement, 'Shift+Tab comes back to the board').to.equal(el);
      expect(focused(el)?.textContent?.trim(), 'on the toolbar’s Tab stop').to.equal('Angre');
    });
  }
});
