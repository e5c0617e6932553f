/**
 * Forced colours: a card picked up (Space) must look other than a focused one. Before 7 Dec 2026
 * (a newcomer's QA, 41-lift-fc) the lift changed only the card's border colour to Highlight, which
 * the focus ring already is: the two looked almost the same. Now the lifted card's border is dashed,
 * with a dashed ring outside the (solid) focus ring; no size changes, nothing moves.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { settle } from '../helpers/index.js';
import { cardItem, samplePlan } from './helpers.js';

describe('plan board, forced colours: a lifted card is told from a focused one', () => {
  it('dashed border and a dashed ring outside it; the same box as when only focused', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()} mode="adviser"></vk-plan-board>`);
    await settle(el);
    await executeServerCommand('vk-forced-colors', { active: true });
    try {
      const card = cardItem(el, 'c1');
      const button = card.querySelector<HTMLElement>('.card-button')!;
      button.focus();
      await settle(el);
      const focused = getComputedStyle(card);
      const before = { border: focused.borderTopStyle, outline: focused.outlineStyle, width: focused.borderInlineStartWidth };
      button.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true, cancelable: true }));
      await settle(el);
      expect(card.hasAttribute('data-lifted'), 'picked up').to.equal(true);
      const lifted = getComputedStyle(card);
      expect(before, 'focused only: solid, no ring on the card').to.deep.include({ border: 'solid' });
      expect(before.outline).to.not.equal('dashed');
      expect(lifted.borderTopStyle, 'lifted: a dashed border').to.equal('dashed');
      expect(lifted.outlineStyle, 'and a dashed ring').to.equal('dashed');
      expect(parseFloat(lifted.outlineOffset), 'outside the focus ring').to.be.greaterThan(0);
      expect(lifted.borderInlineStartWidth, 'no width changed').to.equal(before.width);
    } finally {
      await executeServerCommand('vk-forced-colors', { active: false });
    }
  });
});
