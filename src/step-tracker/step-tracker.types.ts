import type { IsoDate, Pictogram, Text } from '../core/types.js';

export const stepStatuses = ['not-started', 'in-progress', 'done', 'skipped'] as const;
export type StepStatus = (typeof stepStatuses)[number];

export interface ChecklistItem {
  readonly id: string;
  readonly title: Text;
  readonly done: boolean;
  readonly [unknown: string]: unknown;
}

export interface Step {
  readonly id: string;
  readonly title: Text;
  readonly description?: Text;
  readonly pictogram?: Pictogram;
  readonly status: StepStatus;
  readonly start?: IsoDate;
  readonly due?: IsoDate;
  readonly completed?: IsoDate;
  readonly checklist?: readonly ChecklistItem[];
  readonly [unknown: string]: unknown;
}

/** The step tracker's value (contract.md §5). */
export interface StepsDocument {
  readonly version: 1;
  readonly title?: Text;
  readonly steps: readonly Step[];
  readonly [unknown: string]: unknown;
}

/** Fields `step.update` may change; `null` removes an optional field. */
export type StepChanges = { readonly [K in Exclude<keyof Step, 'id' | 'checklist'>]?: Step[K] | null } & { readonly checklist?: readonly ChecklistItem[] | null };

/**
 * A step tracker's edits (`vk-change` detail `operation`; contract.md §3).
 *
 * `step.status {stepId, from, to, completed?}`: a status change, `from` the status the step has.
 * `completed` is there only when the completion date changes with the status (the tracker's Space
 * and details do this, docs/step-tracker.md "The completion date follows the status"): an ISO 8601
 * calendar date `YYYY-MM-DD`, the day it was made done on Oslo's calendar (Europe/Oslo, contract
 * §4), set on the step; or `null`, which removes the step's date (reopened, reset, skipped). Without
 * it the date stays as it is. Applying it never reads the clock: the tracker takes today when it
 * makes the operation. Its inverse swaps `from`/`to` and, when `completed` is there, carries the
 * step's previous date (`null` when it had none), so one undo restores both.
 *
 * `step.update {stepId, changes}`: fields of a step changed (`null` removes one).
 * `step.check {stepId, itemId, done}`: a checklist item checked or unchecked.
 */
export type StepsOperation =
  | { readonly type: 'step.status'; readonly stepId: string; readonly from: StepStatus; readonly to: StepStatus; readonly completed?: IsoDate | null }
  | { readonly type: 'step.update'; readonly stepId: string; readonly changes: StepChanges }
  | { readonly type: 'step.check'; readonly stepId: string; readonly itemId: string; readonly done: boolean };

export const stepOrientations = ['horizontal', 'vertical'] as const;
export type StepOrientation = (typeof stepOrientations)[number];
