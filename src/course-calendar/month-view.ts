/**
 * Month view: whole weeks, Monday first, ISO week numbers as row headers. A session is drawn on
 * its first day in the grid, marked when it goes on past midnight (contract.md §5).
 *
 * Layout by the calendar's own width (container queries in course-calendar.styles.ts): from 1,280 px
 * a cell shows chips of kind pictogram, start time in full and the course name beside them (wrapping
 * between its words); from 592 px the pictogram and start time, then the course name below, as
 * wide as the chip, wrapping (a long word drawn smaller: legend-fit.ts fitChips); from 480 px the
 * same without the pictogram; below 480 px each day shows compact per-course
 * markers with a count, one button that opens the day (rendered only then: a wide month does not
 * build ~40 hidden buttons).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { formatDate } from '../core/dates.js';
import { localDigits, uiCount, uiDigits } from '../core/digits.js';
import { keepHyphens } from '../core/keep-together.js';
import { isolate, listSeparator } from '../core/text.js';
import type { IsoDate } from '../core/types.js';
import { addDays, datesIn, isoWeek } from './calendar-dates.js';
import type { Segment } from './calendar-layout.js';
import { renderMonthChip, renderMonthMore, sessionCount, type ViewContext } from './session-chip.js';
import { withPart } from '../core/lang-part.js';
import { isPluralOne } from '../core/plural.js';
import type { CalendarRange } from './course-calendar.types.js';
import { colorClass } from './calendar-sheets.js';

/** Sessions a month cell shows before "+N more"; the rest are not rendered until opened. */
export const MONTH_CELL_LIMIT = 3;

/** The weekday heads' date formats: long (hidden text and tooltip), short and narrow (shown by width). */
export const WEEKDAY_FORMATS: readonly Intl.DateTimeFormatOptions[] = [{ weekday: 'long' }, { weekday: 'short' }, { weekday: 'narrow' }];

/**
 * Weekday column headers: the short name, the long one for assistive technology and as a tooltip. The tooltip is on the
 * drawn (aria-hidden) names, not the header: there a `title` equal to the name became its description ("mandag mandag").
 */
export function weekdayHeaders(ctx: ViewContext, start: IsoDate): TemplateResult[] {
  const [longFormat, shortFormat, narrowFormat] = WEEKDAY_FORMATS;
  return datesIn(start, addDays(start, 7)).map((d) => {
    const long = formatDate(d, ctx.locale, longFormat);
    return html`<span role="columnheader" class="weekday" lang=${ctx.locale}
      ><span class="vk-visually-hidden">${long}</span><span class="weekday-short" title=${long} aria-hidden="true">${formatDate(d, ctx.locale, shortFormat)}</span
      ><span class="weekday-narrow" title=${long} aria-hidden="true">${formatDate(d, ctx.locale, narrowFormat)}</span></span
    >`;
  });
}

export function renderMonth(ctx: ViewContext, range: CalendarRange, byDay: ReadonlyMap<IsoDate, Segment[]>): TemplateResult {
  ctx.monthChips.begin();
  const month = ctx.focusDate.slice(0, 7);
  // Every seventh of the range's days, not compared with its end: that sorts before them after 9999 ("10000-01-03").
  const weeks = datesIn(range.start, range.end).filter((_, i) => i % 7 < 1);
  const weekWord = msg('Uke', { id: 'course-calendar.week' });
  // The grid is the one container named by the title (a grid needs a name); the calendar's group
  // around it is not, or "mars 2026" was said three times (group, heading, grid).
  return html`<div role="grid" part="grid" class="grid month" aria-labelledby="title" aria-describedby="grid-hint" @keydown=${ctx.on.keydown} @keyup=${ctx.on.keyup} @pointerdown=${ctx.on.pointerdown} @click=${ctx.on.monthClick}>
    <div role="row" class="row head">
      <span role="columnheader" class="weeknum-head"><span class="vk-visually-hidden">${weekWord}</span><span title=${weekWord} aria-hidden="true">#</span></span>${weekdayHeaders(ctx, range.start)}
    </div>
    ${weeks.map(
      (monday) => html`<div role="row" class="row">
        <span role="rowheader" class="weeknum"><span class="vk-visually-hidden">${weekWord} </span>${uiDigits(isoWeek(monday).week)}</span>
        ${datesIn(monday, addDays(monday, 7)).map((date) => renderMonthDay(ctx, date, date.slice(0, 7) !== month, byDay.get(date) ?? []))}
      </div>`,
    )}
  </div>${ctx.special.size ? (ctx.narrow ? closedDays(ctx) : dayNames(ctx)) : nothing}`;
}

/**
 * The narrow month's closed days, each with its name whole under the grid ("25. des. Første juledag",
 * "١ يناير رأس السنة"): in a day under 480 px (40 px at 200 % text on a phone) a name showed one letter
 * and "…" ("F… j…"); the day is marked there instead (its number underlined, narrow-month.styles.ts).
 * A long word is drawn smaller (legend-fit.ts fitLines). Hidden from assistive technology: each
 * day's name says it, as the line under a wider month does.
 */
function closedDays(ctx: ViewContext): TemplateResult {
  const days = [...ctx.special.keys()].sort();
  return html`<ul class="closed-days" aria-hidden="true" lang=${ctx.locale}>
    ${days.map((date) => html`<li><span class="closed-date">${formatDate(date, ctx.locale, CLOSED_DATE)}</span> ${ctx.special.get(date)!.join(listSeparator(ctx.locale))}</li>`)}
  </ul>`;
}

const CLOSED_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };

/**
 * The focus date's holiday and closed-day names in full, under the grid ("torsdag 2. april 2026,
 * Skjærtorsdag"; above it in the week, week-view.ts): in a cell a word too long for it ends in "…" (up to 768 px, sooner with larger
 * text), and its `title` is never shown to touch or keyboard users; they pick the day (tap, click,
 * arrows) and read it here. The line stays in a month that has such a day, empty on other days, so
 * picking a day never moves what follows. Hidden from assistive technology: the cell's name says it. On a tall
 * month the line can be out of view: a tap, click or Enter on a day whose name is cut also opens the day's list,
 * which has the names under its date (course-calendar.ts #onMonthClick, session-popover.ts renderDayDetails).
 */
export function dayNames(ctx: ViewContext): TemplateResult {
  const names = ctx.special.get(ctx.focusDate);
  return html`<p class="day-names" aria-hidden="true" lang=${ctx.locale}>${names ? [ctx.fullDate(ctx.focusDate), ...names].join(listSeparator(ctx.locale)) : ''}</p>`;
}

function renderMonthDay(ctx: ViewContext, date: IsoDate, outside: boolean, segments: Segment[]): TemplateResult {
  const focus = date === ctx.focusDate;
  const special = ctx.special.get(date);
  const overflow = segments.length > MONTH_CELL_LIMIT;
  let shown = overflow ? segments.slice(0, MONTH_CELL_LIMIT - 1) : segments;
  // A session being moved (or moved last) is always drawn, never hidden behind "+N".
  const kept = overflow ? segments.find((s) => s.session.id === ctx.keep) : undefined;
  if (kept && !shown.includes(kept)) shown = [...shown.slice(0, -1), kept];
  const hidden = segments.length - shown.length;
  const comma = listSeparator(ctx.locale);
  return html`<div
    role="gridcell"
    part="day"
    class="day"
    data-date=${date}
    tabindex=${focus && !ctx.disabled ? '0' : '-1'}
    aria-selected=${focus ? 'true' : 'false'}
    ?data-outside=${outside}
    ?data-today=${date === ctx.today}
    aria-current=${date === ctx.today ? 'date' : nothing}
    ?data-special=${special !== undefined}
    aria-labelledby="cell-${date}"
  >
    <span class="day-number" aria-hidden="true">${localDigits(Number(date.slice(8)), ctx.locale)}</span
    ><span id="cell-${date}" class="vk-visually-hidden" lang=${ctx.locale}
      >${ctx.fullDate(date)}${special ? `${comma}${special.join(comma)}` : nothing}${segments.length > 0 ? sessionCount(comma, segments.length) : nothing}</span
    >
    ${special ? html`<span class="special" aria-hidden="true" title=${special.join(comma)} lang=${ctx.locale}>${keepHyphens(special.join(' · '))}</span>` : nothing}
    <div class="chips">
      ${repeat(shown, (s) => s.session.id, (s) => renderMonthChip(ctx, s))} ${overflow ? renderMonthMore(ctx, date, hidden) : nothing}
    </div>
    ${ctx.narrow && segments.length > 0 ? renderMarkers(ctx, date, segments) : nothing}
  </div>`;
}

/** The narrow form: a dot per course with its count, one button opening the day. */
function renderMarkers(ctx: ViewContext, date: IsoDate, segments: Segment[]): TemplateResult {
  const counts = new Map<string, number>();
  for (const s of segments) counts.set(s.session.courseId, (counts.get(s.session.courseId) ?? 0) + 1);
  // The name is the button's own (visually hidden) text, so it holds everything the dots show; the
  // per-course counts are drawn by CSS (data-count), so no visible text is missing from the name
  // (WCAG 2.5.3 Label in Name).
  // Clicked through the grid's listener (data-more), as "+N" is.
  const day = ctx.fullDate(date);
  return html`<button type="button" class="markers" data-more=${date} tabindex="-1">
    ${[...counts].map(([courseId, n]) => html`<span class="marker ${colorClass(ctx.courses.get(courseId)?.color)}" data-count=${n > 1 ? uiCount(n) : nothing} aria-hidden="true"></span>`)}<span class="vk-visually-hidden"
      >${isPluralOne(segments.length)
        ? withPart(msg(str`${uiCount(segments.length)} økt, ${isolate(day)}`, { id: 'course-calendar.markers.one' }), day, ctx.locale)
        : withPart(msg(str`${uiCount(segments.length)} økter, ${isolate(day)}`, { id: 'course-calendar.markers' }), day, ctx.locale)}</span
    >
  </button>`;
}
