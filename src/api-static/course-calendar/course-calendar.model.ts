// `veikart`'s names for course-calendar/course-calendar.model.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../course-calendar/course-calendar.model.js';

/**
 * Applies one operation and returns the new document (the input is not mutated).
 * @throws TypeError when the operation does not fit the document.
 */
export const applyScheduleOperation: typeof m.applyScheduleOperation = m.applyScheduleOperation;
/** Validates an unknown input as a ScheduleDocument. */
export const checkScheduleDocument: typeof m.checkScheduleDocument = m.checkScheduleDocument;
/** The operation that undoes `operation` when applied after it. */
export const invertScheduleOperation: typeof m.invertScheduleOperation = m.invertScheduleOperation;
/** The ScheduleDocument schema; `dist/schemas/schedule-document.schema.json` is generated from it. */
export const scheduleDocumentSchema: typeof m.scheduleDocumentSchema = m.scheduleDocumentSchema;
/** The operations a course calendar emits (`vk-change` detail `operation`). */
export const scheduleOperationSchema: typeof m.scheduleOperationSchema = m.scheduleOperationSchema;
