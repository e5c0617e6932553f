import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { samplePlan } from './helpers.js';

const said = (el: Element): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
const commit = (el: Element, operation: object): boolean => (el as unknown as { commit(op: object): boolean }).commit(operation);

// A host's "Undo all" (`while (el.canUndo) el.undo()`) undoes several moves in one task, before
// the board renders. Each undo says where its card is now; the last is what is heard. It counted
// the cards of that column from the board as last rendered, without the cards the earlier undos of
// the same task had put back there: "plass 1 av 2" in a column of three.
describe('plan board: several undos in one task say the place as it is', () => {
  it('two moves out of Mandag undone in one task: the last says "plass 1 av 3"', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    commit(el, { type: 'card.move', cardId: 'c1', from: { columnId: 'mon', index: 0 }, to: { columnId: 'wed', index: 0 } });
    await el.updateComplete;
    commit(el, { type: 'card.move', cardId: 'c2', from: { columnId: 'mon', index: 0 }, to: { columnId: 'wed', index: 1 } });
    await el.updateComplete;
    while (el.canUndo) el.undo();
    await el.updateComplete;
    expect(el.value?.cards.filter((c) => c.columnId === 'mon').map((c) => c.id)).to.deep.equal(['c1', 'c2', 'c3']);
    expect(said(el)).to.equal('Angret. Kort Norskkurs: kolonne Mandag, plass 1 av 3');
    while (el.canRedo) el.redo();
    await el.updateComplete;
    expect(said(el)).to.equal('Gjort om igjen. Kort Arbeidspraksis: kolonne Onsdag, plass 2 av 2');
  });
});
