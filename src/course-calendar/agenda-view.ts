/**
 * Agenda view: the month's days that have sessions or are holidays/closed days, grouped by ISO
 * week. A session crossing midnight is listed under EVERY day it covers (like the week view), its
 * pieces marked "fortsetter" / "fortsatt fra", and its full time ("22:00–4. mars 02:00") shown; a
 * day in its middle (it began before and goes on after) says "hele dagen" in place of the time.
 *
 * Large months render incrementally: the first `limit` session pieces (in date order), then a
 * "show more" row that loads the next ones when it scrolls into view, is activated, or is reached
 * with the arrow keys / End — so 5,000 sessions cost a few hundred nodes up front.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import type { IsoDate } from '../core/types.js';
import { isPluralOne } from '../core/plural.js';
import { uiCount, uiDigits } from '../core/digits.js';
import { keepHyphens } from '../core/keep-together.js';
import { fitWord } from '../core/word-fit.js';
import { datesIn, isoWeek, startOfWeek } from './calendar-dates.js';
import { bySegmentStart, segmentsByDay, visibleSessions, type Segment } from './calendar-layout.js';
import { renderSessionChip } from './session-chip.js';
import type { CalendarContext } from './calendar-parts.js';
import type { CalendarRange, Session, SessionTimes } from './course-calendar.types.js';

export { agendaStyles as styles } from './agenda-view.styles.js';

/** The key of one agenda row: a session on one day. */
export function agendaKey(segment: Segment): string {
  return `${segment.session.id}@${segment.date}`;
}

/** The pieces of `sessions` in the days of `range`, in the order the agenda lists them (`renderAgenda`): days in date order, each in start order. */
function agendaRows(sessions: Iterable<Session>, range: { readonly start: IsoDate; readonly end: IsoDate }): Segment[] {
  return [...segmentsByDay(sessions, range.start, range.end, 'every-day')].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([, list]) => list);
}

/** Piece `a` comes before piece `b` in the agenda. */
const listedBefore = (a: Segment, b: Segment): boolean => a.date < b.date || (a.date === b.date && bySegmentStart(a, b) < 0);

/**
 * The agenda rows of each document's sessions array, for one range and set of hidden courses (the
 * last asked for): a keyboard pick-up's every key asks for its row again, in the same month of the
 * same document. Before, each key sorted the month's pieces anew (milliseconds a key at 5,000
 * sessions in one month).
 */
const rowOrder = new WeakMap<readonly Session[], { readonly range: string; readonly hidden: ReadonlySet<string>; readonly rows: readonly Segment[] }>();

/** The agenda rows of `sessions` drawn without a preview in the days of `range` (kept: `rowOrder`). */
function keptRows(sessions: readonly Session[], hidden: ReadonlySet<string>, range: { readonly start: IsoDate; readonly end: IsoDate }): readonly Segment[] {
  const key = `${range.start}|${range.end}`;
  let kept = rowOrder.get(sessions);
  if (kept?.range !== key || kept.hidden !== hidden) rowOrder.set(sessions, (kept = { range: key, hidden, rows: agendaRows(visibleSessions(sessions, hidden, null), range) }));
  return kept.rows;
}

/**
 * Where focus goes when a host value removes a picked-up session or takes it out of the month it
 * was picked up in: beside session `id`'s row on day `on` in the list `sessions` (the document it
 * was picked up in) drew in `range` before the pick-up: the next session listed after it that is
 * not `gone`, else the one before, on its first row there (as `agendaNeighbour` gives without a
 * pick-up). The rows on screen hold the preview, in another place or month: the grids take the
 * day it was picked up from, not the preview's. Undefined when no session remains, or that row is
 * not listed (its course hidden).
 */
export function agendaBeside(sessions: readonly Session[], hidden: ReadonlySet<string>, range: { readonly start: IsoDate; readonly end: IsoDate }, id: string, on: IsoDate, gone: (id: string) => boolean): { id: string; on: IsoDate } | undefined {
  const rows = keptRows(sessions, hidden, range);
  const at = rows.findIndex((row) => row.session.id === id && row.date === on);
  if (at < 0) return undefined;
  const stays = (row: Segment): boolean => !gone(row.session.id);
  const next = rows.slice(at).find(stays) ?? rows.slice(0, at).reverse().find(stays);
  const first = next && rows.find((row) => row.session === next.session);
  return first && { id: first.session.id, on: first.date };
}

/**
 * How many agenda rows (the pieces of the sessions drawn, `visibleSessions`, in the days of `range`,
 * in the order the agenda lists them) come up to and including session `id`'s piece on day `on`
 * (else its first piece there): the rows the list draws for that row to be drawn. 0 when the range
 * has no piece of it. The rows of `sessions` without the session `moving` are kept (`rowOrder`);
 * that one is placed where it would land.
 */
export function agendaRowsThrough(sessions: readonly Session[], hidden: ReadonlySet<string>, moving: { readonly sessionId: string; readonly to: SessionTimes } | null, range: { readonly start: IsoDate; readonly end: IsoDate }, id: string, on?: IsoDate): number {
  const kept = keptRows(sessions, hidden, range);
  const held = moving?.sessionId;
  const preview = held ? agendaRows(visibleSessions(sessions.filter((s) => s.id === held), hidden, moving), range) : [];
  const pieces = held === id ? preview : kept.filter((s) => s.session.id === id);
  const piece = pieces.find((s) => s.date === on) ?? pieces[0];
  if (!piece) return 0;
  let count = 1;
  for (const row of kept) {
    if (!listedBefore(row, piece)) break;
    if (row.session.id !== held) count++;
  }
  return count + preview.filter((row) => listedBefore(row, piece)).length;
}

export interface AgendaState {
  /**
   * The roving item's key: the piece the user focused last. Null (or a piece not shown): the first
   * piece on or after the focus date, else the last piece shown (see `tabStop`).
   */
  readonly active: string | null;
  /** Pieces to render. */
  readonly limit: number;
  readonly showMore: () => void;
  /** The sessions of the courses shown (none hidden in the legend): the nearest one is offered when the month has none. */
  readonly sessions: readonly Session[];
  /** Shows `session`'s month and focuses it there. */
  goTo(session: Session): void;
}

/**
 * A month without sessions says so, and offers the nearest session that takes place (not cancelled) as the way on: the
 * next after the month, else the last before it (participant QA, 8 Dec 2026: on a phone, "Ingen økter denne måneden." was a dead end for "when is my
 * next course?", the course months away).
 */
function renderEmpty(ctx: CalendarContext, range: CalendarRange, state: AgendaState, part?: string): TemplateResult {
  let next: Session | undefined;
  let last: Session | undefined;
  for (const s of state.sessions) {
    // A cancelled session is no answer to "when is my next course?" (QA round 2: the button named the cancelled first day).
    if (s.cancelled) continue;
    if (s.start >= range.end) next = next && next.start <= s.start ? next : s;
    else if (s.end <= range.start) last = last && last.start >= s.start ? last : s;
  }
  const to = next ?? last;
  const date = ctx.fullDate(to?.start.slice(0, 10) ?? range.start);
  return html`<p class="agenda-empty" part=${part ?? nothing}>${msg('Ingen økter denne måneden.', { id: 'course-calendar.agenda.empty' })}</p>${to
    ? html`<p class="agenda-nearest"><button type="button" data-action="agenda-nearest" ?disabled=${ctx.disabled} @click=${() => state.goTo(to)}>${next
        ? msg(str`Neste økt: ${date}`, { id: 'course-calendar.agenda.next' })
        : msg(str`Siste økt: ${date}`, { id: 'course-calendar.agenda.last' })}</button></p>`
    : nothing}`;
}

/**
 * The list's Tab stop before the user has focused a piece of it (WAI-ARIA APG roving tabindex):
 * the first piece on or after the focus date, where the month and week grids have theirs (the
 * focus date's day, today when `date` is unset), so Tab into a long course's list lands on what
 * comes next (a night session's piece after midnight on that day included), not on its first
 * session weeks before; the last piece when all are before it. When that piece lies beyond the
 * rendered batch (a month of hundreds of sessions), the last piece rendered, the nearest shown.
 */
function tabStop(pieces: readonly Segment[], focusDate: IsoDate): string | undefined {
  const next = pieces.find((s) => s.date >= focusDate) ?? pieces[pieces.length - 1];
  return next && agendaKey(next);
}

export function renderAgenda(ctx: CalendarContext, range: CalendarRange, byDay: ReadonlyMap<IsoDate, Segment[]>, state: AgendaState): TemplateResult {
  const days = datesIn(range.start, range.end).filter((d) => byDay.has(d) || ctx.special.has(d));
  const wholeDay = msg('hele dagen', { id: 'course-calendar.all-day' });
  if (days.length === 0) return renderEmpty(ctx, range, state, 'agenda');
  const total = days.reduce((n, d) => n + (byDay.get(d)?.length ?? 0), 0);
  // Take days in order until the budget of pieces is spent (the day that crosses it is cut).
  let budget = state.limit;
  const shown: Array<[IsoDate, Segment[]]> = [];
  for (const d of days) {
    if (budget <= 0) break;
    const list = byDay.get(d) ?? [];
    shown.push([d, list.slice(0, budget)]);
    budget -= list.length;
  }
  const pieces = shown.flatMap(([, list]) => list);
  const rendered = pieces.length;
  const keys = pieces.map(agendaKey);
  const active = state.active && keys.includes(state.active) ? state.active : tabStop(pieces, ctx.focusDate);
  const weeks = new Map<IsoDate, Array<[IsoDate, Segment[]]>>();
  for (const entry of shown) {
    const monday = startOfWeek(entry[0]);
    weeks.set(monday, [...(weeks.get(monday) ?? []), entry]);
  }
  return html`<div class="agenda" part="agenda" @keydown=${ctx.on.keydown} @keyup=${ctx.on.keyup} @focusin=${ctx.on.focusin} @pointerdown=${ctx.on.pointerdown}>
    ${total ? nothing : renderEmpty(ctx, range, state)}${[...weeks].map(([monday, entries]) => {
      const { week, year } = isoWeek(monday);
      // A plain grouping, not a region landmark (`<section>` named by its heading was one): a month's
      // weeks, or two calendars' on a page, filled the landmark list. The heading gives the structure.
      return html`<div class="agenda-week">
        <h3 aria-level=${Math.min(6, ctx.level + 1)}>${msg(str`Uke ${uiDigits(week)}, ${uiDigits(year)}`, { id: 'course-calendar.title.week' })}</h3>
        <ul class="agenda-days">
          ${entries.map(([date, list]) => {
            const special = ctx.special.get(date)?.join(' · ');
            // A closed day's or holiday's name: a word wider than the row drawn smaller, not run out of the
            // calendar ("Personalplanleggingsdag" at 200 % text on a 320 px phone; styles). Few a month.
            return html`<li class="agenda-day" data-agenda-date=${date}>
              <p class="agenda-date" id="agenda-day-${date}" lang=${ctx.locale}>${ctx.fullDate(date)}${special ? html` · <span class="special"><span ${fitWord(special)}>${keepHyphens(special)}</span></span>` : nothing}</p>
              ${list.length > 0
                ? html`<ul class="agenda-sessions" aria-labelledby="agenda-day-${date}">
                    ${repeat(list, agendaKey, (s) => html`<li>${renderSessionChip(ctx, s, { showKind: true, wholeDay, tabbable: agendaKey(s) === active && !ctx.disabled })}</li>`)}
                  </ul>`
                : nothing}
            </li>`;
          })}
        </ul>
      </div>`;
    })}
    ${rendered < total
      ? html`<p class="agenda-more"><button type="button" data-action="agenda-more" @click=${state.showMore}>${isPluralOne(total - rendered)
            ? msg(str`Vis ${uiCount(total - rendered)} økt til`, { id: 'course-calendar.agenda.more.one' })
            : msg(str`Vis flere økter (${uiCount(total - rendered)} til)`, { id: 'course-calendar.agenda.more' })}</button></p>`
      : nothing}
  </div>`;
}
