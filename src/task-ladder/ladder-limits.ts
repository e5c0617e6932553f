import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { uiCount } from '../core/digits.js';
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
const logFullReason = (): string => msg(str`Loggboka har ${uiCount(MAX_LOG)} loggføringer, som er det meste den kan ha.`, { id: 'task-ladder.limit.log' });

/**
 * For `task` with a full log, the id of the reason shown in `where` (the card, the details; a task
 * id may hold spaces: encoded, an IDREF), the log button's `aria-describedby`; else undefined.
 */
export const logFullId = (task: Task, where: string): string | undefined => (logFull(task) ? `${where}-log-full-${encodeURIComponent(task.id)}` : undefined);

/** The visible reason beside the log button (`id` from `logFullId`), when there is one. */
export const renderLogFull = (id: string | undefined) => (id ? html`<span class="log-full" id=${id}>${logFullReason()}</span>` : nothing);

/** The log form asked for on a full log: the reason is said (`say`) and true returned, so the form does not open. */
export function refusedLogFull(view: PanelView, task: Task | undefined, say: (message: string) => void): boolean {
  const refused = view === 'log' && !!task && logFull(task);
  if (refused) say(logFullReason());
  return refused;
}

/**
 * The log form of a task whose log became full while it was open (a host value: the buttons refuse
 * to open it on a full log): the id of the reason the form shows, Save's `aria-describedby`; else undefined.
 */
export const logFormFullId = (task: Task): string | undefined => (logFull(task) ? 'log-form-full' : undefined);

/**
 * That reason at the top of the form, an alert (said as it appears, where the user is, not as an
 * edit "changed by someone else" at Save); the typed text stays, for the user to copy elsewhere.
 */
export const renderLogFormFull = (id: string | undefined) => (id ? html`<p class="form-error" id=${id} role="alert">${logFullReason()}</p>` : nothing);
