export { VkCourseCalendar, kindLabel, MONTH_CELL_LIMIT, AGENDA_BELOW } from './course-calendar.js';
export * from './course-calendar.types.js';
export { applyScheduleOperation, checkScheduleDocument, invertScheduleOperation, scheduleDocumentSchema, scheduleOperationSchema } from './course-calendar.model.js';
export { easterSunday, norwegianHolidays, holidaysBetween, holidayName, holidayLocales, type PublicHoliday, type HolidayLocale } from './holidays.js';
export { expandWeeklyPattern, type WeeklyPattern, type PatternDay, type ExpandOptions } from './patterns.js';
export { isoWeek, rangeFor } from './calendar-dates.js';
export { daysCovered, segmentsByDay, packLanes, type Segment, type Placed, type Overflow } from './calendar-layout.js';
// The events' types, so `import type { VkErrorDetail } from 'veikart/course-calendar'` compiles as the
// entry's own types do (type-only: no bytes in the bundle).
export type { ChangeSource, VkChangeDetail, VkChangeEvent, VkElementEventMap, VkErrorCode, VkErrorDetail, VkErrorEvent, VkOpenDetail, VkOpenEvent, VkRangeChangeDetail, VkRangeChangeEvent } from '../core/events.js';
export type { ValidationIssue } from '../core/types.js';
