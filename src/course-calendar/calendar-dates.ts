/**
 * Plain date maths on `YYYY-MM-DD` and `YYYY-MM-DDTHH:mm` strings (wall-clock, no time zones).
 * Each date is a UTC midnight and the arithmetic is d3-time's UTC intervals (`utcDay`, `utcMonday`,
 * `utcMonth`): UTC has no daylight-saving changes, so a DST night in Europe/Oslo never shifts a
 * date. Weeks start on Monday; week numbers are ISO 8601, counted with d3-time's `utcThursday`
 * (the rule d3-time-format's `%V`/`%G` use, without its 5 KB of formatting and locale code).
 */
import { utcDay, utcMonday, utcMonth, utcThursday, utcYear } from 'd3-time';
import type { IsoDate, IsoDateTime } from '../core/types.js';
import { DATE_PATTERN } from '../core/schema.js';
import type { CalendarRange, CalendarView } from './course-calendar.types.js';

/**
 * True when a `YYYY-MM-DD…` string (already matching the pattern) names a real calendar day:
 * 2026-02-29 and 2026-04-31 do not. Arithmetic only, no Date: validation calls it twice per session.
 */
export function isCalendarDate(iso: string): boolean {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (!Number.isInteger(y) || !(m >= 1 && m <= 12) || !(d >= 1)) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  // 31 in January, March, May, July, August, October, December; 30 in the other months but February.
  return d <= (m === 2 ? (leap ? 29 : 28) : 30 + ((m + (m >> 3)) & 1));
}

/**
 * The day a host's `date` names, as the calendar reads it: spaces around it trimmed, and an ISO date-time's date part as
 * written ("2026-03-12T10:00", `toISOString()`'s "2026-03-12T23:30:00.000Z": its UTC date). Before 7 Dec 2026 both showed
 * today with a warning (QA round 2, F9): a host's `date` is often a date-time or a padded field. Anything else is as given.
 */
export const hostDay = (date: string | null | undefined): string => `${date ?? ''}`.trim().replace(/T[\d:.]*(Z|[+-][\d:]*)?$/, '');

/** The day a host's `date` names (`hostDay`) when it is a real date from the year 1000 on, else '' (today is shown). */
export function hostFocusDay(date: string | null | undefined): string {
  const day = hostDay(date);
  return DATE_PATTERN.test(day) && day >= '1000' && isCalendarDate(day) ? day : '';
}

/**
 * A host's `date` that names no day ("20261231", "2026-W53", "2026-02-30", "31.12.2026") still shows today, as documented;
 * said once on the console, as other host mistakes are (`Veikart: …`), so a host is told why. Empty, or a real date before
 * 1000 (.NET's "0001-01-01" for no date), is meant: nothing said.
 */
export function warnNoDate(date: string): void {
  const day = hostDay(date);
  if (day && !(DATE_PATTERN.test(day) && isCalendarDate(day))) console.warn(`Veikart: <vk-course-calendar> date="${date}" is no date YYYY-MM-DD; showing today.`);
}

/** The UTC-midnight Date of an ISO date (or of a date-time's date). */
export function utcDate(iso: IsoDate): Date {
  // Split at "T", not cut at 10: a range ends in the year 10000 after the last days of 9999 ("10000-01-03").
  const [y, m, d] = iso.split('T')[0].split('-').map(Number);
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date;
}

/**
 * A range's `end` to compare `YYYY-MM-DD…` strings with: an end after 9999 ("10000-01-03", where
 * the last days of 9999 are shown) sorts before every "9999-…", so it compares as "~", after them all.
 */
export const endKey = (end: IsoDate): string => (end.length > 10 ? '~' : end);

/** True when `range` (`end` exclusive) has the day `date`. */
export const rangeHas = (range: CalendarRange, date = ''): boolean => date >= range.start && date < endKey(range.end);

/**
 * A date the grids' keys, a click on a day or a period step reach, kept to the dates the calendar
 * can focus (`focusDate`: years 1000–9999, anything else is taken for today): past 9999-12-31 (the
 * 1–2 January 10000 that December 9999's grid shows) it stays on 9999-12-31, before the year 1000
 * on 1000-01-01, as an arrow stops at a grid's edge (it jumped to today's month).
 */
export const keepFocusDate = (date: IsoDate): IsoDate => (date.length > 10 ? '9999-12-31' : date < '1000-01-01' ? '1000-01-01' : date);

/** `YYYY-MM-DD` of a UTC-midnight Date. */
export function isoOf(date: Date): IsoDate {
  const y = date.getUTCFullYear();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The date `days` after (or before) `iso`. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return isoOf(utcDay.offset(utcDate(iso), days));
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return a <= b ? utcDay.count(utcDate(a), utcDate(b)) : -utcDay.count(utcDate(b), utcDate(a));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: IsoDate): number {
  return utcDate(iso).getUTCDay() || 7;
}

/** The Monday of the week of `iso`. */
export function startOfWeek(iso: IsoDate): IsoDate {
  return isoOf(utcMonday.floor(utcDate(iso)));
}

/** The first day of the month of `iso`. */
export function startOfMonth(iso: IsoDate): IsoDate {
  return isoOf(utcMonth.floor(utcDate(iso)));
}

/**
 * The same day of the month `months` later (or earlier), clamped to the month's last day:
 * 31 January + 1 → 28 February. `day` (1–31) asks for another day of month than `iso`'s own — the
 * day the user meant before a short month clamped it (31 Jan → 28 Feb → 31 Mar).
 */
export function addMonths(iso: IsoDate, months: number, day = Number(iso.slice(8, 10))): IsoDate {
  const first = utcMonth.offset(utcMonth.floor(utcDate(iso)), months);
  const length = utcDay.count(first, utcMonth.offset(first, 1));
  return isoOf(utcDay.offset(first, Math.min(day, length) - 1));
}

/**
 * ISO 8601 week: the week belongs to the year of its Thursday, and week 1 holds the year's first
 * Thursday. 2027-01-01 → {year: 2026, week: 53}.
 */
export function isoWeek(iso: IsoDate): { year: number; week: number } {
  // The Thursday of the Monday-based week (Monday 0 … Sunday 6) that holds this date.
  const date = utcDate(iso);
  const thursday = utcDay.offset(date, 3 - ((date.getUTCDay() + 6) % 7));
  const year = utcYear.floor(thursday);
  // Thursdays after 1 January up to and including this one, plus 1 January itself when it is one.
  return { year: thursday.getUTCFullYear(), week: utcThursday.count(year, thursday) + (year.getUTCDay() === 4 ? 1 : 0) };
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
  const first = utcMonth.floor(utcDate(date));
  const next = utcMonth.offset(first, 1);
  if (view === 'agenda') return { view, start: isoOf(first), end: isoOf(next) };
  return { view, start: isoOf(utcMonday.floor(first)), end: isoOf(utcMonday.ceil(next)) };
}

/**
 * The focus date one step back (-1) or forward (1) in a view: a week, or a month keeping `day`
 * (the intended day of month; default `date`'s own).
 */
export function stepDate(view: CalendarView, date: IsoDate, direction: -1 | 1, day?: number): IsoDate {
  return view === 'week' ? addDays(date, 7 * direction) : addMonths(date, direction, day);
}

/**
 * Steps of the focus date (PageUp/PageDown, the toolbar's arrows) that keep the day of month the
 * user started from: 31 Jan → 28 Feb → 31 Mar, not → 28 Mar. The day holds while each step starts
 * from the date the last one gave; any other date starts afresh from its own day.
 */
export class PeriodSteps {
  #intended: { day: number; date: IsoDate } | null = null;

  /** The date one step back (-1) or forward (1) from `from` in `view`, within the calendar's years (keepFocusDate). */
  step(view: CalendarView, from: IsoDate, direction: -1 | 1): IsoDate {
    const day = this.#intended?.date === from ? this.#intended.day : Number(from.slice(8, 10));
    const date = keepFocusDate(stepDate(view, from, direction, day));
    this.#intended = { day, date };
    return date;
  }

  /** Forget the day of month (the user went to a date by other means). */
  reset(): void {
    this.#intended = null;
  }
}

/** Every date from `start` up to (not including) `end`. */
export function datesIn(start: IsoDate, end: IsoDate): IsoDate[] {
  return utcDay.range(utcDate(start), utcDate(end)).map(isoOf);
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
  return `${dayShift === 0 ? date.slice(0, 10) : addDays(date, dayShift)}T${pad(Math.floor(rest / 60))}:${pad(rest % 60)}`;
}

/** Shifts a date-time by whole minutes. */
export function addMinutes(dateTime: IsoDateTime, minutes: number): IsoDateTime {
  return dateTimeAt(dateTime.slice(0, 10), minutesOf(dateTime) + minutes);
}

/** Minutes from `a` to `b`. */
export function minutesBetween(a: IsoDateTime, b: IsoDateTime): number {
  return daysBetween(a.slice(0, 10), b.slice(0, 10)) * 1440 + minutesOf(b) - minutesOf(a);
}
