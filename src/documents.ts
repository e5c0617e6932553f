/**
 * The pure document functions for every kind, for hosts that replay, check or prepare documents
 * in the browser or in Node. The elements use these same functions.
 */
import type { DocumentKind, ValidationResult } from './core/types.js';
import type { CheckResult } from './core/schema.js';
import { applyStepsOperation, checkStepsDocument } from './step-tracker/step-tracker.model.js';
import type { StepsDocument, StepsOperation } from './step-tracker/step-tracker.types.js';
import { applyPlanOperation, checkPlanDocument } from './plan-board/plan-board.model.js';
import type { PlanDocument, PlanOperation } from './plan-board/plan-board.types.js';
import { applyLadderOperation, checkLadderDocument } from './task-ladder/task-ladder.model.js';
import type { LadderDocument, LadderOperation } from './task-ladder/task-ladder.types.js';
import { applyScheduleOperation, checkScheduleDocument } from './course-calendar/course-calendar.model.js';
import type { ScheduleDocument, ScheduleOperation } from './course-calendar/course-calendar.types.js';

export interface DocumentTypes {
  steps: { document: StepsDocument; operation: StepsOperation };
  plan: { document: PlanDocument; operation: PlanOperation };
  ladder: { document: LadderDocument; operation: LadderOperation };
  schedule: { document: ScheduleDocument; operation: ScheduleOperation };
}
export type KnownKind = keyof DocumentTypes & DocumentKind;

const models: { [K in KnownKind]: { check(input: unknown): CheckResult<DocumentTypes[K]['document']>; apply(doc: DocumentTypes[K]['document'], op: DocumentTypes[K]['operation']): DocumentTypes[K]['document'] } } = {
  steps: { check: checkStepsDocument, apply: applyStepsOperation },
  plan: { check: checkPlanDocument, apply: applyPlanOperation },
  ladder: { check: checkLadderDocument, apply: applyLadderOperation },
  schedule: { check: checkScheduleDocument, apply: applyScheduleOperation },
};

function modelFor<K extends KnownKind>(kind: K): (typeof models)[K] {
  const model = (models as Partial<typeof models>)[kind];
  if (!model) throw new TypeError(`Unknown document kind "${String(kind)}" (expected one of ${Object.keys(models).join(', ')})`);
  return model;
}

/**
 * Checks a document against its schema and cross-references, as the widgets do. Never throws for
 * a bad document: the issues (at most 50) carry JSON Pointer paths (RFC 6901, `""` for the whole
 * input). `doc` is data as it is: JSON text is not parsed (`JSON.parse` it first).
 * @param kind `"plan"`, `"steps"`, `"ladder"` or `"schedule"`.
 * @throws TypeError for an unknown `kind`.
 * @example validateDocument('steps', doc) // → { ok: true } or { ok: false, issues: [{ path, message }] }
 */
export function validateDocument(kind: KnownKind, doc: unknown): ValidationResult {
  const result = modelFor(kind).check(doc);
  return result.ok ? { ok: true } : { ok: false, issues: result.error.issues };
}

/**
 * Applies one operation (as carried by `vk-change`) and returns the new document; the input is
 * not mutated, and the result is fresh JSON data sharing nothing with the inputs (it survives
 * `JSON.parse(JSON.stringify(result))` unchanged).
 * Both the document and the operation must be plain JSON data with no prototype-named keys
 * (`__proto__`, `constructor`, `prototype`) and at most 64 levels deep (docs/contract.md).
 * @throws TypeError (and only TypeError) when `kind` is unknown, the document is invalid or the
 *   operation does not fit it.
 * @example const next = applyOperation('steps', doc, { type: 'step.status', stepId: 's1', from: 'not-started', to: 'in-progress' });
 */
export function applyOperation<K extends KnownKind>(kind: K, doc: DocumentTypes[K]['document'], operation: DocumentTypes[K]['operation']): DocumentTypes[K]['document'] {
  const model = modelFor(kind);
  try {
    const checked = model.check(doc);
    if (!checked.ok) throw new TypeError(`applyOperation: the ${kind} document is invalid: ${checked.error.message}`);
    return model.apply(checked.document, operation);
  } catch (error) {
    if (error instanceof TypeError) throw error;
    // Anything else (a RangeError from an engine limit, an error thrown by a host getter) is
    // reported as the documented TypeError, with the original as its cause.
    throw new TypeError(`applyOperation: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
