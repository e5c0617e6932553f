/**
 * heldEdit (core/history-words.ts): does the host's document, set in an edit's vk-change listener,
 * hold the edit? Besides `holdsEdit` (undo it there and redo it: unchanged), an add the host saved
 * as a server does: the added item under an id of the host's own, with fields of its own. Nothing
 * else may differ: another value, a field the edit removed put back, an id another item has.
 */
import { expect } from '@open-wc/testing';
import { heldEdit } from '../../src/core/history-words.js';
import { planModel } from '../../src/plan-board/plan-board.model.js';
import { scheduleModel } from '../../src/course-calendar/course-calendar.model.js';
import { ladderModel } from '../../src/task-ladder/task-ladder.model.js';
import { stepsModel } from '../../src/step-tracker/step-tracker.model.js';
import type { DocumentModel } from '../../src/core/document-model.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { sampleSteps } from '../helpers/index.js';

type Model = DocumentModel<unknown, unknown>;
/** The edit on `doc`, and heldEdit of the host's document `host(after)` (a JSON copy of the edited document it may change). */
function held(model: Model, doc: unknown, operation: unknown, host: (after: any) => unknown): Map<string, string> | null {
  const after = model.apply(doc, operation);
  const now = model.check(host(JSON.parse(JSON.stringify(after))));
  expect(now.ok, JSON.stringify(now)).to.equal(true);
  return heldEdit(model, doc, after, now.ok ? now.document : null, operation, model.invert(doc, operation));
}
const cardAdd = { type: 'card.add', card: { id: 'c9', columnId: 'mon', title: 'Tannlege', pictogram: 'vk:dentist' }, columnId: 'mon', index: 1 };
const sessionAdd = (...ids: string[]) => ({ type: 'sessions.add', sessions: ids.map((id, i) => ({ id, courseId: 'renhold', start: `2026-03-1${6 + i}T09:00`, end: `2026-03-1${6 + i}T10:00`, kind: 'theory' })) });
const plan = planModel as Model, schedule = scheduleModel as Model; // prettier-ignore

describe('heldEdit: an add the host saved under ids of its own', () => {
  it('the document itself, or with host fields beside the edit: held, nothing renamed', () => {
    expect(held(plan, samplePlan(), cardAdd, (d) => d)).to.deep.equal(new Map());
    expect(held(plan, samplePlan(), cardAdd, (d) => ({ ...d, savedAt: 'now' }))).to.deep.equal(new Map());
  });

  it('card.add: the card under the server\'s id (and the server\'s fields on it, a field at the top): held, the id mapped', () => {
    const rename = (d: any) => ((d.cards.find((c: { id: string }) => c.id == 'c9').id = 'srv-1'), d);
    expect(held(plan, samplePlan(), cardAdd, rename)).to.deep.equal(new Map([['c9', 'srv-1']]));
    const more = (d: any) => ((d = rename(d)), (d.cards.find((c: { id: string }) => c.id == 'srv-1').createdAt = '2026-03-12'), { ...d, revision: 7 });
    expect(held(plan, samplePlan(), cardAdd, more)).to.deep.equal(new Map([['c9', 'srv-1']]));
  });

  it('sessions.add: each session under its own new id; session.add too', () => {
    const rename = (d: any) => ((d.sessions = d.sessions.map((s: { id: string }) => (s.id.startsWith('p') ? { ...s, id: `srv-${s.id}` } : s))), d);
    expect(held(schedule, sampleSchedule(), sessionAdd('p1', 'p2'), rename)).to.deep.equal(new Map([['p1', 'srv-p1'], ['p2', 'srv-p2']]));
    const one = { type: 'session.add', session: sessionAdd('p1').sessions[0] };
    expect(held(schedule, sampleSchedule(), one, rename)).to.deep.equal(new Map([['p1', 'srv-p1']]));
  });

  it('log.add: a log entry (no id in the schema) with the host\'s own id field is held', () => {
    const doc = sampleLadder();
    const operation = { type: 'log.add', taskId: 't3', entry: { date: '2026-03-12', by: 'adviser', text: 'Bra' } };
    const withId = (d: any) => {
      const task = d.phases.flatMap((p: { tasks: unknown[] }) => p.tasks).find((t: { id: string }) => t.id == 't3');
      task.log[task.log.length - 1].id = 'log-77';
      return d;
    };
    expect(held(ladderModel as Model, doc, operation, withId)).to.deep.equal(new Map());
  });

  it('held: what the edit did not touch is the host\'s own too (a savedAt stamped on every write, another card), as holdsEdit allows', () => {
    const rename = (d: any) => ((d.cards.find((c: { id: string }) => c.id == 'c9').id = 'srv-1'), d);
    const stamped = { ...samplePlan(), savedAt: '2026-03-12T09:00' };
    expect(held(plan, stamped, cardAdd, (d) => ({ ...rename(d), savedAt: '2026-03-12T10:00' }))).to.deep.equal(new Map([['c9', 'srv-1']]));
    expect(held(plan, samplePlan(), cardAdd, (d) => ((d = rename(d)), (d.cards[0].title = 'Annet'), d))).to.deep.equal(new Map([['c9', 'srv-1']]));
  });

  it('not held: the added card changed or elsewhere, a field the edit removed put back', () => {
    const rename = (d: any) => ((d.cards.find((c: { id: string }) => c.id == 'c9').id = 'srv-1'), d);
    expect(held(plan, samplePlan(), cardAdd, (d) => ((d = rename(d)), (d.cards.find((c: { id: string }) => c.id == 'srv-1').columnId = 'tue'), d))).to.equal(null);
    expect(held(plan, samplePlan(), cardAdd, (d) => ((d = rename(d)), d.cards.push(d.cards.splice(1, 1)[0]), d))).to.equal(null);
    expect(held(plan, samplePlan(), cardAdd, (d) => ((d.cards.find((c: { id: string }) => c.id == 'c9').title = 'Lege'), d))).to.equal(null);
    // step.update removes the due date (null); a host that keeps it has not saved the edit, whatever else it adds.
    const update = { type: 'step.update', stepId: 's2', changes: { due: null } };
    expect(held(stepsModel as Model, sampleSteps(), update, (d) => ((d.steps[1].due = '2026-03-01'), { ...d, savedAt: 'x' }))).to.equal(null);
  });

  it('not held: the renamed id is another item\'s, or two added items get one id', () => {
    const doc = sampleSchedule();
    const after = schedule.apply(doc, sessionAdd('p1', 'p2')) as { sessions: Array<{ id: string }> };
    const taken = JSON.parse(JSON.stringify(after));
    const [p1, p2] = ['p1', 'p2'].map((id) => taken.sessions.find((s: { id: string }) => s.id == id));
    [p1.id, p2.id] = ['p2', 'p1'];
    // An id the edited document has is never taken for a new one (not even two added sessions swapping theirs).
    expect(heldEdit(schedule, doc, after, taken, sessionAdd('p1', 'p2'), schedule.invert(doc, sessionAdd('p1', 'p2')))).to.equal(null);
    const same = JSON.parse(JSON.stringify(after));
    for (const s of same.sessions) if (s.id == 'p1' || s.id == 'p2') s.id = 'srv';
    expect(heldEdit(schedule, doc, after, same, sessionAdd('p1', 'p2'), schedule.invert(doc, sessionAdd('p1', 'p2')))).to.equal(null);
    const old = JSON.parse(JSON.stringify(after));
    old.sessions.find((s: { id: string }) => s.id == 'p1').id = 'a1';
    expect(heldEdit(schedule, doc, after, old, sessionAdd('p1', 'p2'), schedule.invert(doc, sessionAdd('p1', 'p2')))).to.equal(null);
  });
});
