// `veikart`'s names for course-calendar/patterns.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../course-calendar/patterns.js';

/**
 * Expands a weekly pattern over a date range into sessions, in date order, skipping Norwegian
 * public holidays and closed days. A night that would end after 31 December 9999 is left out: no
 * document date holds its end.
 * @example expandWeeklyPattern({ courseId: 'renhold', days: [{ weekday: 1, kind: 'theory', start: '09:00', end: '14:30' }] }, { from: '2026-01-05', to: '2026-06-19' })
 */
export const expandWeeklyPattern: typeof m.expandWeeklyPattern = m.expandWeeklyPattern;
