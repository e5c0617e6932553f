/**
 * The valibot schemas behind `dist/schemas/*.schema.json`: every document and event detail.
 * The JSON Schema files are generated from these at build time; the elements validate with them.
 */
import * as v from 'valibot';
import { errorCodes, openKinds } from './core/events.js';
import { stepsDocumentSchema, stepsOperationSchema } from './step-tracker/step-tracker.model.js';
import { planDocumentSchema, planOperationSchema } from './plan-board/plan-board.model.js';
import { ladderDocumentSchema, ladderOperationSchema } from './task-ladder/task-ladder.model.js';
import { scheduleDocumentSchema, scheduleOperationSchema } from './course-calendar/course-calendar.model.js';

const sources = v.picklist(['user', 'undo', 'redo']);

export const vkErrorDetailSchema = v.object({
  code: v.picklist(errorCodes),
  message: v.string(),
  issues: v.array(v.object({ path: v.string(), message: v.string() })),
});
export const vkOpenDetailSchema = v.object({ kind: v.picklist(openKinds), id: v.string() });
export const vkRangeChangeDetailSchema = v.object({
  view: v.picklist(['month', 'week', 'agenda']),
  start: v.string(),
  end: v.string(),
});

function changeDetail(document: v.GenericSchema, operation: v.GenericSchema): v.GenericSchema {
  return v.object({ value: document, operation, source: sources });
}

/** File name (without `.schema.json`) → schema. */
export const publishedSchemas: Record<string, v.GenericSchema> = {
  'steps-document': stepsDocumentSchema,
  'steps-operation': stepsOperationSchema,
  'steps-change-detail': changeDetail(stepsDocumentSchema, stepsOperationSchema),
  'plan-document': planDocumentSchema,
  'plan-operation': planOperationSchema,
  'plan-change-detail': changeDetail(planDocumentSchema, planOperationSchema),
  'ladder-document': ladderDocumentSchema,
  'ladder-operation': ladderOperationSchema,
  'ladder-change-detail': changeDetail(ladderDocumentSchema, ladderOperationSchema),
  'schedule-document': scheduleDocumentSchema,
  'schedule-operation': scheduleOperationSchema,
  'schedule-change-detail': changeDetail(scheduleDocumentSchema, scheduleOperationSchema),
  'error-detail': vkErrorDetailSchema,
  'open-detail': vkOpenDetailSchema,
  'range-change-detail': vkRangeChangeDetailSchema,
};
