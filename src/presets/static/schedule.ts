// `veikart`'s names for the course-term preset: constants bound to ../schedule.js's own values (why: ./plan.ts).
import type { ClosedDay, Course } from '../../course-calendar/course-calendar.types.js';
import * as schedule from '../schedule.js';

/** The three courses. */
export const innherredCourses: readonly Course[] = schedule.innherredCourses;
/** Days without teaching in the spring term 2026 besides the public holidays. */
export const springTermClosedDays: readonly ClosedDay[] = schedule.springTermClosedDays;
/**
 * The three courses over the spring term 2026 (renhold January–March, butikk February–May,
 * matproduksjon March–June), built with `expandWeeklyPattern`, skipping holidays and closed days.
 * An editable example: a fresh document each call.
 */
export const createInnherredSchedule: typeof schedule.createInnherredSchedule = schedule.createInnherredSchedule;
