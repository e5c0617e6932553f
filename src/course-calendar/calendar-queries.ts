/** Where things are in a calendar's shadow root: the grid (or agenda), a day, a session's control, the details popover's anchor. */
import type { CalendarRange, ScheduleDocument, SessionTimes } from './course-calendar.types.js';
import { endKey, rangeFor } from './calendar-dates.js';
import { watchProbe } from '../core/width-probe.js';
import { nameLanes, weekLanes } from './calendar-layout.js';

type Root = HTMLElement | DocumentFragment;

/** What the details popover shows: a session, or a full day's sessions. */
/** Details asked for (`late`: asked for while their part was still loading, so they open later than the press). */
export type PopoverState = (({ readonly type: 'session'; readonly id: string; readonly from?: string | undefined; readonly on?: string | undefined } | { readonly type: 'day'; readonly date: string }) & { late?: true }) | null;

/** The month or week grid, or the agenda list. */
export function gridOf(root: Root): HTMLElement | null {
  return root.querySelector<HTMLElement>('[role="grid"], .agenda');
}

/** The cell of day `date` (month or week view). */
export function dayCell(root: Root, date: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`.day[data-date="${date}"]`);
}

/**
 * The agenda's session after the first of `ids` in the list, else the one before it (read before
 * they go): where focus goes when they are removed. Undefined outside the agenda or when none is shown.
 */
export function agendaNeighbour(root: Root, ids: readonly string[], gone: (id: string) => boolean = (id) => ids.includes(id)): string | undefined {
  const shown = Array.from(root.querySelectorAll<HTMLElement>('.agenda [data-session]'), (el) => el.dataset.session ?? '');
  const at = shown.findIndex((id) => ids.includes(id));
  if (at < 0) return undefined;
  return shown.slice(at).find((id) => !gone(id)) ?? shown.slice(0, at).reverse().find((id) => !gone(id));
}

/** Where focus goes next (after the render): a day's cell or a session's control. */
export type FocusTarget = { readonly type: 'day'; readonly date: string } | { readonly type: 'session'; readonly id: string; readonly on?: string } | null;

/**
 * Where focus goes when a new `value` moves or takes away the session whose control has focus
 * (read before the render, as undo/redo reads it), or the session of a pick-up that value ended
 * (`held`: its piece where it was picked up; the date is back in that period). While the value
 * has the session in the period shown (`range`; in month view the month of `date`, not the days
 * of its neighbours that fill the grid), focus follows it: to the piece it had while the session
 * still covers that day, else to its first piece there (month view: its chip); the caller makes
 * that day the focus date. Else, as when it is removed: in the agenda the next session shown that
 * remains in that period, else the one before (picked up: beside the row it was picked up from,
 * `held.beside`, not the preview's); in a grid the day it was on (picked up: the day it
 * was picked up from) when in that period (else the focus date's cell takes it). Null when focus
 * is on no session of the grid or list (a day's list, "+N flere", keeps it), or stays where it is (the value left the session's piece where it was).
 */
export function focusAfterValue(root: Root, doc: ScheduleDocument | null, range: CalendarRange, date: string, held?: { readonly id: string; readonly on: string; readonly beside?: ((gone: (id: string) => boolean) => { id: string; on: string } | undefined) | undefined }): FocusTarget {
  // A session of the grid or list: not one in a day's list ("+N flere"), which is that day's (focus stays in it).
  const active = (root as ShadowRoot).activeElement?.closest<HTMLElement>('[role="grid"] [data-session], .agenda [data-session]');
  const id = held?.id ?? active?.dataset.session;
  const on = held?.on ?? active?.dataset.on;
  if (!id || !on) return null;
  const own = range.view === 'month' ? rangeFor('agenda', date) : range;
  const inOwn = (day: string): boolean => day >= own.start && day < endKey(own.end);
  // The document's sessions by id once: `gone` is asked for each session the agenda shows.
  const byId = new Map(doc?.sessions.map((s) => [s.id, s]));
  const gone = (s: string): boolean => {
    const session = byId.get(s);
    return !session || !timesInRange(session, own);
  };
  const first = byId.get(id)?.start.slice(0, 10);
  const to = gone(id) || !first ? undefined : range.view === 'month' ? (first < range.start ? range.start : first) : followedRow(doc, id, on, own);
  if (to && inOwn(to)) return held || to !== on ? { type: 'session', id, on: to } : null;
  if (range.view === 'agenda') {
    // Picked up: beside the row it was picked up from (`held.beside`; the rows shown hold the preview), as a grid takes that day.
    if (held?.beside) {
      const beside = held.beside(gone);
      return beside ? { type: 'session', ...beside } : null;
    }
    const next = agendaNeighbour(root, [id], gone);
    return next ? { type: 'session', id: next } : null;
  }
  const day = held ? on : active?.closest<HTMLElement>('.day:not([data-outside])')?.dataset.date;
  return day && inOwn(day) ? { type: 'day', date: day } : null;
}

/** The control showing a session: its piece on day `on` when shown, else its first piece on screen (where it starts, when shown). */
export function sessionControl(root: Root, id: string, on?: string): HTMLElement | null {
  const grid = gridOf(root);
  if (!grid) return null;
  const all = Array.from(grid.querySelectorAll<HTMLElement>('[data-session]')).filter((el) => el.dataset.session === id && el.checkVisibility());
  return (on !== undefined ? all.find((el) => el.dataset.on === on) : undefined) ?? all.find((el) => !el.hasAttribute('data-continued')) ?? all[0] ?? null;
}

/**
 * The day of the piece of session `id` that has focus (a night session's piece after midnight),
 * where its details are opened from: they point at that piece and Escape returns there, not to
 * the session's first piece on another day.
 */
export function focusedPieceDay(root: Root, id: string): string | undefined {
  const active = (root as ShadowRoot).activeElement as HTMLElement | null;
  return active?.dataset.session === id ? active.dataset.on : undefined;
}

/**
 * The cell of `date`, the focus date a host has just set, when focus is on another day's cell: the
 * grid re-renders its cells in place, so focus stayed on the cell in the same place, now another
 * day (tabindex -1, not selected), and the arrows went on from there. Null otherwise (focus on a
 * toolbar button, a session, or already on `date`).
 */
export function followedDay(root: Root, date: string): HTMLElement | null {
  const active = (root as ShadowRoot).activeElement as HTMLElement | null;
  return active?.classList.contains('day') && active.dataset.date !== date ? dayCell(root, date) : null;
}

/**
 * A day's "+N" control on screen: a narrow month shows a day as dots (its own `data-more`) and
 * hides the chip list with its "+N flere", so the first in the DOM may be hidden (focus sent there
 * fell to `<body>`).
 */
function moreControl(grid: HTMLElement | null, date: string): HTMLElement | undefined {
  return Array.from(grid?.querySelectorAll<HTMLElement>(`[data-more="${date}"]`) ?? []).find((el) => el.checkVisibility());
}

/**
 * What the popover points at (and Escape returns focus to): the session's control, else its day's
 * "+N" button or cell. A session opened from a day's list points at that list's "+N", where the
 * user came from (the list itself is gone).
 */
export function popoverAnchor(root: Root, open: NonNullable<PopoverState>, doc: ScheduleDocument | null): HTMLElement | null {
  const grid = gridOf(root);
  if (open.type === 'day') return moreControl(grid, open.date) ?? dayCell(root, open.date);
  const from = open.from === undefined ? undefined : moreControl(grid, open.from);
  if (from) return from;
  const control = sessionControl(root, open.id, open.on);
  if (control) return control;
  const session = doc?.sessions.find((s) => s.id === open.id);
  if (!session) return null;
  const day = session.start.slice(0, 10);
  return moreControl(grid, day) ?? dayCell(root, day) ?? grid;
}

/** The day of what open details point at in a grid (a session's piece, its day's "+N", the day's cell): the day whose month an agenda switched to shows them in. */
export function anchorDay(anchor: HTMLElement | null | undefined): string | undefined {
  const at = anchor?.dataset;
  return at?.on ?? at?.more ?? at?.date;
}

/**
 * Where open details go after a render removed their anchor (the host changed the view or the
 * date): the new anchor; null when the period shown does not have their session or day (they
 * close); undefined while the view's module is still loading (wait).
 */
export function followedAnchor(root: Root, open: NonNullable<PopoverState>, doc: ScheduleDocument | null): HTMLElement | null | undefined {
  const grid = gridOf(root);
  if (!grid) return undefined;
  const anchor = popoverAnchor(root, open, doc);
  return anchor === grid ? null : anchor;
}

/**
 * False when the period `range` shows has nowhere for the open details to point: their day is not
 * among its days (the agenda has no day to point at), or their session is not in the document or
 * has no minute in it (a session crossing midnight into the period is drawn there).
 */
export function openInRange(open: NonNullable<PopoverState>, doc: ScheduleDocument | null, range: CalendarRange): boolean {
  if (open.type === 'day') return range.view !== 'agenda' && open.date >= range.start && open.date < endKey(range.end);
  const session = doc?.sessions.find((s) => s.id === open.id);
  return !!session && timesInRange(session, range);
}

/**
 * Where focus on session `id`'s agenda row on day `on` goes when a new value comes: that row while
 * the session still covers `on`, else its first row in `range` (the value moved it); undefined
 * when the value leaves it no row in the period shown.
 */
export function followedRow(doc: ScheduleDocument | null, id: string, on: string, range: CalendarRange): string | undefined {
  const session = doc?.sessions.find((s) => s.id === id);
  if (!session || !timesInRange(session, range)) return undefined;
  const first = session.start.slice(0, 10);
  return first <= on && session.end > `${on}T00:00` && on >= range.start ? on : first < range.start ? range.start : first;
}

/** True when a session with these times has a piece in the days of `range`. */
export function timesInRange(times: SessionTimes, range: CalendarRange): boolean {
  // Date-times against dates: "2026-03-16T00:00" > "2026-03-16" as strings, but a session ending at
  // 00:00 covers no minute of that day (`daysCovered`), so its end is compared with the day's start.
  return times.start < endKey(range.end) && times.end > `${range.start}T00:00`;
}

/**
 * Below this width (CSS px, at the default 16 px text) the calendar's default view is the agenda
 * and month days show markers: 30em of the calendar's own text (its host's font size, which
 * `--vk-font-size` sets and which follows the page's text size when that is unset), so 960 px at
 * 32 px text (WCAG 1.4.4), as the month's container queries (in em of the same text). Until 6
 * Dec 2026 it followed only the root's font size: at `--vk-font-size: 2rem` on a 16 px page an
 * 800 px calendar drew a month of chips in 25 of its 32 px text.
 */
export const AGENDA_BELOW = 480;

/**
 * For `host`, `width` px wide, in its own text size (its computed font size): whether it is in the
 * narrow form (`AGENDA_BELOW` / 16 of that size), the week's lanes (calendar-layout.ts `weekLanes`) and
 * how many of them show course names (`nameLanes`).
 */
export function widthFit(width: number, host: Element): [narrow: boolean, lanes: number, named: number] {
  const em = parseFloat(getComputedStyle(host).fontSize);
  return [width > 0 && width < (AGENDA_BELOW / 16) * em, weekLanes(width, em), nameLanes(width, em)];
}

/**
 * The calendar's one ResizeObserver, on its host (the width, from before the first render) and on
 * its `.width-probe` (1em of its text tall, core/width-probe.ts: a change of the text size alone,
 * also in a host of fixed height); `resized` gets the host's content width after each report.
 * A width of 0 is not reported: the host hid the calendar (display: none, a closed tab), which then
 * keeps its view and range (it took 0 for "not narrow": a phone's agenda switched to the month and
 * back, two `vk-range-change` events, and a host that fetches on them fetched twice).
 */
export function watchWidth(host: Element, resized: (width: number) => void): ResizeObserver {
  // The probe's width is the host's content width: either entry tells it.
  const observer = new ResizeObserver((entries) => {
    const width = entries[0]!.contentRect.width;
    if (width) resized(width);
  });
  observer.observe(host);
  watchProbe(observer, host.shadowRoot!); // moved in the page: the probe of the last render
  return observer;
}
