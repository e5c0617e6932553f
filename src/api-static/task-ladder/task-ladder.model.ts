// `veikart`'s names for task-ladder/task-ladder.model.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../task-ladder/task-ladder.model.js';

/**
 * Applies one operation and returns the new document (the input is not mutated).
 * - `task.level {taskId, from, to}`: `from` must be the task's current level.
 * - `task.signoff {taskId, by, date}`: sets (or replaces) the task's sign-off.
 * - `log.add {taskId, entry}`: appends the entry to the task's log (stored oldest first).
 * - `task.update {taskId, changes}`: sets fields; `null` removes one; the id cannot change.
 * @throws TypeError when the operation does not fit the document.
 * @example applyLadderOperation(doc, { type: 'task.level', taskId: 't1', from: 'not-started', to: 'with-support' })
 */
export const applyLadderOperation: typeof m.applyLadderOperation = m.applyLadderOperation;
/** Validates an unknown input as a LadderDocument. */
export const checkLadderDocument: typeof m.checkLadderDocument = m.checkLadderDocument;
/** The current phase: the first not fully independent; -1 when every phase is. */
export const currentPhaseIndex: typeof m.currentPhaseIndex = m.currentPhaseIndex;
/**
 * The operation that undoes `operation` when applied after it (contract.md §2 "Inverses"):
 * `task.level` swaps `from`/`to`; `task.signoff` becomes `task.update` restoring the previous
 * `signoff` (or null); `log.add` becomes `task.update` restoring the previous `log` array (or
 * null when the task had none) — an update rather than a `log.remove`, which the contract's
 * vocabulary does not have; `task.update` restores the previous fields.
 */
export const invertLadderOperation: typeof m.invertLadderOperation = m.invertLadderOperation;
/** The LadderDocument schema; `dist/schemas/ladder-document.schema.json` is generated from it. */
export const ladderDocumentSchema: typeof m.ladderDocumentSchema = m.ladderDocumentSchema;
/** The operations a task ladder emits (`vk-change` detail `operation`). */
export const ladderOperationSchema: typeof m.ladderOperationSchema = m.ladderOperationSchema;
/** Progress of every phase, in order. */
export const ladderProgress: typeof m.ladderProgress = m.ladderProgress;
/** The newest log entry of a task, if any. */
export const latestLogEntry: typeof m.latestLogEntry = m.latestLogEntry;
/** A task's log entries newest first (by date; among one day's entries, the later-added first). */
export const logNewestFirst: typeof m.logNewestFirst = m.logNewestFirst;
/** Space's edit: not-started → with-support → independent → not-started. */
export const nextLevel: typeof m.nextLevel = m.nextLevel;
/** Counts and shares of one phase. */
export const phaseProgress: typeof m.phaseProgress = m.phaseProgress;
