export { VkCourseCalendar, kindLabel, MONTH_CELL_LIMIT, AGENDA_BELOW } from './course-calendar.js';
export * from './course-calendar.types.js';
export { applyScheduleOperation, checkScheduleDocument, invertScheduleOperation, scheduleDocumentSchema, scheduleOperationSchema } from './course-calendar.model.js';
export { easterSunday, norwegianHolidays, holidaysBetween, holidayName, holidayLocales, type PublicHoliday, type HolidayLocale } from './holidays.js';
export { expandWeeklyPattern, type WeeklyPattern, type PatternDay, type ExpandOptions } from './patterns.js';
export { isoWeek, rangeFor } from './calendar-dates.js';
export { daysCovered, segmentsByDay, packLanes, type Segment, type Placed, type Overflow } from './calendar-layout.js';
