/**
 * Plain date maths on `YYYY-MM-DD` and `YYYY-MM-DDTHH:mm` strings (wall-clock, no time zones):
 * days are counted in UTC so daylight-saving changes never shift a date. Weeks start on Monday;
 * week numbers are ISO 8601.
 */
import type { IsoDate, IsoDateTime } from '../core/types.js';
import type { CalendarRange, CalendarView } from './course-calendar.types.js';

const DAY = 86_400_000;

function utc(iso: IsoDate): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` after (or before) `iso`. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromUtc(utc(iso) + days * DAY);
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((utc(b) - utc(a)) / DAY);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: IsoDate): number {
  const day = new Date(utc(iso)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the week of `iso`. */
export function startOfWeek(iso: IsoDate): IsoDate {
  return addDays(iso, 1 - isoWeekday(iso));
}

/** The first day of the month of `iso`. */
export function startOfMonth(iso: IsoDate): IsoDate {
  return `${iso.slice(0, 7)}-01`;
}

/** The first day of the month after `iso`'s month, shifted by `months` more. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)));
}

/** ISO 8601 week: the week belongs to the year of its Thursday. 2027-01-01 → {year: 2026, week: 53}. */
export function isoWeek(iso: IsoDate): { year: number; week: number } {
  const thursday = addDays(iso, 4 - isoWeekday(iso));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { year, week };
}

/**
 * The days a view shows (`end` exclusive): the grid's whole weeks in month view, the week in week
 * view, the month of `date` in agenda view (contract.md §1).
 */
export function rangeFor(view: CalendarView, date: IsoDate): CalendarRange {
  if (view === 'week') {
    const start = startOfWeek(date);
    return { view, start, end: addDays(start, 7) };
  }
  const first = startOfMonth(date);
  const next = addMonths(first, 1);
  if (view === 'agenda') return { view, start: first, end: next };
  return { view, start: startOfWeek(first), end: addDays(startOfWeek(addDays(next, -1)), 7) };
}

/** The focus date one step back (-1) or forward (1) in a view: a month, or a week. */
export function stepDate(view: CalendarView, date: IsoDate, direction: -1 | 1): IsoDate {
  return view === 'week' ? addDays(date, 7 * direction) : addMonths(date, direction);
}

/** Every date from `start` up to (not including) `end`. */
export function datesIn(start: IsoDate, end: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = start; d < end; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Minutes since midnight of a date-time's clock time. */
export function minutesOf(dateTime: IsoDateTime): number {
  return Number(dateTime.slice(11, 13)) * 60 + Number(dateTime.slice(14, 16));
}

/** `YYYY-MM-DDTHH:mm` for a date and minutes since its midnight (may overflow into later days). */
export function dateTimeAt(date: IsoDate, minutes: number): IsoDateTime {
  const dayShift = Math.floor(minutes / 1440);
  const rest = minutes - dayShift * 1440;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${addDays(date, dayShift)}T${pad(Math.floor(rest / 60))}:${pad(rest % 60)}`;
}

/** Shifts a date-time by whole minutes. */
export function addMinutes(dateTime: IsoDateTime, minutes: number): IsoDateTime {
  return dateTimeAt(dateTime.slice(0, 10), minutesOf(dateTime) + minutes);
}

/** Minutes from `a` to `b`. */
export function minutesBetween(a: IsoDateTime, b: IsoDateTime): number {
  return daysBetween(a.slice(0, 10), b.slice(0, 10)) * 1440 + minutesOf(b) - minutesOf(a);
}
