// `veikart`'s names for course-calendar/holidays.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../course-calendar/holidays.js';

/** Easter Sunday of a Gregorian year. */
export const easterSunday: typeof m.easterSunday = m.easterSunday;
/** Locales holiday names exist in. */
export const holidayLocales: typeof m.holidayLocales = m.holidayLocales;
/** The holiday's name in `locale` (its base language; Dari: Persian) when there is one; else the nb name (`resolveText`). */
export const holidayName: typeof m.holidayName = m.holidayName;
/** Holidays between `start` and `end` (exclusive), by date. */
export const holidaysBetween: typeof m.holidaysBetween = m.holidaysBetween;
/** The twelve Norwegian public holidays of a year, in date order. */
export const norwegianHolidays: typeof m.norwegianHolidays = m.norwegianHolidays;
