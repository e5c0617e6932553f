// The fast checks (core/schema.ts plainArraySchema) run inside the exported valibot schemas too:
// a host may call v.safeParse(planDocumentSchema, …) on data that never passed the JSON rule, so a
// hole in an array must fail there exactly as valibot's own array schema fails it.
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { planDocumentSchema } from '../../src/plan-board/plan-board.model.js';
import { scheduleDocumentSchema } from '../../src/course-calendar/course-calendar.model.js';
import { ladderDocumentSchema } from '../../src/task-ladder/task-ladder.model.js';

/** `[ , item]`: an array whose first element is a hole. */
const holeThen = <T>(item: T): T[] => {
  const list: T[] = [];
  list[1] = item;
  return list;
};

function firstIssuePath(schema: v.GenericSchema, input: unknown): string | null {
  const result = v.safeParse(schema, input);
  return result.success ? null : result.issues[0].path!.map((p) => p.key).join('/');
}

describe('fast checks: arrays with holes', () => {
  it('plan cards, schedule courses and sessions, ladder tasks and log entries fail at the hole', () => {
    const card = { id: 'c1', columnId: 'mon', title: 'Norsk', pictogram: 'vk:bus' };
    expect(firstIssuePath(planDocumentSchema, { version: 1, columns: [{ id: 'mon', title: 'M' }], cards: holeThen(card) })).to.equal('cards/0');
    const course = { id: 'k', title: 'Kurs' };
    const session = { id: 's', courseId: 'k', start: '2026-03-09T09:00', end: '2026-03-09T10:00', kind: 'theory' };
    expect(firstIssuePath(scheduleDocumentSchema, { version: 1, courses: holeThen(course), sessions: [] })).to.equal('courses/0');
    expect(firstIssuePath(scheduleDocumentSchema, { version: 1, courses: [course], sessions: holeThen(session) })).to.equal('sessions/0');
    const task = { id: 't', title: 'Oppvask', level: 'not-started' };
    expect(firstIssuePath(ladderDocumentSchema, { version: 1, title: 'L', phases: [{ id: 'p', title: 'P', tasks: holeThen(task) }] })).to.equal('phases/0/tasks/0');
    const entry = { date: '2026-03-01', by: 'participant' };
    expect(firstIssuePath(ladderDocumentSchema, { version: 1, title: 'L', phases: [{ id: 'p', title: 'P', tasks: [{ ...task, log: holeThen(entry) }] }] })).to.equal('phases/0/tasks/0/log/0');
    // Without the hole, each passes.
    expect(firstIssuePath(planDocumentSchema, { version: 1, columns: [{ id: 'mon', title: 'M' }], cards: [card] })).to.equal(null);
    expect(firstIssuePath(ladderDocumentSchema, { version: 1, title: 'L', phases: [{ id: 'p', title: 'P', tasks: [{ ...task, log: [entry] }] }] })).to.equal(null);
  });
});
