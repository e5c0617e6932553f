/**
 * Agenda view: the month's days that have sessions or are holidays/closed days, grouped by ISO
 * week. A session crossing midnight is listed under EVERY day it covers (like the week view), its
 * pieces marked "fortsetter" / "fortsatt fra", and its full time ("22:00–4. mars 02:00") shown.
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
import { datesIn, isoWeek, startOfWeek } from './calendar-dates.js';
import type { Segment } from './calendar-layout.js';
import { renderSessionChip, type ViewContext } from './session-chip.js';
import type { CalendarRange } from './course-calendar.types.js';

export { agendaStyles as styles } from './agenda-view.styles.js';

/** The key of one agenda row: a session on one day. */
export function agendaKey(segment: Segment): string {
  return `${segment.session.id}@${segment.date}`;
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

export function renderAgenda(ctx: ViewContext, range: CalendarRange, byDay: ReadonlyMap<IsoDate, Segment[]>, state: AgendaState): TemplateResult {
  const days = datesIn(range.start, range.end).filter((d) => byDay.has(d) || ctx.special.has(d));
  if (days.length === 0) return html`<p class="agenda-empty" part="agenda">${msg('Ingen økter denne måneden.', { id: 'course-calendar.agenda.empty' })}</p>`;
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
    ${[...weeks].map(([monday, entries]) => {
      const { week, year } = isoWeek(monday);
      return html`<section class="agenda-week" aria-labelledby="week-${monday}">
        <h3 id="week-${monday}">${msg(str`Uke ${week}, ${year}`, { id: 'course-calendar.title.week' })}</h3>
        <ul class="agenda-days">
          ${entries.map(([date, list]) => {
            const special = ctx.special.get(date);
            return html`<li class="agenda-day" data-agenda-date=${date}>
              <p class="agenda-date" id="agenda-day-${date}" lang=${ctx.locale}>${ctx.fullDate(date)}${special ? html` · <span class="special">${special.join(' · ')}</span>` : nothing}</p>
              ${list.length > 0
                ? html`<ul class="agenda-sessions" aria-labelledby="agenda-day-${date}">
                    ${repeat(list, agendaKey, (s) => html`<li>${renderSessionChip(ctx, s, { showKind: true, tabbable: agendaKey(s) === active && !ctx.disabled })}</li>`)}
                  </ul>`
                : nothing}
            </li>`;
          })}
        </ul>
      </section>`;
    })}
    ${rendered < total
      ? html`<p class="agenda-more"><button type="button" data-action="agenda-more" @click=${state.showMore}>${isPluralOne(total - rendered)
            ? msg(str`Vis ${total - rendered} økt til`, { id: 'course-calendar.agenda.more.one' })
            : msg(str`Vis flere økter (${total - rendered} til)`, { id: 'course-calendar.agenda.more' })}</button></p>`
      : nothing}
  </div>`;
}
