/**
 * Week view: seven day columns on a time axis. The axis maps one wall-clock day's minutes linearly
 * to a fraction of the column height (wall-clock minutes have no DST: a plain linear map, no d3-scale
 * and its colour/format code in this chunk), with d3-time's hourly ticks (`utcHour`); it spans 07:00–18:00
 * and widens to whole hours around any session piece of the week. A session crossing midnight is
 * drawn as one piece per day it covers, each marked at the cut. Overlapping sessions share the
 * column in lanes (interval-graph packing, `packLanes`): two overlapping sessions get half the
 * column each; as many as fit at 3em each (`weekLanes`: three in a 1,280 px week), and a cluster
 * needing more keeps one lane fewer and shows "+N" for the rest. A week with a lane too narrow for
 * course names draws every chip with its course's picture instead (`weekShowsPictures`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { utcHour } from 'd3-time';
import { formatDate, osloNow } from '../core/dates.js';
import { localDigits, uiCount, uiDigits } from '../core/digits.js';
import { keepHyphens } from '../core/keep-together.js';
import { fitWord } from '../core/word-fit.js';
import { isolate, listSeparator } from '../core/text.js';
import type { IsoDate, IsoDateTime } from '../core/types.js';
import { datesIn, isoWeek, minutesOf } from './calendar-dates.js';
import { packLanes, type Overflow, type Placed, type Segment } from './calendar-layout.js';
import { moreLabel, renderSessionChip, sessionCount, type ViewContext } from './session-chip.js';
import type { CalendarRange } from './course-calendar.types.js';

export { weekStyles as styles } from './week-view.styles.js';

/** The default axis, minutes since midnight. */
export const AXIS_START = 7 * 60;
export const AXIS_END = 18 * 60;
const MINUTE = 60_000;
/** Where a drawn session or a "+N" begins (minutes on the day's axis): the day's reading order. */
const startOf = (item: Placed | Overflow): number => ('segment' in item ? item.segment.start : item.start);
/** `HH:mm` of a minute-of-day tick (a clock label, the same in every locale here). */
const hourLabel = (date: Date): string => `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;

/** The week's time axis: minutes since midnight → fraction of the day column's height. */
export interface TimeAxis {
  readonly start: number;
  readonly end: number;
  /** Tick positions (minutes) of whole hours. */
  readonly hours: number[];
}

/** The axis for a week's pieces: 07:00–18:00, widened to whole hours around every piece. */
export function timeAxis(byDay: ReadonlyMap<IsoDate, Segment[]>): TimeAxis {
  let start = AXIS_START;
  let end = AXIS_END;
  for (const list of byDay.values()) {
    for (const s of list) {
      start = Math.min(start, Math.floor(s.start / 60) * 60);
      end = Math.max(end, Math.min(1440, Math.ceil(Math.max(s.end, s.start + 15) / 60) * 60));
    }
  }
  // Whole hours from the (whole-hour) start up to, not including, the end.
  const hours = utcHour.range(new Date(start * MINUTE), new Date(end * MINUTE)).map((d) => d.getTime() / MINUTE);
  return { start, end, hours };
}

/**
 * One rule per week, so a course looks the same on every day of it: when any session of the week
 * is drawn in a lane narrower than `NAME_LANE_EM` (its cluster has more lanes than `named`,
 * calendar-layout.ts `nameLanes`), every chip of the week shows its course's picture (the legend's
 * pictogram, beside the course's colour and pattern) with its time, instead of the name cut short.
 */
function weekShowsPictures(days: Iterable<{ readonly placed: readonly Placed[] }>, named: number): boolean {
  for (const day of days) if (day.placed.some((p) => p.lanes > named)) return true;
  return false;
}

/** Fraction of the column height for minutes since midnight. */
export function axisAt(axis: TimeAxis, minutes: number): number {
  return (minutes - axis.start) / (axis.end - axis.start);
}

/** Minutes since midnight at a fraction of the column height, snapped to `snap` minutes. */
export function minutesAt(axis: TimeAxis, fraction: number, snap: number): number {
  const minutes = axis.start + fraction * (axis.end - axis.start);
  return Math.round(minutes / snap) * snap;
}

/**
 * `now`: the wall-clock time in Oslo (`osloNow` in core/dates.ts), where the "now" line goes. Today's
 * column has the line, hidden while the time is off the axis (`moveNow` shows it when it comes on:
 * behind Lit's back, so `hidden` is bound with live(), checked against the element, not Lit's last value).
 * `dayNames`: month-view.ts's line of the focus date's names, passed in by the calendar (which has the month view up
 * front) rather than imported here: this module is an import() chunk, and a static import of month-view.ts from it made
 * esbuild's npm build split month-view (and d3) out of the calendar into a chunk the plan board's snippet loaded too.
 */
export function renderWeek(ctx: ViewContext, range: CalendarRange, byDay: ReadonlyMap<IsoDate, Segment[]>, now: IsoDateTime, dayNames: (ctx: ViewContext) => TemplateResult): TemplateResult {
  const axis = timeAxis(byDay);
  const days = datesIn(range.start, range.end);
  const { week } = isoWeek(range.start);
  const num = (n: number): string => String(n);
  const today = now.slice(0, 10);
  const minutes = minutesOf(now);
  const showNow = minutes >= axis.start && minutes <= axis.end;
  const packed = new Map(days.map((date) => [date, packLanes(byDay.get(date) ?? [], ctx.lanes, ctx.keep)]));
  const picture = weekShowsPictures(packed.values(), ctx.named);
  // "Uke 11" over the hour axis (aria-hidden) is no column of the grid: as a column header it put
  // each day's header over the next day's cell for assistive technology. The grid's name says the week.
  // A day's holiday or closed-day names wrap in its header between their words, a long word drawn a little smaller
  // (fitWord), never split; one too wide even so ends in "…", and the names are whole in the line above the week for
  // the day picked (month-view.ts dayNames: by arrow keys, a tap on the day or on its header), as under a month. Before
  // (7 Dec, pass 56) they were one line, cut ("Andre påsked…"), whole only in a title touch and keyboard never show.
  return html`${ctx.special.size ? dayNames(ctx) : nothing}<div class="week-scroll"><div role="grid" part="grid" class="grid week" ?data-pictures=${picture} aria-labelledby="title" aria-describedby="grid-hint" @keydown=${ctx.on.keydown} @keyup=${ctx.on.keyup} @pointerdown=${ctx.on.pointerdown}>
    <div role="row" class="row head">
      <span class="weeknum-head" aria-hidden="true">${msg('Uke', { id: 'course-calendar.week' })} ${uiDigits(week)}</span>
      ${days.map((d) => {
        const special = ctx.special.get(d);
        const names = special?.join(' · ');
        return html`<span role="columnheader" class="weekday" ?data-today=${d === ctx.today} aria-current=${d === ctx.today ? 'date' : nothing} lang=${ctx.locale} @click=${(e: Event) => ctx.on.dayClick(e, d)}>
          <span class="vk-visually-hidden">${formatDate(d, ctx.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}</span><span aria-hidden="true">${formatDate(d, ctx.locale, { weekday: 'short', day: 'numeric', month: 'numeric' })}</span>${special ? html`<span class="special" title=${special.join(listSeparator(ctx.locale))}><span ${fitWord(names!)}>${keepHyphens(names!)}</span></span>` : nothing}
        </span>`;
      })}
    </div>
    <div role="row" class="row body" data-hours=${num((axis.end - axis.start) / 60)}>
      <div class="axis" aria-hidden="true">${axis.hours.map((m) => html`<span class="hour" data-top=${num(axisAt(axis, m))}>${localDigits(hourLabel(new Date(m * MINUTE)), ctx.locale)}</span>`)}</div>
      ${days.map((date) => {
        const segments = byDay.get(date) ?? [];
        const { placed, overflow } = packed.get(date)!;
        const focus = date === ctx.focusDate;
        const special = ctx.special.get(date);
        const comma = listSeparator(ctx.locale);
        return html`<div
          role="gridcell"
          part="day"
          class="day week-day"
          data-date=${date}
          tabindex=${focus && !ctx.disabled ? '0' : '-1'}
          aria-selected=${focus ? 'true' : 'false'}
          ?data-special=${special !== undefined}
          aria-current=${date === ctx.today ? 'date' : nothing}
          aria-labelledby="cell-${date}"
          @click=${(e: Event) => ctx.on.dayClick(e, date)}
        >
          <span id="cell-${date}" class="vk-visually-hidden" lang=${ctx.locale}
            >${ctx.fullDate(date)}${special ? `${comma}${special.join(comma)}` : ''}${segments.length > 0 ? sessionCount(comma, segments.length) : nothing}</span
          >
          ${repeat(
            // Sessions and "+N" in time order (then lane), so arrow keys and a screen reader's
            // reading order go down the day as drawn: a 22:00 session comes after the 09:00 "+2".
            [...placed, ...overflow].sort((a, b) => startOf(a) - startOf(b) || a.lane - b.lane),
            (p) => ('segment' in p ? p.segment.session.id : p.start * 8 + p.lane), // a number never equals an id
            (p) => {
              if (!('segment' in p)) {
                const top = axisAt(axis, Math.max(axis.start, p.start));
                const bottom = axisAt(axis, Math.min(axis.end, p.end));
                return html`<div class="slot slot--more" data-top=${num(top)} data-size=${num(bottom - top)} data-lane=${num(p.lane)} data-lanes=${num(p.lanes)}>${renderSlotMore(ctx, date, p.hidden.length)}</div>`;
              }
              const top = axisAt(axis, Math.max(axis.start, p.segment.start));
              const bottom = axisAt(axis, Math.min(axis.end, Math.max(p.segment.end, p.segment.start + 15)));
              return html`<div class="slot" data-top=${num(top)} data-size=${num(bottom - top)} data-lane=${num(p.lane)} data-lanes=${num(p.lanes)}>
                ${renderSessionChip(ctx, p.segment, { showKind: true, resizable: ctx.editable, inSlot: true, picture })}
              </div>`;
            },
          )}
          ${today === date ? html`<div class="now" ?hidden=${live(!showNow)} data-top=${num(axisAt(axis, minutes))} data-axis=${`${axis.start} ${axis.end}`} aria-hidden="true"></div>` : nothing}
        </div>`;
      })}
    </div>
  </div></div>`;
}

/**
 * The "now" line to the time it is, each minute (calendar-clock.ts): one style property on the one
 * element (shown or hidden at the axis's ends), no render of the week, no animation. A line whose
 * column is no longer today is left to the render at midnight.
 */
export function moveNow(root: ParentNode, now = osloNow()): void {
  const line = root.querySelector<HTMLElement>('.now');
  if (line?.closest<HTMLElement>('[data-date]')?.dataset.date !== now.slice(0, 10)) return;
  const [start, end] = line.dataset.axis!.split(' ').map(Number);
  const minutes = minutesOf(now);
  line.hidden = minutes < start || minutes > end;
  line.style.setProperty('--_vk-top', String((minutes - start) / (end - start)));
}

/**
 * A crowded slot's "+2": its accessible name also names the day ("+2 flere, tirsdag 10. mars 2026"); opens the day.
 * The sign and number are an isolate (core `isolate`; with no strong character it is left-to-right, UAX #9),
 * so right-to-left text shows "+2", not "2+".
 */
function renderSlotMore(ctx: ViewContext, date: IsoDate, count: number): TemplateResult {
  return html`<button type="button" part="more" class="more" data-more=${date} tabindex="-1" aria-label=${moreLabel(ctx, date, count)} @click=${() => ctx.on.openDay(date)}>${isolate(`+${uiCount(count)}`)}</button>`;
}

/** Week-view geometry through the CSSOM (strict CSP: no style attributes in markup): per element, from its data attributes; after each week render. */
export function applyWeekGeometry(root: HTMLElement | DocumentFragment): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-top]')) {
    el.style.setProperty('--_vk-top', el.dataset.top ?? '0');
    if (el.dataset.size) el.style.setProperty('--_vk-size', el.dataset.size);
    if (el.dataset.lane) el.style.setProperty('--_vk-lane', el.dataset.lane);
    if (el.dataset.lanes) el.style.setProperty('--_vk-lanes', el.dataset.lanes);
  }
  const body = root.querySelector<HTMLElement>('[data-hours]');
  body?.style.setProperty('--_vk-hours', body.dataset.hours ?? '11');
}
