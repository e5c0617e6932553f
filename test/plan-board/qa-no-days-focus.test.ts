import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { settle } from '../helpers/index.js';
import { cardButton, samplePlan } from './helpers.js';

// docs/plan-board.md: a plan with no columns says "Planen har ingen dager ennå.", "where focus rests
// when what had it went with the days". In participant mode it did; in adviser mode focus went to
// the toolbar's Undo instead — a button shown as unavailable (the host's value cleared the history),
// so a screen reader said "Angre, dimmed" and nothing of why the card had gone.
describe('plan board (adviser): the host takes every day away from under a focused card', () => {
  it('focus rests on "Planen har ingen dager ennå.", not on the unavailable Undo', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    cardButton(el, 'c4').focus();
    el.value = { version: 1, columns: [], cards: [] };
    await settle(el);
    expect(document.activeElement, 'in the board').to.equal(el);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('no-days');
  });
});
