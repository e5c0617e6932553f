// Random operations for a current document: mostly ones that fit, some that deliberately do not
// (a stale `from`, an unknown id, an index out of range), for the operation-sequence properties.
import type { KnownKind } from '../../src/documents.js';
import { stepStatuses } from '../../src/step-tracker/step-tracker.types.js';
import { cardCategories } from '../../src/plan-board/plan-board.types.js';
import { logAuthors, taskLevels } from '../../src/task-ladder/task-ladder.types.js';
import { sessionKinds } from '../../src/course-calendar/course-calendar.types.js';
import type { Json } from './arbitraries.js';

/** Mulberry32: a seeded PRNG (fast-check supplies the seed, so failures replay). */
export function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (r: Random, n: number): number => Math.floor(r() * Math.max(n, 1));
const pick = <T>(r: Random, list: readonly T[]): T => list[int(r, list.length)];
const maybe = (r: Random, p = 0.5): boolean => r() < p;
const texts = ['Ny tekst', { nb: 'Norsk', ar: 'عربي' }, { ti: 'ሰላም' }, '<img src=x onerror="window.__pwned=1">', '😀'.repeat(3)];
const hostValues = [1, 'host', { deep: { nested: [1, 2, { x: null }] } }, [true, false], null];
const days = ['2026-01-05', '2026-02-28', '2024-02-29', '0042-06-30', '2026-12-31'];
let counter = 0;
const freshId = (prefix: string): string => `${prefix}-new-${++counter}`;

/** Random field changes for an `*.update`; `null` removes, and some keys may be absent on the item. */
function changes(r: Random, candidates: Record<string, unknown[]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = Object.keys(candidates);
  const n = 1 + int(r, 3);
  for (let i = 0; i < n; i++) {
    const key = pick(r, keys);
    out[key] = pick(r, candidates[key]);
  }
  return out;
}

function planOperation(doc: Json, r: Random): Json {
  const cards = doc.cards as Json[];
  const columns = doc.columns as Json[];
  const card = cards.length > 0 ? pick(r, cards) : null;
  const countIn = (columnId: string): number => cards.filter((c) => c.columnId === columnId).length;
  const position = (c: Json): Json => ({ columnId: c.columnId, index: cards.filter((o) => o.columnId === c.columnId).indexOf(c) });
  const choice = card ? int(r, 6) : 0;
  if (choice === 0) {
    const column = pick(r, columns);
    const newCard: Json = { id: freshId('card'), columnId: column.id, title: pick(r, texts), pictogram: 'vk:bus', ...(maybe(r) ? { hostField: pick(r, hostValues) } : {}) };
    return { type: 'card.add', card: newCard, columnId: column.id, index: int(r, countIn(column.id) + (maybe(r, 0.1) ? 3 : 1)) };
  }
  if (choice === 1) {
    return {
      type: 'card.update',
      cardId: card.id,
      changes: changes(r, { title: texts, note: [...texts, null], place: [...texts, null], time: ['10:00', '08:00-09:30', null], done: [true, false, null], category: [...cardCategories, null], audio: [{ nb: '/a.mp3' }, null], hostField: hostValues, other: [null, 'x'] }),
    };
  }
  if (choice === 2) return { type: 'card.remove', cardId: maybe(r, 0.9) ? card.id : 'missing' };
  if (choice === 3 || choice === 4) {
    const to = pick(r, columns);
    const after = countIn(to.id) - (to.id === card.columnId ? 1 : 0);
    const from = position(card);
    if (maybe(r, 0.1)) from.index += 1; // stale
    return { type: 'card.move', cardId: card.id, from, to: { columnId: to.id, index: int(r, after + 1) } };
  }
  return { type: 'card.done', cardId: card.id, done: maybe(r) };
}

function stepsOperation(doc: Json, r: Random): Json {
  const steps = doc.steps as Json[];
  if (steps.length === 0) return { type: 'step.status', stepId: 'missing', from: 'done', to: 'skipped' };
  const step = pick(r, steps);
  const choice = int(r, 3);
  if (choice === 0) return { type: 'step.status', stepId: step.id, from: maybe(r, 0.9) ? step.status : pick(r, stepStatuses), to: pick(r, stepStatuses) };
  if (choice === 1 && step.checklist?.length) {
    const item = pick(r, step.checklist as Json[]);
    return { type: 'step.check', stepId: step.id, itemId: item.id, done: maybe(r) };
  }
  return {
    type: 'step.update',
    stepId: step.id,
    changes: changes(r, { title: texts, description: [...texts, null], due: [...days, null], start: [...days, null], completed: [...days, null], pictogram: ['vk:bus', null], status: [...stepStatuses], hostField: hostValues, checklist: [null, [{ id: freshId('item'), title: 'Ny', done: false }]] }),
  };
}

function ladderOperation(doc: Json, r: Random): Json {
  const tasks = (doc.phases as Json[]).flatMap((p) => p.tasks as Json[]);
  if (tasks.length === 0) return { type: 'task.level', taskId: 'missing', from: 'not-started', to: 'independent' };
  const task = pick(r, tasks);
  const choice = int(r, 4);
  if (choice === 0) return { type: 'task.level', taskId: task.id, from: maybe(r, 0.9) ? task.level : pick(r, taskLevels), to: pick(r, taskLevels) };
  if (choice === 1) return { type: 'task.signoff', taskId: task.id, by: pick(r, ['Eva', 'ሰላም']), date: pick(r, days) };
  if (choice === 2) {
    const entry: Json = { date: pick(r, days), by: pick(r, logAuthors), ...(maybe(r) ? { mood: 1 + int(r, 5) } : {}), ...(maybe(r) ? { text: pick(r, ['Bra', '<b>x</b>']) } : {}), ...(maybe(r, 0.3) ? { hostField: pick(r, hostValues) } : {}) };
    return { type: 'log.add', taskId: task.id, entry };
  }
  return {
    type: 'task.update',
    taskId: task.id,
    changes: changes(r, { title: texts, pictogram: ['vk:bus', null], audio: [{ ar: '/a.mp3' }, null], signoff: [null, { by: 'Eva', date: '2026-01-05' }], log: [null, []], level: [...taskLevels], hostField: hostValues }),
  };
}

function scheduleOperation(doc: Json, r: Random): Json {
  const sessions = doc.sessions as Json[];
  const courses = doc.courses as Json[];
  const choice = sessions.length > 0 ? int(r, 5) : 0;
  if (choice === 0) {
    const day = pick(r, days);
    const session: Json = { id: freshId('session'), courseId: pick(r, courses).id, start: `${day}T09:00`, end: `${day}T11:30`, kind: pick(r, sessionKinds), ...(maybe(r) ? { title: pick(r, texts) } : {}) };
    return { type: 'session.add', session, ...(maybe(r) ? { index: int(r, sessions.length + 1) } : {}) };
  }
  const session = pick(r, sessions);
  if (choice === 1) {
    if (maybe(r, 0.7)) return { type: 'session.remove', sessionId: session.id };
    const ids = sessions.filter(() => maybe(r)).map((s) => s.id);
    return { type: 'sessions.remove', sessionIds: ids.length > 0 ? ids : [session.id] };
  }
  if (choice === 4) {
    const day = pick(r, days);
    const course = pick(r, courses).id;
    const added = [0, 1, 2].slice(0, 1 + int(r, 3)).map((w) => ({ id: freshId('session'), courseId: course, start: `${day}T1${w}:00`, end: `${day}T1${w}:45`, kind: 'theory' }));
    return { type: 'sessions.add', sessions: added, ...(maybe(r) ? { index: int(r, sessions.length + 1) } : {}) };
  }
  if (choice === 2) {
    const day = pick(r, days);
    return { type: 'session.move', sessionId: session.id, from: maybe(r, 0.9) ? { start: session.start, end: session.end } : { start: `${day}T01:00`, end: `${day}T02:00` }, to: { start: `${day}T12:00`, end: `${day}T13:15` } };
  }
  return {
    type: 'session.update',
    sessionId: session.id,
    changes: changes(r, { title: [...texts, null], place: [...texts, null], cancelled: [true, false, null], kind: [...sessionKinds], end: [`${session.start.slice(0, 10)}T23:00`], hostField: hostValues }),
  };
}

/** One random operation for `doc` of `kind`. */
export function randomOperation(kind: KnownKind, doc: Json, r: Random): Json {
  switch (kind) {
    case 'plan':
      return planOperation(doc, r);
    case 'steps':
      return stepsOperation(doc, r);
    case 'ladder':
      return ladderOperation(doc, r);
    case 'schedule':
      return scheduleOperation(doc, r);
  }
}
