import { expect } from '@open-wc/testing';
import { applyPlanOperation, cardsByColumn, checkPlanDocument, invertPlanOperation, planCardSchema, positionOf } from '../../src/plan-board/plan-board.model.js';
import type { PlanDocument, PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { applyOperation, validateDocument } from '../../src/documents.js';
import { createAminaPlan, createEmptyWeekPlan, createNowNextLaterPlan } from '../../src/presets/plan.js';
import { samplePlan } from './helpers.js';
import { expectIssuesOfItemSchema, oddIds, oddTexts } from '../helpers/fast-checks.js';

const order = (doc: PlanDocument): Record<string, string[]> => Object.fromEntries([...cardsByColumn(doc)].map(([k, v]) => [k, v.map((c) => c.id)]));

/** Applies, then the inverse, and checks the columns show the same cards in the same order. */
function roundTrip(doc: PlanDocument, operation: PlanOperation): PlanDocument {
  const inverse = invertPlanOperation(doc, operation);
  const after = applyPlanOperation(doc, operation);
  const back = applyPlanOperation(after, inverse);
  expect(order(back)).to.deep.equal(order(doc));
  expect(back, 'undo restores the document exactly').to.deep.equal(doc);
  return back;
}

describe('plan model: validation', () => {
  it('accepts the sample and every preset', () => {
    for (const doc of [samplePlan(), createEmptyWeekPlan(), createNowNextLaterPlan(), createAminaPlan()]) expect(validateDocument('plan', doc)).to.deep.equal({ ok: true });
  });

  it('a dangling columnId is invalid at /cards/N/columnId', () => {
    const doc = samplePlan() as unknown as { cards: Array<{ columnId: string }> };
    doc.cards[2].columnId = 'sun';
    const result = checkPlanDocument(doc);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.issues[0].path).to.equal('/cards/2/columnId');
  });

  it('proposedBy is "participant" or absent (contract.md §1): another value is invalid at its path, also through the fast check', () => {
    const base = samplePlan();
    const withProposal = (proposedBy: unknown) => ({ ...base, cards: base.cards.map((c, i) => (i === 1 ? { ...c, proposedBy } : c)) });
    expect(validateDocument('plan', withProposal('participant')).ok).to.equal(true);
    for (const bad of ['mentor', '', true, null]) {
      const result = validateDocument('plan', withProposal(bad));
      expect(result.ok, JSON.stringify(bad)).to.equal(false);
      if (!result.ok) expect(result.issues.map((i) => i.path), JSON.stringify(bad)).to.deep.equal(['/cards/1/proposedBy']);
    }
  });

  it('ids are unique across columns and cards', () => {
    const doc = samplePlan() as unknown as { cards: Array<{ id: string }> };
    doc.cards[1].id = 'tue';
    const result = checkPlanDocument(doc);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.issues[0].path).to.equal('/cards/1/id');
  });

  it('a bad time, category or pictogram URL is invalid at its path', () => {
    const cases: Array<[string, unknown, string]> = [
      ['time', '9 o’clock', '/cards/0/time'],
      ['category', 'fun', '/cards/0/category'],
      ['pictogram', { src: 'javascript:alert(1)', alt: 'x' }, '/cards/0/pictogram'],
    ];
    for (const [field, value, path] of cases) {
      const doc = samplePlan() as unknown as { cards: Array<Record<string, unknown>> };
      doc.cards[0][field] = value;
      const result = checkPlanDocument(doc);
      expect(result.ok, field).to.equal(false);
      if (!result.ok) expect(result.error.issues[0].path.startsWith(path), result.error.issues[0].path).to.equal(true);
    }
  });

  it('names every issue of an odd card exactly as the schema does alone (the fast check never hides one)', () => {
    expectIssuesOfItemSchema({
      check: checkPlanDocument,
      schema: planCardSchema,
      doc: () => samplePlan() as unknown as Record<string, unknown>,
      list: 'cards',
      index: 1,
      crossFields: ['id', 'columnId'],
      odd: [
        ['title', [...oddTexts, undefined]],
        ['place', oddTexts],
        ['note', oddTexts],
        ['id', oddIds],
        ['columnId', ['', 7, 'tue']],
        ['pictogram', [...oddIds, 'vk:bus', { src: 'https://example.org/a.svg', alt: 'A' }, { src: 'javascript:alert(1)', alt: 'x' }, undefined]],
        ['time', ['09:00', '09:00-11:30', '09:00 – 11:30', '9:00', '24:00', '', 9]],
        ['category', ['work', 'fun', null]],
        ['done', [true, 'yes', null]],
        ['audio', [{ src: 'https://example.org/a.mp3' }, { src: 'javascript:x' }, 'a.mp3', null]],
      ],
    });
  });

  it('a card without a pictogram is invalid at /cards/N/pictogram', () => {
    const doc = samplePlan() as unknown as { cards: Array<Record<string, unknown>> };
    delete doc.cards[3].pictogram;
    const result = checkPlanDocument(doc);
    if (!result.ok) expect(result.error.issues[0].path).to.equal('/cards/3/pictogram');
    expect(result.ok).to.equal(false);
  });
});

describe('plan model: operations', () => {
  it('card.move within a column uses the index after the card left its source', () => {
    const doc = samplePlan();
    const next = applyPlanOperation(doc, { type: 'card.move', cardId: 'c1', from: { columnId: 'mon', index: 0 }, to: { columnId: 'mon', index: 2 } });
    expect(order(next).mon).to.deep.equal(['c2', 'c3', 'c1']);
    expect(doc.cards[0].id).to.equal('c1');
  });

  it('card.move across columns changes columnId and keeps unknown fields', () => {
    const next = applyPlanOperation(samplePlan(), { type: 'card.move', cardId: 'c2', from: { columnId: 'mon', index: 1 }, to: { columnId: 'tue', index: 0 } });
    expect(order(next)).to.deep.equal({ mon: ['c1', 'c3'], tue: ['c2', 'c4'], wed: [] });
    expect(next.cards.find((c) => c.id === 'c2')?.hostField).to.equal(7);
    expect(next.hostOwned).to.equal('keep me');
  });

  it('card.move into an empty column', () => {
    const next = applyPlanOperation(samplePlan(), { type: 'card.move', cardId: 'c4', from: { columnId: 'tue', index: 0 }, to: { columnId: 'wed', index: 0 } });
    expect(order(next)).to.deep.equal({ mon: ['c1', 'c2', 'c3'], tue: [], wed: ['c4'] });
  });

  it('card.move whose from does not match the document throws a TypeError', () => {
    expect(() => applyPlanOperation(samplePlan(), { type: 'card.move', cardId: 'c1', from: { columnId: 'mon', index: 1 }, to: { columnId: 'tue', index: 0 } })).to.throw(TypeError, /not mon\[1\]/);
  });

  it('card.move to an index past the end or an unknown column throws a TypeError', () => {
    expect(() => applyPlanOperation(samplePlan(), { type: 'card.move', cardId: 'c1', from: { columnId: 'mon', index: 0 }, to: { columnId: 'tue', index: 2 } })).to.throw(TypeError);
    expect(() => applyPlanOperation(samplePlan(), { type: 'card.move', cardId: 'c1', from: { columnId: 'mon', index: 0 }, to: { columnId: 'sun', index: 0 } })).to.throw(TypeError, /sun/);
  });

  it('card.add inserts at the index in its column; a duplicate id throws', () => {
    const card = { id: 'n1', columnId: 'mon', title: 'Ny', pictogram: 'vk:help' };
    const next = applyPlanOperation(samplePlan(), { type: 'card.add', card, columnId: 'mon', index: 1 });
    expect(order(next).mon).to.deep.equal(['c1', 'n1', 'c2', 'c3']);
    expect(() => applyPlanOperation(next, { type: 'card.add', card, columnId: 'mon', index: 0 })).to.throw(TypeError, /already used/);
  });

  it('card.add of an invalid card throws a TypeError naming the path', () => {
    const card = { id: 'n1', columnId: 'mon', title: 'Ny', pictogram: 'vk:help', time: 'soon' };
    expect(() => applyPlanOperation(samplePlan(), { type: 'card.add', card, columnId: 'mon', index: 0 })).to.throw(TypeError, /time/);
  });

  it('card.update changes fields, null removes one, and columnId cannot change', () => {
    const next = applyPlanOperation(samplePlan(), { type: 'card.update', cardId: 'c1', changes: { place: 'Rom 2', time: null } });
    expect(next.cards[0].place).to.equal('Rom 2');
    expect('time' in next.cards[0]).to.equal(false);
    expect(() => applyPlanOperation(samplePlan(), { type: 'card.update', cardId: 'c1', changes: { columnId: 'tue' } as never })).to.throw(TypeError, /card.move/);
  });

  it('card.done sets done; an unknown card throws', () => {
    expect(applyPlanOperation(samplePlan(), { type: 'card.done', cardId: 'c1', done: true }).cards[0].done).to.equal(true);
    expect(() => applyPlanOperation(samplePlan(), { type: 'card.done', cardId: 'zz', done: true })).to.throw(TypeError, /zz/);
  });

  it('an unknown operation type or a malformed operation throws a TypeError', () => {
    expect(() => applyPlanOperation(samplePlan(), { type: 'card.fly' } as never)).to.throw(TypeError);
    expect(() => applyPlanOperation(samplePlan(), { type: 'card.done', cardId: 'c1', done: 'yes' } as never)).to.throw(TypeError);
  });

  it('applyOperation("plan") works from the package root', () => {
    const next = applyOperation('plan', samplePlan(), { type: 'card.remove', cardId: 'c2' });
    expect(order(next).mon).to.deep.equal(['c1', 'c3']);
  });
});

describe('plan model: inverses', () => {
  it('remove is undone by card.add with the index, restoring the position', () => {
    const doc = samplePlan();
    const inverse = invertPlanOperation(doc, { type: 'card.remove', cardId: 'c2' });
    expect(inverse).to.deep.equal({ type: 'card.add', card: doc.cards[1], columnId: 'mon', index: 1, cardIndex: 1 });
    roundTrip(doc, { type: 'card.remove', cardId: 'c2' });
  });

  it('add is undone by remove', () => {
    const card = { id: 'n1', columnId: 'tue', title: 'Ny', pictogram: 'vk:help' };
    expect(invertPlanOperation(samplePlan(), { type: 'card.add', card, columnId: 'tue', index: 0 })).to.deep.equal({ type: 'card.remove', cardId: 'n1' });
    roundTrip(samplePlan(), { type: 'card.add', card, columnId: 'tue', index: 0 });
  });

  it('a move is undone by the move back (from and to swapped)', () => {
    const op: PlanOperation = { type: 'card.move', cardId: 'c1', from: { columnId: 'mon', index: 0 }, to: { columnId: 'tue', index: 1 } };
    expect(invertPlanOperation(samplePlan(), op)).to.deep.equal({ type: 'card.move', cardId: 'c1', from: { columnId: 'tue', index: 1 }, to: { columnId: 'mon', index: 0 } });
    roundTrip(samplePlan(), op);
    roundTrip(samplePlan(), { type: 'card.move', cardId: 'c3', from: { columnId: 'mon', index: 2 }, to: { columnId: 'mon', index: 0 } });
  });

  it('done is undone by the previous done; update by the previous fields (null where absent)', () => {
    expect(invertPlanOperation(samplePlan(), { type: 'card.done', cardId: 'c4', done: false })).to.deep.equal({ type: 'card.done', cardId: 'c4', done: true });
    expect(invertPlanOperation(samplePlan(), { type: 'card.update', cardId: 'c1', changes: { time: '10:00', note: 'x' } })).to.deep.equal({
      type: 'card.update',
      cardId: 'c1',
      changes: { time: '09:00-11:30', note: null },
    });
  });

  it('positionOf gives the column and the index within it', () => {
    expect(positionOf(samplePlan(), 'c3')).to.deep.equal({ columnId: 'mon', index: 2 });
    expect(positionOf(samplePlan(), 'nope')).to.equal(null);
  });
});
