// fast-check generators shared by the property tests (test/core/*.test.ts) and `npm run fuzz`:
// valid documents of each kind, hostile mutations of them, and operations that fit (or
// deliberately misfit) a current document.
import fc from 'fast-check';
import type { KnownKind } from '../../src/documents.js';
import { stepStatuses } from '../../src/step-tracker/step-tracker.types.js';
import { cardCategories } from '../../src/plan-board/plan-board.types.js';
import { logAuthors, moods, taskLevels } from '../../src/task-ladder/task-ladder.types.js';
import { sessionKinds } from '../../src/course-calendar/course-calendar.types.js';

export type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
export const kinds: KnownKind[] = ['steps', 'plan', 'ladder', 'schedule'];
export const tags: Record<KnownKind, string> = { steps: 'vk-step-tracker', plan: 'vk-plan-board', ladder: 'vk-task-ladder', schedule: 'vk-course-calendar' };

/** The same value as plain JSON (no -0, no undefined). */
export const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const words = fc.constantFrom('Norskkurs', 'Arbeidspraksis', 'دورة اللغة', 'ሰላም', 'Привіт', 'x', '<img src=x onerror="window.__pwned=1">', '{{7*7}}', '${alert(1)}', '\u202Eevil\u202C', '😀👍🏽', 'a'.repeat(120));
const plainString = fc.oneof({ weight: 3, arbitrary: words }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
const locale = fc.constantFrom('nb', 'nn', 'ar', 'ti', 'so', 'en', 'uk', 'fa', 'nb-NO');
export const text = fc.oneof(plainString, fc.dictionary(locale, plainString, { maxKeys: 3 }));
// data: URLs only, so the tests make no network requests.
const url = fc.constantFrom('data:image/png;base64,AAAA', 'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=');
const pictogram = fc.oneof(fc.constantFrom('vk:bus', 'vk:doctor', 'vk:norwegian-class', 'unknown-pictogram'), fc.record({ src: url, alt: text }));
/** Recordings (contract §4 Audio): http(s), relative or data:audio — never an image. */
const audioUrl = fc.constantFrom('https://example.org/lyd/a.ogg', '/lyd/norskkurs.mp3', 'data:audio/webm;codecs=opus;base64,GkXfo59ChoEBQveBAULygQRC84EIQoKEd2VibUKHgQRC');
const audio = fc.dictionary(locale, audioUrl, { maxKeys: 2 });
const nearDate = fc.date({ min: new Date('2025-06-01T00:00:00Z'), max: new Date('2027-06-30T00:00:00Z'), noInvalidDate: true });
const anyDate = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true });
export const date = fc.oneof({ weight: 4, arbitrary: nearDate }, { weight: 1, arbitrary: anyDate }).map((d) => d.toISOString().slice(0, 10));
// fast-check does generate "__proto__" keys: valid documents leave prototype-named keys out
// (the hostile mutations put them back in on purpose).
const hostValue = fc.jsonValue({ maxDepth: 2 }).filter((value) => !/"(?:__proto__|constructor|prototype)":/.test(JSON.stringify(value)));
const time = fc.tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

/** Renames every `id` (and the references to it) so ids are unique in the document. */
function uniqueIds(prefix: string) {
  let n = 0;
  return () => `${prefix}${++n}`;
}

const stepArb = fc.record(
  {
    title: text,
    description: text,
    pictogram,
    status: fc.constantFrom(...stepStatuses),
    start: date,
    due: date,
    completed: date,
    checklist: fc.array(fc.record({ title: text, done: fc.boolean() }), { maxLength: 3 }),
    hostField: hostValue,
  },
  { requiredKeys: ['title', 'status'] },
);
export const stepsDocument = fc
  .record({ title: text, steps: fc.array(stepArb, { maxLength: 6 }), hostOwned: hostValue }, { requiredKeys: ['steps'] })
  .map((doc) => {
    const id = uniqueIds('s');
    return json({ version: 1, ...doc, steps: doc.steps.map((s) => ({ id: id(), ...s, ...(s.checklist ? { checklist: s.checklist.map((k) => ({ id: id(), ...k })) } : {}) })) });
  });

const cardArb = fc.record(
  {
    column: fc.nat(),
    title: text,
    pictogram,
    category: fc.constantFrom(...cardCategories),
    time: fc.oneof(time, fc.tuple(time, time).map(([a, b]) => `${a}-${b}`)),
    place: text,
    note: text,
    audio,
    done: fc.boolean(),
    hostField: hostValue,
  },
  { requiredKeys: ['column', 'title', 'pictogram'] },
);
export const planDocument = fc
  .record(
    {
      title: text,
      participantLanguage: fc.constantFrom('ar', 'ti', 'so', 'uk'),
      columns: fc.array(fc.record({ title: text, pictogram }, { requiredKeys: ['title'] }), { minLength: 1, maxLength: 5 }),
      cards: fc.array(cardArb, { maxLength: 10 }),
    },
    { requiredKeys: ['columns', 'cards'] },
  )
  .map((doc) => {
    const id = uniqueIds('p');
    const columns = doc.columns.map((c) => ({ id: id(), ...c }));
    const cards = doc.cards.map(({ column, ...c }) => ({ id: id(), columnId: columns[column % columns.length].id, ...c }));
    return json({ version: 1, ...doc, columns, cards });
  });

const logEntry = fc.record({ date, by: fc.constantFrom(...logAuthors), mood: fc.constantFrom(...moods), text: plainString }, { requiredKeys: ['date', 'by'] });
const taskArb = fc.record(
  {
    title: text,
    pictogram,
    audio,
    level: fc.constantFrom(...taskLevels),
    signoff: fc.record({ by: fc.constantFrom('Eva', 'Ali', 'ሰላም'), date }),
    log: fc.array(logEntry, { maxLength: 3 }),
    hostField: hostValue,
  },
  { requiredKeys: ['title', 'level'] },
);
export const ladderDocument = fc
  .record(
    {
      title: text,
      branch: fc.constantFrom('cleaning', 'shop', 'care', 'own branch'),
      mentor: fc.record({ name: fc.constantFrom('Eva', 'Ola') }),
      participantLanguage: fc.constantFrom('ar', 'ti', 'so'),
      phases: fc.array(fc.record({ title: text, tasks: fc.array(taskArb, { maxLength: 4 }) }), { maxLength: 4 }),
    },
    { requiredKeys: ['title', 'phases'] },
  )
  .map((doc) => {
    const id = uniqueIds('l');
    return json({ version: 1, ...doc, phases: doc.phases.map((p) => ({ id: id(), ...p, tasks: p.tasks.map((t) => ({ id: id(), ...t })) })) });
  });

const sessionArb = fc.record(
  {
    course: fc.nat(),
    day: nearDate,
    startHour: fc.integer({ min: 6, max: 18 }),
    hours: fc.integer({ min: 1, max: 4 }),
    kind: fc.constantFrom(...sessionKinds),
    title: text,
    place: text,
    cancelled: fc.boolean(),
  },
  { requiredKeys: ['course', 'day', 'startHour', 'hours', 'kind'] },
);
export const scheduleDocument = fc
  .record(
    {
      courses: fc.array(fc.record({ title: text, pictogram, color: fc.constantFrom('#0a7', '#123456'), certificate: text }, { requiredKeys: ['title'] }), { minLength: 1, maxLength: 3 }),
      sessions: fc.array(sessionArb, { maxLength: 8 }),
      closedDays: fc.array(fc.record({ date, title: text }), { maxLength: 2 }),
    },
    { requiredKeys: ['courses', 'sessions'] },
  )
  .map((doc) => {
    const id = uniqueIds('c');
    const courses = doc.courses.map((c) => ({ id: id(), ...c }));
    const sessions = doc.sessions.map(({ course, day, startHour, hours, ...s }) => {
      const d = day.toISOString().slice(0, 10);
      const hh = (h: number): string => String(h).padStart(2, '0');
      return { id: id(), courseId: courses[course % courses.length].id, start: `${d}T${hh(startHour)}:00`, end: `${d}T${hh(startHour + hours)}:30`, ...s };
    });
    return json({ version: 1, ...doc, courses, sessions });
  });

export const validDocument: Record<KnownKind, fc.Arbitrary<Json>> = { steps: stepsDocument, plan: planDocument, ladder: ladderDocument, schedule: scheduleDocument };

/** Values an attacker or a careless host puts anywhere in a document (fresh each call). */
const hostileValues: Array<() => unknown> = [
  () => [],
  () => ['x'],
  () => ({}),
  () => '',
  () => ' ',
  () => 'x'.repeat(5001),
  () => '😀'.repeat(5000),
  () => '😀'.repeat(5001),
  () => 'y'.repeat(201),
  () => -1,
  () => 1.5,
  () => 0,
  () => 2,
  () => 1e308,
  () => null,
  () => true,
  () => '0000-02-29',
  () => '0042-06-30',
  () => '0001-02-29',
  () => '2026-02-30',
  () => '2026-13-01',
  () => '2026-01-01T25:00',
  () => '0099-12-31T23:59',
  () => '#zzz',
  () => 'javascript:alert(1)',
  () => 'data:text/html,<script>alert(1)</script>',
  () => '<img src=x onerror="window.__pwned=1">',
  () => ({ _$litType$: 1, strings: ['<b>x</b>'], values: [] }),
  () => JSON.parse('{"constructor":{"_$litType$":1,"strings":["x"],"values":[]}}'),
  () => JSON.parse('{"__proto__":{"polluted":true}}'),
  () => JSON.parse('{"nb":"x","prototype":"y"}'),
  () => ({ nb: 1 }),
  () => ({ 'nb-NO': 'x', ar: 'ص' }),
  () => ({ 'not a tag': 'x' }),
  () => ({ src: 'javascript:alert(1)', alt: 'x' }),
  () => ({ src: '/ok.png', alt: [] }),
  () => 'vk:bus',
  () => 'in-progress',
  () => 'independent',
  () => 'mentor',
  () => 'p1',
  () => 's1',
];

export interface Mutation {
  pick: number;
  action: number;
  value: number;
}
export const mutations = fc.array(fc.record({ pick: fc.nat(), action: fc.nat({ max: 9 }), value: fc.nat() }), { minLength: 1, maxLength: 3 });

function paths(value: Json, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const k of Object.keys(value)) paths(v(value, k), [...prefix, k], out);
  return out;
}
const v = (o: Json, k: string): Json => o[k];

/**
 * A hostile variant of a document: at chosen paths, delete the member, duplicate an array item
 * (duplicate ids), or put a hostile value there. May still be valid (validateDocument decides).
 */
export function mutate(doc: Json, list: Mutation[]): Json {
  const copy = json(doc);
  for (const { pick, action, value } of list) {
    const all = paths(copy).filter((p) => p.length > 0);
    if (all.length === 0) break;
    const path = all[pick % all.length];
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key];
    const key = path[path.length - 1];
    if (action < 2) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (action < 3 && Array.isArray(parent)) parent.push(json(parent[key as number]));
    else Object.defineProperty(parent, key, { value: hostileValues[value % hostileValues.length](), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}
export const hostileDocument: Record<KnownKind, fc.Arbitrary<Json>> = Object.fromEntries(
  kinds.map((kind) => [kind, fc.tuple(validDocument[kind], mutations).map(([doc, list]) => mutate(doc, list))]),
) as Record<KnownKind, fc.Arbitrary<Json>>;

/** True when a JSON Pointer names a value in `input`, or a missing member of an object that exists. */
export function pointerExists(input: Json, pointer: string): boolean {
  if (pointer === '') return true;
  let node = input;
  const segments = pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const [i, segment] of segments.entries()) {
    if (node === null || typeof node !== 'object') return false;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return i === segments.length - 1 && !Array.isArray(node);
    node = node[segment];
  }
  return true;
}
