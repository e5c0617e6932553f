import type { Audio, IsoDate, Pictogram, Text } from '../core/types.js';

/** A task's level: how the participant does it now. Space cycles through them in this order. */
export const taskLevels = ['not-started', 'with-support', 'independent'] as const;
export type TaskLevel = (typeof taskLevels)[number];

/** Who wrote a logbook entry. */
export const logAuthors = ['participant', 'mentor', 'adviser'] as const;
export type LogAuthor = (typeof logAuthors)[number];

/** The five-step mood scale of a logbook entry (1 = very hard, 5 = very good). */
export const moods = [1, 2, 3, 4, 5] as const;
export type Mood = (typeof moods)[number];

/** The branches with a built-in template (`createLadder`); a document may name any other. */
export const ladderBranches = ['cleaning', 'shop', 'kitchen', 'kindergarten', 'care'] as const;
export type LadderBranch = (typeof ladderBranches)[number];

/** `adviser` (default) edits everything; `participant` adds log entries and reads aloud. */
export const ladderModes = ['adviser', 'participant'] as const;
export type LadderMode = (typeof ladderModes)[number];

export interface LogEntry {
  readonly date: IsoDate;
  readonly by: LogAuthor;
  readonly mood?: Mood;
  readonly text?: string;
  readonly [unknown: string]: unknown;
}

export interface Signoff {
  /** The mentor's name. */
  readonly by: string;
  readonly date: IsoDate;
  readonly [unknown: string]: unknown;
}

export interface Task {
  readonly id: string;
  readonly title: Text;
  readonly pictogram?: Pictogram;
  readonly audio?: Audio;
  readonly level: TaskLevel;
  readonly signoff?: Signoff;
  /** Oldest first (entries are appended); the widget lists them newest first. */
  readonly log?: readonly LogEntry[];
  readonly [unknown: string]: unknown;
}

export interface Phase {
  readonly id: string;
  readonly title: Text;
  readonly tasks: readonly Task[];
  readonly [unknown: string]: unknown;
}

/** The task ladder's value (contract.md §5). */
export interface LadderDocument {
  readonly version: 1;
  readonly title: Text;
  readonly branch?: LadderBranch | (string & {});
  readonly mentor?: { readonly name: string; readonly [unknown: string]: unknown };
  readonly participantLanguage?: string;
  readonly phases: readonly Phase[];
  readonly [unknown: string]: unknown;
}

/** Fields `task.update` may change; `null` removes an optional field. */
export type TaskChanges = { readonly [K in Exclude<keyof Task, 'id'>]?: Task[K] | null };

export type LadderOperation =
  | { readonly type: 'task.level'; readonly taskId: string; readonly from: TaskLevel; readonly to: TaskLevel }
  | { readonly type: 'task.signoff'; readonly taskId: string; readonly by: string; readonly date: IsoDate }
  | { readonly type: 'log.add'; readonly taskId: string; readonly entry: LogEntry }
  | { readonly type: 'task.update'; readonly taskId: string; readonly changes: TaskChanges };

/** Progress of one phase (numbers for the text, shares 0–1 for the bar). */
export interface PhaseProgress {
  readonly phaseId: string;
  readonly total: number;
  readonly independent: number;
  readonly withSupport: number;
  readonly notStarted: number;
  /** independent / total (0 for an empty phase). */
  readonly shareIndependent: number;
  /** with-support / total (0 for an empty phase). */
  readonly shareWithSupport: number;
  /** Every task done independently (an empty phase counts as complete). */
  readonly complete: boolean;
}
