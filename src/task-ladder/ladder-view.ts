import type { LadderDocument, Task, TaskLevel } from './task-ladder.types.js';

/** Which form the details popover shows. */
export type PanelView = 'details' | 'signoff' | 'log' | 'record';

/** The ladder's open panel: which view of which task. */
export interface OpenPanel {
  view: PanelView;
  taskId: string;
  /** `hostRevision` the form's values were taken at, and those values (the task; the mentor, which always follows the ladder's: an untouched prefill is no choice of the user's). */
  revision: number;
  task: Task;
  mentor: string | undefined;
  /**
   * The language its recorder was shown for when the host removed the participant language while
   * the recorder held a take (recording, or under review): the recorder stays in it, with the take,
   * until the details close or a participant language is back.
   */
  takeLanguage?: string;
  /**
   * A host value removed the task while its panel was open: the panel stays, showing `task` as it
   * was, what the user typed and a notice; nothing can be saved (the board's card editor does the same).
   */
  removed?: boolean;
}

/**
 * What the ladder's view modules (phase, task card, details and forms) read from the element and
 * call back into it: the element keeps the state and the operations, the modules only render.
 */
export interface LadderView {
  readonly doc: LadderDocument;
  /** The locale for document texts and dates. */
  readonly locale: string;
  readonly participant: boolean;
  /** Levels and sign-off (adviser mode, editable). */
  readonly canAssess: boolean;
  /** Writing log entries (editable, either mode). */
  readonly canLog: boolean;
  /** Recording a task's voice (adviser mode, editable, a participant language). */
  readonly canRecord: boolean;
  readonly disabled: boolean;
  /** The id of the task whose details have been loading for half a second (a slow connection: its card says so; `aria-busy` is core/pending-open.ts's), or "". */
  readonly opening: string;
  /** The id of the task being read aloud. */
  readonly speaking: string | null;
  /** The id of the task whose last tap found nothing to hear. */
  readonly unheard: string | null;
  /** True once the page is (or was) printed: the cards add their print-only parts. */
  readonly printing: boolean;
  /** aria-level of the ladder's title; phases are one level below. */
  readonly headingLevel: number;
  /** True when some part of the task can be heard (a recording or a voice). */
  audible(task: Task): boolean;
  /** True when the task cannot be heard in the participant language: no recording in it, no text in it with a voice (`participantUtterance`). */
  silentInParticipantLanguage(task: Task): boolean;
  activate(task: Task): void;
  setLevel(task: Task, to: TaskLevel): void;
  openPanel(view: PanelView, taskId: string): void;
  read(task: Task): void;
}
