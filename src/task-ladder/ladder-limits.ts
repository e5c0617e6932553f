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
export const logFull = (task: Task | undefined): boolean => (task?.log?.length ?? 0) >= MAX_LOG;

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
export const refusedLogFull = (view: PanelView, task: Task | undefined, say: (message: string) => void): boolean => view === 'log' && logFull(task) && (say(logFullReason()), true);
