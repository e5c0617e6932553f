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

export type StepsOperation =
  | { readonly type: 'step.status'; readonly stepId: string; readonly from: StepStatus; readonly to: StepStatus }
  | { readonly type: 'step.update'; readonly stepId: string; readonly changes: StepChanges }
  | { readonly type: 'step.check'; readonly stepId: string; readonly itemId: string; readonly done: boolean };

export const stepOrientations = ['horizontal', 'vertical'] as const;
export type StepOrientation = (typeof stepOrientations)[number];
