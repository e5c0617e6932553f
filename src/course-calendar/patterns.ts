/** Weekly patterns: the usual shape of a work-oriented course, expanded into sessions. Pure; no DOM. */
import type { IsoDate, Text } from '../core/types.js';
import { dateTimeAt, datesIn, isoWeekday } from './calendar-dates.js';
import { holidaysBetween } from './holidays.js';
import type { Session, SessionKind } from './course-calendar.types.js';

/** One weekday of a pattern. */
export interface PatternDay {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  readonly kind: SessionKind;
  /** `HH:mm` */
  readonly start: string;
  /** `HH:mm`; before `start` means the session ends the next day. */
  readonly end: string;
  readonly title?: Text;
  readonly place?: Text;
}

export interface WeeklyPattern {
  readonly courseId: string;
  readonly days: readonly PatternDay[];
}

export interface ExpandOptions {
  /** First date (inclusive). */
  readonly from: IsoDate;
  /** Last date (exclusive). */
  readonly to: IsoDate;
  /** Days without sessions besides the public holidays (the document's `closedDays`). */
  readonly closedDays?: ReadonlyArray<{ readonly date: IsoDate }>;
  /** Skip Norwegian public holidays (default true). */
  readonly skipHolidays?: boolean;
  /** Prefix of the generated ids (default: the course id). Ids are `<prefix>-<date>-<n>`. */
  readonly idPrefix?: string;
}

/** Minutes since midnight of `HH:mm`. */
function clockMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * Expands a weekly pattern over a date range into sessions, in date order, skipping Norwegian
 * public holidays and closed days. A night that would end after 31 December 9999 is left out: no
 * document date holds its end.
 * @example expandWeeklyPattern({ courseId: 'renhold', days: [{ weekday: 1, kind: 'theory', start: '09:00', end: '14:30' }] }, { from: '2026-01-05', to: '2026-06-19' })
 */
export function expandWeeklyPattern(pattern: WeeklyPattern, options: ExpandOptions): Session[] {
  const skip = new Set<IsoDate>((options.closedDays ?? []).map((d) => d.date));
  if (options.skipHolidays !== false) for (const date of holidaysBetween(options.from, options.to).keys()) skip.add(date);
  const prefix = options.idPrefix ?? pattern.courseId;
  const sessions: Session[] = [];
  // Dates, not strings, compared: an end after 9999 ("10000-01-01", for a last day of 31 December 9999) sorts before "9999-…".
  for (const date of datesIn(options.from, options.to)) {
    if (skip.has(date)) continue;
    const weekday = isoWeekday(date);
    pattern.days
      .filter((day) => day.weekday === weekday)
      .forEach((day, n) => {
        const startMinutes = clockMinutes(day.start);
        let endMinutes = clockMinutes(day.end);
        if (endMinutes <= startMinutes) endMinutes += 1440;
        // A night from 31 December 9999 would end in the year 10000, a date no document holds.
        if (dateTimeAt(date, endMinutes).length > 16) return;
        sessions.push({
          id: `${prefix}-${date}-${n + 1}`,
          courseId: pattern.courseId,
          start: dateTimeAt(date, startMinutes),
          end: dateTimeAt(date, endMinutes),
          kind: day.kind,
          ...(day.title !== undefined ? { title: day.title } : {}),
          ...(day.place !== undefined ? { place: day.place } : {}),
        });
      });
  }
  return sessions;
}
