// `veikart`'s names for course-calendar/calendar-dates.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../course-calendar/calendar-dates.js';

/**
 * ISO 8601 week: the week belongs to the year of its Thursday, and week 1 holds the year's first
 * Thursday. 2027-01-01 → {year: 2026, week: 53}.
 */
export const isoWeek: typeof m.isoWeek = m.isoWeek;
/**
 * The days a view shows (`end` exclusive): the grid's whole weeks in month view, the week in week
 * view, the month of `date` in agenda view (contract.md §1).
 */
export const rangeFor: typeof m.rangeFor = m.rangeFor;
