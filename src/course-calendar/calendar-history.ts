/**
 * Undo and redo in the calendar (VkElement's history hooks: `commit`, `describeState`,
 * `describeOperation`, `focusAfterChange`): they follow the session they change (the calendar shows
 * its day, then focuses it; in the agenda its row, or the row beside a removed one), say a move
 * where the session is now, and name a removed session.
 */
import type { IsoDate } from '../core/types.js';
import { describeScheduleOperation, sessionOf } from './calendar-edits.js';
import type { CalendarApi, CalendarMoves } from './calendar-moves.js';
import { agendaNeighbour, dayCell, sessionControl } from './calendar-queries.js';
import type { ScheduleOperation, Session } from './course-calendar.types.js';

/** What undo and redo need from the element. */
export interface HistoryApi extends CalendarApi {
  locale(): string;
  focusDate(): IsoDate;
  /** The moves when made (a calendar never edited has none), or made now (`make`). */
  moves(make?: boolean): CalendarMoves | null;
  /** The id a session the last commit added has now (VkElement's `landedId`). */
  landedId(id: string): string;
  /** The next period title is not announced: the edit's words are. */
  quietTitle(): void;
}

export class CalendarHistory {
  /** The session the last edit removed (its day gets focus; a redone delete names it), else undefined. */
  #removed?: Session;
  #agendaNext?: string | undefined;

  constructor(private readonly api: HistoryApi) {}

  /** Before VkElement's `commit`: a session picked up goes back first (calendar-moves.ts); what a removal takes away is kept. */
  before(operation: ScheduleOperation, source: 'user' | 'undo' | 'redo'): void {
    const api = this.api;
    if (source !== 'user') api.moves()?.cancelPickUp();
    // The day of what a removal takes away (a planned course undone: its first session), and only of
    // this edit: a date kept from an earlier removal sent the undo of "Planlegg kurs" to that day.
    const removed = operation.type === 'session.remove' ? [operation.sessionId] : operation.type === 'sessions.remove' ? operation.sessionIds : [];
    this.#removed = api.doc()?.sessions.find((s) => s.id === removed[0]);
    // In the agenda, focus goes beside it, as "Slett økt" sends it (the list's Tab stop may have been that session).
    this.#agendaNext = agendaNeighbour(api.host.renderRoot, removed);
  }

  /** After VkElement's `commit` (`ok`: it stands, returned): undo and redo follow the session they change, the calendar shows its day, then focuses it. */
  after(operation: ScheduleOperation, source: 'user' | 'undo' | 'redo', ok: boolean): boolean {
    const api = this.api;
    // "Ny økt" in a full day: drawn, not behind "+N", so its details point at it and Escape returns there.
    if (ok && source === 'user' && operation.type === 'session.add') api.moves(true)!.keep = api.landedId(operation.session.id);
    if (ok && source !== 'user') {
      const moves = api.moves();
      const made = sessionOf(operation), id = made && api.landedId(made); // a session added again under the host's own id: that one
      const session = id ? api.doc()?.sessions.find((s) => s.id === id) : undefined;
      const day = (session ?? this.#removed)?.start.slice(0, 10);
      if (moves && id) moves.keep = id;
      // In the agenda, focus in the calendar goes to its row (a removal: the row beside it) in the render that draws it (see willUpdate), where `ensureFocus` sends it after that render (focusAfterChange).
      const row = session?.id ?? this.#agendaNext;
      if (row && api.view() === 'agenda' && api.host.matches(':focus-within')) api.focusSessionLater(row, session && moves?.pieceDay(row));
      // The day becomes the grid's Tab stop too when it is in view (Tab from the session goes there).
      // The title is quiet whenever the day is set: a neighbouring month's day in the grid shown is
      // in its range, yet showing it switches the month, and that title replaced "Angret. …" (QA 54).
      if (day) {
        api.quietTitle();
        api.setDate(day);
      }
    }
    return ok;
  }

  /**
   * A moved session where it is now, in a move's own words: "Angret. Renhold: tirsdag 10. mars
   * 2026, 09:00–14:30" (not "Angret: flyttet Renhold til" the day it has just left). The course
   * name too: focus may be on a host's own Undo button.
   */
  describeState(operation: ScheduleOperation): string | null {
    return describeScheduleOperation(operation, this.api.doc(), this.api.locale(), (to) => this.api.moves(true)!.placeText(to));
  }

  describeOperation(operation: ScheduleOperation): string | null {
    return describeScheduleOperation(operation, this.api.doc(), this.api.locale(), undefined, this.#removed);
  }

  /** The session the edit touched (the piece moved by, when drawn); after a removal its day, or in the agenda the row beside it; else `fallback()`. */
  focusAfterChange(operation: ScheduleOperation | null, fallback: () => HTMLElement | null): HTMLElement | null {
    const api = this.api;
    const root = api.host.renderRoot;
    if (operation) {
      const made = sessionOf(operation), id = made && api.landedId(made); // one added again under the host's own id: that one (commit)
      const control = id ? sessionControl(root, id, api.moves()?.pieceDay(id)) : null; // the piece moved by, when drawn
      if (control) return control;
      if (operation.type === 'session.remove' || operation.type === 'sessions.remove') {
        const day = this.#removed?.start.slice(0, 10) ?? api.focusDate();
        if (api.view() !== 'agenda') return dayCell(root, day) ?? dayCell(root, api.focusDate());
        if (this.#agendaNext) return sessionControl(root, this.#agendaNext) ?? fallback();
      }
    }
    return fallback();
  }
}
