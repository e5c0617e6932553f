// card.add {card, columnId, index} names the column twice (the operation's columnId and the
// card's own). The contract says neither wins, so two different columns are bad input: a
// TypeError with the pointer to the card's field, never a silent choice of one.
import { expect } from '@open-wc/testing';
import { applyOperation } from '../../src/documents.js';
import type { PlanCard } from '../../src/plan-board/plan-board.types.js';
import { samplePlan } from './helpers.js';

const card = (columnId?: string): PlanCard => ({ id: 'c9', title: 'Tannlege', pictogram: 'vk:dentist', ...(columnId ? { columnId } : {}) }) as PlanCard;

describe('plan model: card.add and the card\u2019s own columnId', () => {
  it('a card whose columnId is not the operation\u2019s is refused at /card/columnId, the document unchanged', () => {
    const doc = samplePlan();
    expect(() => applyOperation('plan', doc, { type: 'card.add', card: card('wed'), columnId: 'tue', index: 0 })).to.throw(TypeError, '"/card/columnId"');
    expect(doc).to.deep.equal(samplePlan());
  });

  it('a card with the same columnId, or none, goes to the operation\u2019s column', () => {
    for (const added of [card('tue'), card()]) {
      const next = applyOperation('plan', samplePlan(), { type: 'card.add', card: added, columnId: 'tue', index: 1 });
      expect(next.cards.find((c) => c.id === 'c9')?.columnId).to.equal('tue');
      expect(next.cards.filter((c) => c.columnId === 'tue').map((c) => c.id)).to.deep.equal(['c4', 'c9']);
    }
  });
});
