import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { cardButton, deepActive, frame, key, menuAction, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const settle = async (el: VkPlanBoard): Promise<void> => {
  await el.updateComplete;
  for (let i = 0; i < 4; i++) await frame();
  await el.updateComplete;
};

// Before: on a board showing one day at a time, a card whose menu or edit form was open and that
// the host moved to another day was not on screen when the panel closed: Escape put focus on the
// toolbar's (unavailable) Angre, and Save on Monday's first card, with Monday still shown — the
// card just edited was nowhere to be seen. The panel's card is its return target: its day is shown.
describe('plan board, one day at a time: a panel whose card the host moved to another day', () => {
  for (const how of ['the edit form: Save', 'the edit form: Escape', 'the menu: Escape'] as const) {
    it(`${how} → focus on the card, its day shown`, async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="inline-size: 360px"><vk-plan-board .value=${samplePlan()}></vk-plan-board></div>`);
      const el = wrap.firstElementChild as VkPlanBoard;
      await settle(el);
      cardButton(el, 'c1').focus();
      if (how === 'the menu: Escape') await key(el, cardButton(el, 'c1'), 'F10', { shiftKey: true });
      else await menuAction(el, 'c1', 'edit');
      await settle(el);
      const doc = samplePlan();
      el.value = { ...doc, cards: doc.cards.map((c) => (c.id === 'c1' ? { ...c, columnId: 'tue' } : c)) };
      await settle(el);
      if (how === 'the edit form: Save') (sr(el).querySelector('.edit-form') as HTMLFormElement).requestSubmit();
      else await key(el, deepActive() as HTMLElement, 'Escape');
      await settle(el);
      expect(sr(el).querySelector('.vk-popover .menu-item, .vk-popover .edit-form'), 'the panel closed').to.equal(null);
      expect((deepActive() as HTMLElement | null)?.dataset.key, `focus on the card, not ${deepActive()?.outerHTML.slice(0, 60)}`).to.equal('c1');
      expect(sr(el).querySelector('[role="tab"][aria-selected="true"]')?.textContent).to.contain('Tirsdag');
    });
  }
});
