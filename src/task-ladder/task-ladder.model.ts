/** Pure functions for LadderDocument: schema, checks, operations and their inverses, progress. No DOM. */
import * as v from 'valibot';
import { audioSchema, boundedArray, boundedString, checkDocument, DATE_PATTERN, dateSchema, idSchema, everyPlain, isPlainId, isPlainObject, isPlainText, isRealDate, languageTagSchema, pictogramSchema, plainArraySchema, pointer, textSchema, versionSchema, type CheckResult } from '../core/schema.js';
import { applyChanges, checkOperation, ensureValid, inverseChanges, nullFieldsSchema, unknownOperation } from '../core/model.js';
import type { DocumentModel } from '../core/document-model.js';
import type { ValidationIssue } from '../core/types.js';
import { logAuthors, moods, taskLevels, type LadderDocument, type LadderOperation, type LogEntry, type Phase, type PhaseProgress, type Task, type TaskLevel } from './task-ladder.types.js';

/** A mentor's name: white space alone names no one (the sign-off form trims it away too). */
const NAMED = /\S/;
const nameSchema = v.pipe(boundedString(200, 1), v.regex(NAMED, 'Expected a name, not only white space'));

export const logEntrySchema = v.looseObject({
  date: dateSchema,
  by: v.picklist(logAuthors),
  mood: v.optional(v.picklist(moods)),
  text: v.optional(boundedString(5000)),
});
export const signoffSchema = v.looseObject({ by: nameSchema, date: dateSchema });
/** How many entries a task's log may hold (`maxItems`); at that many the ladder offers no new entry (ladder-limits.ts). */
export const MAX_LOG = 1000;
export const taskSchema = v.looseObject({
  id: idSchema,
  title: textSchema,
  pictogram: v.optional(pictogramSchema),
  audio: v.optional(audioSchema),
  level: v.picklist(taskLevels),
  signoff: v.optional(signoffSchema),
  log: v.optional(boundedArray(v.array(logEntrySchema), MAX_LOG)),
});
const isPlainDate = (value: unknown): boolean => typeof value === 'string' && DATE_PATTERN.test(value);
/** `logEntrySchema`, certainly: a date, an author, a mood or none, a text of at most 5,000 units or none. */
const isPlainLogEntry = (e: unknown): boolean =>
  isPlainObject(e) &&
  isPlainDate(e.date) &&
  (logAuthors as readonly unknown[]).includes(e.by) &&
  (e.mood === undefined || (moods as readonly unknown[]).includes(e.mood)) &&
  (e.text === undefined || (typeof e.text === 'string' && e.text.length <= 5000));

/**
 * True only for a task `taskSchema` certainly accepts: a title as text, a named pictogram or none,
 * no recording (a recording's URL goes through the schema), a sign-off and log entries as the
 * schema has them. Anything else takes the full schema, which names the issue (`plainArraySchema`).
 */
function plainTask(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const { signoff, log } = value;
  return (
    isPlainId(value.id) &&
    isPlainText(value.title) &&
    (value.pictogram === undefined || isPlainId(value.pictogram)) &&
    value.audio === undefined &&
    (taskLevels as readonly unknown[]).includes(value.level) &&
    (signoff === undefined || (isPlainObject(signoff) && isPlainId(signoff.by) && NAMED.test(signoff.by as string) && isPlainDate(signoff.date))) &&
    (log === undefined || everyPlain(log, isPlainLogEntry, MAX_LOG))
  );
}

export const phaseSchema = v.looseObject({ id: idSchema, title: textSchema, tasks: boundedArray(plainArraySchema(taskSchema, plainTask), 100) });
/** The LadderDocument schema; `dist/schemas/ladder-document.schema.json` is generated from it. */
export const ladderDocumentSchema = v.looseObject({
  version: versionSchema,
  title: textSchema,
  branch: v.optional(boundedString(200)),
  mentor: v.optional(v.looseObject({ name: boundedString(200) })),
  participantLanguage: v.optional(languageTagSchema),
  phases: boundedArray(v.array(phaseSchema), 10),
});

const levelSchema = v.picklist(taskLevels);
/** The operations a task ladder emits (`vk-change` detail `operation`). */
export const ladderOperationSchema = v.variant('type', [
  v.object({ type: v.literal('task.level'), taskId: idSchema, from: levelSchema, to: levelSchema }),
  v.object({ type: v.literal('task.signoff'), taskId: idSchema, by: nameSchema, date: dateSchema }),
  v.object({ type: v.literal('log.add'), taskId: idSchema, entry: logEntrySchema }),
  v.object({ type: v.literal('task.update'), taskId: idSchema, changes: v.record(v.string(), v.unknown()), nullFields: nullFieldsSchema }),
]);

/**
 * Unique ids and real calendar dates. Linear in the document, and a JSON Pointer is only built for
 * an issue (building one per task and date up front was most of this check's time).
 */
function crossCheck(doc: LadderDocument): ValidationIssue[] {
  const seen = new Map<string, Array<string | number>>();
  const duplicates: ValidationIssue[] = [];
  const issues: ValidationIssue[] = [];
  const id = (value: string, path: Array<string | number>): void => {
    const first = seen.get(value);
    if (first !== undefined) duplicates.push({ path: pointer(...path), message: `Duplicate id "${value}" (first used at ${pointer(...first)})` });
    else seen.set(value, path);
  };
  const date = (value: string | undefined, path: () => Array<string | number>): void => {
    if (value !== undefined && !isRealDate(value)) issues.push({ path: pointer(...path()), message: `Not a calendar date: ${value}` });
  };
  doc.phases.forEach((phase, p) => {
    id(phase.id, ['phases', p, 'id']);
    phase.tasks.forEach((task, t) => {
      id(task.id, ['phases', p, 'tasks', t, 'id']);
      date(task.signoff?.date, () => ['phases', p, 'tasks', t, 'signoff', 'date']);
      task.log?.forEach((entry, e) => date(entry.date, () => ['phases', p, 'tasks', t, 'log', e, 'date']));
    });
  });
  return [...duplicates, ...issues];
}

/** Validates an unknown input as a LadderDocument. */
export function checkLadderDocument(input: unknown): CheckResult<LadderDocument> {
  return checkDocument<LadderDocument>(ladderDocumentSchema, input, crossCheck);
}

interface TaskLocation {
  phaseIndex: number;
  taskIndex: number;
  task: Task;
}

function findTask(doc: LadderDocument, taskId: string, type: string): TaskLocation {
  for (let phaseIndex = 0; phaseIndex < doc.phases.length; phaseIndex++) {
    const taskIndex = doc.phases[phaseIndex].tasks.findIndex((t) => t.id === taskId);
    if (taskIndex >= 0) return { phaseIndex, taskIndex, task: doc.phases[phaseIndex].tasks[taskIndex] };
  }
  throw new TypeError(`${type}: no task with id "${taskId}"`);
}

function replaceTask(doc: LadderDocument, at: TaskLocation, task: Task): LadderDocument {
  const phases = doc.phases.slice();
  const phase = phases[at.phaseIndex];
  const tasks = phase.tasks.slice();
  tasks[at.taskIndex] = task;
  phases[at.phaseIndex] = { ...phase, tasks };
  return { ...doc, phases };
}

function requireRealDate(date: string, type: string): void {
  if (!isRealDate(date)) throw new TypeError(`${type}: not a calendar date: ${date}`);
}

/**
 * Applies one operation and returns the new document (the input is not mutated).
 * - `task.level {taskId, from, to}`: `from` must be the task's current level.
 * - `task.signoff {taskId, by, date}`: sets (or replaces) the task's sign-off.
 * - `log.add {taskId, entry}`: appends the entry to the task's log (stored oldest first).
 * - `task.update {taskId, changes}`: sets fields; `null` removes one; the id cannot change.
 * @throws TypeError when the operation does not fit the document.
 * @example applyLadderOperation(doc, { type: 'task.level', taskId: 't1', from: 'not-started', to: 'with-support' })
 */
export function applyLadderOperation(doc: LadderDocument, input: LadderOperation): LadderDocument {
  const operation = checkOperation(ladderOperationSchema, input);
  switch (operation.type) {
    case 'task.level': {
      const at = findTask(doc, operation.taskId, operation.type);
      if (at.task.level !== operation.from) throw new TypeError(`task.level: task "${at.task.id}" is "${at.task.level}", not "${operation.from}"`);
      return replaceTask(doc, at, { ...at.task, level: operation.to });
    }
    case 'task.signoff': {
      const at = findTask(doc, operation.taskId, operation.type);
      requireRealDate(operation.date, operation.type);
      return replaceTask(doc, at, { ...at.task, signoff: { by: operation.by, date: operation.date } });
    }
    case 'log.add': {
      const at = findTask(doc, operation.taskId, operation.type);
      requireRealDate(operation.entry.date, operation.type);
      const entry: LogEntry = operation.entry; // already a fresh JSON copy (checkOperation)
      // One more would be a document no widget accepts (its log's maxItems): refused, as card.add on a full board is.
      if ((at.task.log?.length ?? 0) >= MAX_LOG) throw new TypeError(`log.add: the log is full (${MAX_LOG} entries)`);
      return replaceTask(doc, at, { ...at.task, log: [...(at.task.log ?? []), entry] });
    }
    case 'task.update': {
      const at = findTask(doc, operation.taskId, operation.type);
      const next = replaceTask(doc, at, applyChanges(at.task, operation.changes, operation.type, (operation as { nullFields?: string[] }).nullFields));
      return ensureValid(checkLadderDocument(next), operation.type);
    }
    default:
      return unknownOperation(operation);
  }
}

/**
 * The operation that undoes `operation` when applied after it (contract.md §2 "Inverses"):
 * `task.level` swaps `from`/`to`; `task.signoff` becomes `task.update` restoring the previous
 * `signoff` (or null); `log.add` becomes `task.update` restoring the previous `log` array (or
 * null when the task had none) — an update rather than a `log.remove`, which the contract's
 * vocabulary does not have; `task.update` restores the previous fields.
 */
export function invertLadderOperation(before: LadderDocument, operation: LadderOperation): LadderOperation {
  switch (operation.type) {
    case 'task.level':
      return { type: 'task.level', taskId: operation.taskId, from: operation.to, to: operation.from };
    case 'task.signoff': {
      const { task } = findTask(before, operation.taskId, operation.type);
      return { type: 'task.update', taskId: operation.taskId, changes: { signoff: task.signoff ?? null } };
    }
    case 'log.add': {
      const { task } = findTask(before, operation.taskId, operation.type);
      return { type: 'task.update', taskId: operation.taskId, changes: { log: task.log ?? null } };
    }
    case 'task.update': {
      const { task } = findTask(before, operation.taskId, operation.type);
      return { type: 'task.update', taskId: operation.taskId, ...inverseChanges(task, operation.changes) };
    }
    default:
      return unknownOperation(operation);
  }
}

/** Space's edit: not-started → with-support → independent → not-started. */
export function nextLevel(level: TaskLevel): TaskLevel {
  return taskLevels[(taskLevels.indexOf(level) + 1) % taskLevels.length];
}

/** Counts and shares of one phase. */
export function phaseProgress(phase: Phase): PhaseProgress {
  let independent = 0;
  let withSupport = 0;
  for (const task of phase.tasks) {
    if (task.level === 'independent') independent++;
    else if (task.level === 'with-support') withSupport++;
  }
  const total = phase.tasks.length;
  return {
    phaseId: phase.id,
    total,
    independent,
    withSupport,
    notStarted: total - independent - withSupport,
    shareIndependent: total === 0 ? 0 : independent / total,
    shareWithSupport: total === 0 ? 0 : withSupport / total,
    complete: independent === total,
  };
}

/** Progress of every phase, in order. */
export function ladderProgress(doc: LadderDocument): PhaseProgress[] {
  return doc.phases.map(phaseProgress);
}

/** The current phase: the first not fully independent; -1 when every phase is. */
export function currentPhaseIndex(doc: LadderDocument): number {
  return doc.phases.findIndex((phase) => !phaseProgress(phase).complete);
}

/** A task's log entries newest first (by date; among one day's entries, the later-added first). */
export function logNewestFirst(task: Task): LogEntry[] {
  return (task.log ?? [])
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.date === b.entry.date ? b.index - a.index : a.entry.date < b.entry.date ? 1 : -1))
    .map(({ entry }) => entry);
}

/** The newest log entry of a task, if any. */
export function latestLogEntry(task: Task): LogEntry | undefined {
  return logNewestFirst(task)[0];
}

export const ladderModel: DocumentModel<LadderDocument, LadderOperation> = {
  kind: 'ladder',
  check: checkLadderDocument,
  apply: applyLadderOperation,
  invert: invertLadderOperation,
};
