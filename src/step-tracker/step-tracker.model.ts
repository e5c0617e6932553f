/** Pure functions for StepsDocument: schema, checks, operations and their inverses. No DOM. */
import * as v from 'valibot';
import { boundedArray, checkDocument, dateSchema, idSchema, isRealDate, pictogramSchema, pointer, textSchema, versionSchema, type CheckResult } from '../core/schema.js';
import { applyChanges, checkOperation, ensureValid, inverseChanges, nullFieldsSchema, unknownOperation } from '../core/model.js';
import type { DocumentModel } from '../core/document-model.js';
import type { ValidationIssue } from '../core/types.js';
import { stepStatuses, type Step, type StepsDocument, type StepsOperation, type StepStatus } from './step-tracker.types.js';

export const checklistItemSchema = v.looseObject({ id: idSchema, title: textSchema, done: v.boolean() });
export const stepSchema = v.looseObject({
  id: idSchema,
  title: textSchema,
  description: v.optional(textSchema),
  pictogram: v.optional(pictogramSchema),
  status: v.picklist(stepStatuses),
  start: v.optional(dateSchema),
  due: v.optional(dateSchema),
  completed: v.optional(dateSchema),
  checklist: v.optional(boundedArray(v.array(checklistItemSchema), 100)),
});
/** The StepsDocument schema; `dist/schemas/steps-document.schema.json` is generated from it. */
export const stepsDocumentSchema = v.looseObject({
  version: versionSchema,
  title: v.optional(textSchema),
  steps: boundedArray(v.array(stepSchema), 100),
});

const statusSchema = v.picklist(stepStatuses);
/** The operations a step tracker emits (`vk-change` detail `operation`). */
export const stepsOperationSchema = v.variant('type', [
  v.object({ type: v.literal('step.status'), stepId: idSchema, from: statusSchema, to: statusSchema }),
  v.object({ type: v.literal('step.update'), stepId: idSchema, changes: v.record(v.string(), v.unknown()), nullFields: nullFieldsSchema }),
  v.object({ type: v.literal('step.check'), stepId: idSchema, itemId: idSchema, done: v.boolean() }),
]);

/**
 * Unique ids and real calendar dates. Linear in the document, and a JSON Pointer is only built for
 * an issue (500 trackers in a table built 3,500 of them up front).
 */
function crossCheck(doc: StepsDocument): ValidationIssue[] {
  const seen = new Map<string, Array<string | number>>();
  const duplicates: ValidationIssue[] = [];
  const issues: ValidationIssue[] = [];
  const id = (value: string, path: Array<string | number>): void => {
    const first = seen.get(value);
    if (first !== undefined) duplicates.push({ path: pointer(...path), message: `Duplicate id "${value}" (first used at ${pointer(...first)})` });
    else seen.set(value, path);
  };
  doc.steps.forEach((step, i) => {
    id(step.id, ['steps', i, 'id']);
    for (const field of ['start', 'due', 'completed'] as const) {
      const date = step[field];
      if (date !== undefined && !isRealDate(date)) issues.push({ path: pointer('steps', i, field), message: `Not a calendar date: ${date}` });
    }
    step.checklist?.forEach((item, j) => id(item.id, ['steps', i, 'checklist', j, 'id']));
  });
  return [...duplicates, ...issues];
}

/** Validates an unknown input as a StepsDocument. */
export function checkStepsDocument(input: unknown): CheckResult<StepsDocument> {
  return checkDocument<StepsDocument>(stepsDocumentSchema, input, crossCheck);
}

function findStep(doc: StepsDocument, stepId: string, type: string): number {
  const index = doc.steps.findIndex((s) => s.id === stepId);
  if (index < 0) throw new TypeError(`${type}: no step with id "${stepId}"`);
  return index;
}

function replaceStep(doc: StepsDocument, index: number, step: Step): StepsDocument {
  const steps = doc.steps.slice();
  steps[index] = step;
  return { ...doc, steps };
}

/**
 * Applies one operation and returns the new document (the input is not mutated).
 * @throws TypeError when the operation does not fit the document.
 */
export function applyStepsOperation(doc: StepsDocument, input: StepsOperation): StepsDocument {
  const operation = checkOperation(stepsOperationSchema, input);
  switch (operation.type) {
    case 'step.status': {
      const index = findStep(doc, operation.stepId, operation.type);
      const step = doc.steps[index];
      if (step.status !== operation.from) throw new TypeError(`step.status: step "${step.id}" is "${step.status}", not "${operation.from}"`);
      return replaceStep(doc, index, { ...step, status: operation.to });
    }
    case 'step.check': {
      const index = findStep(doc, operation.stepId, operation.type);
      const step = doc.steps[index];
      const checklist = step.checklist ?? [];
      const itemIndex = checklist.findIndex((item) => item.id === operation.itemId);
      if (itemIndex < 0) throw new TypeError(`step.check: step "${step.id}" has no checklist item "${operation.itemId}"`);
      const items = checklist.slice();
      items[itemIndex] = { ...items[itemIndex], done: operation.done };
      return replaceStep(doc, index, { ...step, checklist: items });
    }
    case 'step.update': {
      const index = findStep(doc, operation.stepId, operation.type);
      const next = replaceStep(doc, index, applyChanges(doc.steps[index], operation.changes, operation.type, (operation as { nullFields?: string[] }).nullFields));
      return ensureValid(checkStepsDocument(next), operation.type);
    }
    default:
      return unknownOperation(operation);
  }
}

/** The operation that undoes `operation` when applied after it. */
export function invertStepsOperation(before: StepsDocument, operation: StepsOperation): StepsOperation {
  switch (operation.type) {
    case 'step.status':
      return { type: 'step.status', stepId: operation.stepId, from: operation.to, to: operation.from };
    case 'step.check': {
      const step = before.steps[findStep(before, operation.stepId, operation.type)];
      const item = step.checklist?.find((i) => i.id === operation.itemId);
      return { type: 'step.check', stepId: operation.stepId, itemId: operation.itemId, done: item?.done ?? !operation.done };
    }
    case 'step.update': {
      const step = before.steps[findStep(before, operation.stepId, operation.type)];
      return { type: 'step.update', stepId: operation.stepId, ...inverseChanges(step, operation.changes) };
    }
    default:
      return unknownOperation(operation);
  }
}

/** Space's edit: not-started → in-progress → done → not-started; skipped → not-started. */
export function nextStatus(status: StepStatus): StepStatus {
  switch (status) {
    case 'not-started':
      return 'in-progress';
    case 'in-progress':
      return 'done';
    default:
      return 'not-started';
  }
}

/** The current step: the first in progress, else the first not started; -1 when none. */
export function currentStepIndex(doc: StepsDocument): number {
  const inProgress = doc.steps.findIndex((s) => s.status === 'in-progress');
  return inProgress >= 0 ? inProgress : doc.steps.findIndex((s) => s.status === 'not-started');
}

/**
 * Overdue: due before `today` (Oslo's `YYYY-MM-DD`, `todayIso()`, taken once per render) and
 * neither done nor skipped. ISO dates compare as strings.
 */
export function isOverdue(step: Step, today: string): boolean {
  return step.due !== undefined && step.due < today && step.status !== 'done' && step.status !== 'skipped';
}

/** Not overdue `today`, but will be on a later day: due today or later, neither done nor skipped. */
export function fallsDue(step: Step, today: string): boolean {
  return step.due !== undefined && step.due >= today && step.status !== 'done' && step.status !== 'skipped';
}

/** Counts for the summary line. */
export function stepCounts(doc: StepsDocument): Record<StepStatus, number> & { total: number } {
  const counts = { 'not-started': 0, 'in-progress': 0, done: 0, skipped: 0, total: doc.steps.length };
  for (const step of doc.steps) counts[step.status]++;
  return counts;
}

export const stepsModel: DocumentModel<StepsDocument, StepsOperation> = {
  kind: 'steps',
  check: checkStepsDocument,
  apply: applyStepsOperation,
  invert: invertStepsOperation,
};
