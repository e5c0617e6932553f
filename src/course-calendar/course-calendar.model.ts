/** Pure functions for ScheduleDocument: schema, checks, operations and their inverses. No DOM. */
import * as v from 'valibot';
import { boundedArray, checkDocument, DATE_TIME_PATTERN, dateSchema, dateTimeSchema, idSchema, IdRegistry, isPlainId, isPlainObject, isPlainOptionalText, isPlainText, pictogramSchema, plainArraySchema, textSchema, versionSchema, type CheckResult } from '../core/schema.js';
import { applyChanges, checkOperation, ensureValid, inverseChanges, nullFieldsSchema, unknownOperation } from '../core/model.js';
import type { DocumentModel } from '../core/document-model.js';
import type { ValidationIssue } from '../core/types.js';
import { isCalendarDate } from './calendar-dates.js';
import { sessionKinds, type ScheduleDocument, type ScheduleOperation, type Session } from './course-calendar.types.js';

const COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export const courseSchema = v.looseObject({
  id: idSchema,
  title: textSchema,
  pictogram: v.optional(pictogramSchema),
  color: v.optional(v.pipe(v.string(), v.regex(COLOR, 'Expected a CSS hex colour #rgb or #rrggbb'))),
  certificate: v.optional(textSchema),
});
export const sessionSchema = v.looseObject({
  id: idSchema,
  courseId: idSchema,
  start: dateTimeSchema,
  end: dateTimeSchema,
  kind: v.picklist(sessionKinds),
  title: v.optional(textSchema),
  place: v.optional(textSchema),
  cancelled: v.optional(v.boolean()),
});
/**
 * True only for a session `sessionSchema` certainly accepts, checked without valibot's per-field
 * pipeline (a year of 5,000 sessions spent most of its validation there). Anything less plain
 * (a wrong field, a text too long) returns false, and the sessions go through the full schema,
 * which names the issue.
 */
function plainSession(s: unknown): boolean {
  return (
    isPlainObject(s) &&
    isPlainId(s.id) &&
    isPlainId(s.courseId) &&
    typeof s.start === 'string' &&
    DATE_TIME_PATTERN.test(s.start) &&
    typeof s.end === 'string' &&
    DATE_TIME_PATTERN.test(s.end) &&
    (sessionKinds as readonly unknown[]).includes(s.kind) &&
    isPlainOptionalText(s.title) &&
    isPlainOptionalText(s.place) &&
    (s.cancelled === undefined || typeof s.cancelled === 'boolean')
  );
}

/**
 * True only for a course `courseSchema` certainly accepts: a title (and certificate) as text,
 * a named pictogram or none, a colour or none. As `plainSession`, anything else goes through the
 * full schema (a host that gives every session its own course sends as many courses as sessions).
 */
function plainCourse(c: unknown): boolean {
  return (
    isPlainObject(c) &&
    isPlainId(c.id) &&
    isPlainText(c.title) &&
    (c.pictogram === undefined || isPlainId(c.pictogram)) &&
    (c.color === undefined || (typeof c.color === 'string' && COLOR.test(c.color))) &&
    isPlainOptionalText(c.certificate)
  );
}

export const closedDaySchema = v.looseObject({ date: dateSchema, title: textSchema });
/** The most sessions a document holds (`sessions`' maxItems): at it, the calendar offers no new ones (calendar-limits.ts). */
export const SESSION_LIMIT = 20_000;

/** The ScheduleDocument schema; `dist/schemas/schedule-document.schema.json` is generated from it. */
export const scheduleDocumentSchema = v.looseObject({
  version: versionSchema,
  courses: boundedArray(plainArraySchema(courseSchema, plainCourse), 500),
  sessions: boundedArray(plainArraySchema(sessionSchema, plainSession), SESSION_LIMIT),
  closedDays: v.optional(boundedArray(v.array(closedDaySchema), 2000)),
});

const timesSchema = v.object({ start: dateTimeSchema, end: dateTimeSchema });
/** The operations a course calendar emits (`vk-change` detail `operation`). */
export const scheduleOperationSchema = v.variant('type', [
  v.object({ type: v.literal('session.move'), sessionId: idSchema, from: timesSchema, to: timesSchema }),
  v.object({ type: v.literal('session.update'), sessionId: idSchema, changes: v.record(v.string(), v.unknown()), nullFields: nullFieldsSchema }),
  v.object({ type: v.literal('session.add'), session: sessionSchema, index: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  v.object({ type: v.literal('session.remove'), sessionId: idSchema }),
  v.object({
    type: v.literal('sessions.add'),
    sessions: v.pipe(v.array(sessionSchema), v.minLength(1)),
    index: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    indices: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(0)))),
  }),
  v.object({ type: v.literal('sessions.remove'), sessionIds: v.pipe(v.array(idSchema), v.minLength(1)) }),
]);

/**
 * The JSON Pointer of a field of an array item. The keys here hold no "~" or "/", so no escaping
 * is needed: `pointer()` would escape every segment, twice per session, for ids that are only read
 * when an issue is reported.
 */
const at = (list: 'courses' | 'sessions' | 'closedDays', i: number, field: string): string => `/${list}/${i}/${field}`;

/**
 * True when {@link explainCrossCheck} certainly finds nothing: every id used once, every session's
 * course exists, every session ends after it starts. One pass over the sessions that builds no
 * pointer or message (the full pass makes a pointer for every id in case it comes again; for a
 * year of 5,000 sessions this pass takes about half its time). Calendar dates are not looked at:
 * the schema ran first, and its patterns (`dateTimeSchema`, `dateSchema`) take only real days.
 */
function crossCheckPasses(doc: ScheduleDocument): boolean {
  const ids = new Set<string>();
  const courseIds = new Set<string>();
  for (const course of doc.courses) {
    if (ids.has(course.id)) return false;
    ids.add(course.id);
    courseIds.add(course.id);
  }
  const sessions = doc.sessions;
  for (let i = 0; i < sessions.length; i++) {
    const session = sessions[i];
    if (ids.has(session.id) || !courseIds.has(session.courseId) || !(session.end > session.start)) return false;
    ids.add(session.id);
  }
  return true;
}

/** Ids, course references and calendar dates, with every issue named: the fast check found one. */
function crossCheck(doc: ScheduleDocument): ValidationIssue[] {
  return crossCheckPasses(doc) ? [] : explainCrossCheck(doc);
}

/** Ids, course references and calendar dates: one pass, linear in the sessions, no Date per check. */
function explainCrossCheck(doc: ScheduleDocument): ValidationIssue[] {
  const ids = new IdRegistry();
  const issues: ValidationIssue[] = [];
  const courseIds = new Set<string>();
  doc.courses.forEach((course, i) => {
    ids.add(course.id, at('courses', i, 'id'));
    courseIds.add(course.id);
  });
  const sessions = doc.sessions;
  for (let i = 0; i < sessions.length; i++) {
    const session = sessions[i];
    ids.add(session.id, at('sessions', i, 'id'));
    if (!courseIds.has(session.courseId)) issues.push({ path: at('sessions', i, 'courseId'), message: `No course with id "${session.courseId}"` });
    if (!isCalendarDate(session.start)) issues.push({ path: at('sessions', i, 'start'), message: `Not a calendar date: ${session.start}` });
    if (!isCalendarDate(session.end)) issues.push({ path: at('sessions', i, 'end'), message: `Not a calendar date: ${session.end}` });
    else if (session.end <= session.start) issues.push({ path: at('sessions', i, 'end'), message: 'The end must be after the start' });
  }
  doc.closedDays?.forEach((day, i) => {
    if (!isCalendarDate(day.date)) issues.push({ path: at('closedDays', i, 'date'), message: `Not a calendar date: ${day.date}` });
  });
  return [...ids.issues, ...issues];
}

/** Validates an unknown input as a ScheduleDocument. */
export function checkScheduleDocument(input: unknown): CheckResult<ScheduleDocument> {
  return checkDocument<ScheduleDocument>(scheduleDocumentSchema, input, crossCheck);
}

function findSession(doc: ScheduleDocument, sessionId: string, type: string): number {
  const index = doc.sessions.findIndex((s) => s.id === sessionId);
  if (index < 0) throw new TypeError(`${type}: no session with id "${sessionId}"`);
  return index;
}

function replaceSession(doc: ScheduleDocument, index: number, session: Session): ScheduleDocument {
  const sessions = doc.sessions.slice();
  sessions[index] = session;
  return { ...doc, sessions };
}

/**
 * Applies one operation and returns the new document (the input is not mutated).
 * @throws TypeError when the operation does not fit the document.
 */
export function applyScheduleOperation(doc: ScheduleDocument, operation: ScheduleOperation): ScheduleDocument {
  checkOperation(scheduleOperationSchema, operation);
  switch (operation.type) {
    case 'session.move': {
      const index = findSession(doc, operation.sessionId, operation.type);
      const session = doc.sessions[index];
      if (session.start !== operation.from.start || session.end !== operation.from.end) {
        throw new TypeError(`session.move: session "${session.id}" is ${session.start}–${session.end}, not ${operation.from.start}–${operation.from.end}`);
      }
      const next = replaceSession(doc, index, { ...session, start: operation.to.start, end: operation.to.end });
      return ensureValid(checkScheduleDocument(next), operation.type);
    }
    case 'session.update': {
      const index = findSession(doc, operation.sessionId, operation.type);
      const next = replaceSession(doc, index, applyChanges(doc.sessions[index], operation.changes, operation.type, (operation as { nullFields?: string[] }).nullFields));
      return ensureValid(checkScheduleDocument(next), operation.type);
    }
    case 'session.add': {
      const index = operation.index ?? doc.sessions.length;
      if (index > doc.sessions.length) throw new TypeError(`session.add: index ${index} is beyond the ${doc.sessions.length} sessions`);
      const sessions = doc.sessions.slice();
      sessions.splice(index, 0, operation.session);
      return ensureValid(checkScheduleDocument({ ...doc, sessions }), operation.type);
    }
    case 'session.remove': {
      const index = findSession(doc, operation.sessionId, operation.type);
      return { ...doc, sessions: doc.sessions.filter((_, i) => i !== index) };
    }
    case 'sessions.add': {
      const sessions = doc.sessions.slice();
      const { indices } = operation;
      if (indices !== undefined) {
        if (indices.length !== operation.sessions.length) throw new TypeError(`sessions.add: ${indices.length} indices for ${operation.sessions.length} sessions`);
        indices.forEach((at, i) => {
          if (at > sessions.length || (i > 0 && at <= indices[i - 1])) throw new TypeError(`sessions.add: index ${at} is out of order or beyond the sessions`);
          sessions.splice(at, 0, operation.sessions[i]);
        });
      } else {
        const index = operation.index ?? doc.sessions.length;
        if (index > doc.sessions.length) throw new TypeError(`sessions.add: index ${index} is beyond the ${doc.sessions.length} sessions`);
        sessions.splice(index, 0, ...operation.sessions);
      }
      return ensureValid(checkScheduleDocument({ ...doc, sessions }), operation.type);
    }
    case 'sessions.remove': {
      const ids = new Set(operation.sessionIds);
      if (ids.size !== operation.sessionIds.length) throw new TypeError('sessions.remove: a session id is named twice');
      for (const id of ids) findSession(doc, id, operation.type);
      return { ...doc, sessions: doc.sessions.filter((s) => !ids.has(s.id)) };
    }
    default:
      return unknownOperation(operation);
  }
}

/** The operation that undoes `operation` when applied after it. */
export function invertScheduleOperation(before: ScheduleDocument, operation: ScheduleOperation): ScheduleOperation {
  switch (operation.type) {
    case 'session.move':
      return { type: 'session.move', sessionId: operation.sessionId, from: operation.to, to: operation.from };
    case 'session.update': {
      const session = before.sessions[findSession(before, operation.sessionId, operation.type)];
      return { type: 'session.update', sessionId: operation.sessionId, ...inverseChanges(session, operation.changes) } as ScheduleOperation;
    }
    case 'session.add':
      return { type: 'session.remove', sessionId: operation.session.id };
    case 'session.remove': {
      const index = findSession(before, operation.sessionId, operation.type);
      return { type: 'session.add', session: before.sessions[index], index };
    }
    case 'sessions.add':
      return { type: 'sessions.remove', sessionIds: operation.sessions.map((s) => s.id) };
    case 'sessions.remove': {
      const indices = operation.sessionIds.map((id) => findSession(before, id, operation.type)).sort((a, b) => a - b);
      return { type: 'sessions.add', sessions: indices.map((i) => before.sessions[i]), indices };
    }
    default:
      return unknownOperation(operation);
  }
}

export const scheduleModel: DocumentModel<ScheduleDocument, ScheduleOperation> = {
  kind: 'schedule',
  check: checkScheduleDocument,
  apply: applyScheduleOperation,
  invert: invertScheduleOperation,
};
