import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { uiDigits } from '../core/digits.js';
import { MAX_LOG } from './task-ladder.model.js';
import type { PanelView } from './ladder-view.js';
import type { Task } from './task-ladder.types.js';

/**
 * A task whose log holds `MAX_LOG` entries (the document limit) can take no more: its "Skriv i
 * loggboka" buttons (the card's shortcut, the details') stay focusable but `aria-disabled`,
 * described by the reason shown beside them; pressed, they say it rather than open a form whose
 * entry could not be saved.
 */
export const logFull = (task: Task): boolean => (task.log?.length ?? 0) >= MAX_LOG;

/** Why no entry can be written (plain words: the participant writes in the logbook too). */
const logFullReason = (): string => msg(str`Loggboka har ${uiDigits(MAX_LOG)} loggføringer, som er det meste den kan ha.`, { id: 'task-ladder.limit.log' });

/** The id of the reason shown in `where` (the card, the details) for `task` (an id may hold spaces: encoded, an IDREF). */
const reasonId = (task: Task, where: string): string => `${where}-log-full-${encodeURIComponent(task.id)}`;

/** The log button's attributes for `task`: `aria-disabled` and its description when the log is full, else none. */
export const logFullAttributes = (task: Task, where: string) => (logFull(task) ? { disabled: 'true', describedby: reasonId(task, where) } : { disabled: nothing, describedby: nothing });

/** The visible reason beside the log button, when the task's log is full. */
export const renderLogFull = (task: Task, where: string) => (logFull(task) ? html`<span class="log-full" id=${reasonId(task, where)}>${logFullReason()}</span>` : nothing);

/** The log form asked for on a full log: the reason is said (`say`) and true returned, so the form does not open. */
export function refusedLogFull(view: PanelView, task: Task | undefined, say: (message: string) => void): boolean {
  const refused = view === 'log' && !!task && logFull(task);
  if (refused) say(logFullReason());
  return refused;
}
