/**
 * The valibot schemas behind `dist/schemas/*.schema.json`: every document and event detail.
 * The JSON Schema files are generated from these at build time; the elements validate with them.
 */
import * as v from 'valibot';
import { errorCodes, openKinds } from './core/events.js';
import { PROTOTYPE_KEYS } from './core/schema.js';
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

/** A JSON Schema document (draft 2020-12) as plain data. */
export type JsonSchema = { [key: string]: unknown };

/**
 * The converter from valibot to JSON Schema (`toJsonSchema` of `@valibot/to-json-schema`), passed
 * in so that this module needs it only where schemas are generated (the build, the tests).
 */
export type JsonSchemaConverter = (
  schema: v.GenericSchema,
  config: {
    target: 'draft-2020-12';
    errorMode: 'throw';
    overrideAction: (context: { readonly valibotAction: { readonly type: string; readonly requirement?: unknown }; readonly jsonSchema: JsonSchema }) => JsonSchema | undefined;
  },
) => JsonSchema;

/** The JSON Schema form of "no prototype-named key" (core/schema `PROTOTYPE_KEYS`). */
const noPrototypeKey: JsonSchema = { not: { enum: [...PROTOTYPE_KEYS] } };
/** Any JSON data whose objects have no prototype-named keys, at any depth (host fields, `changes`). */
const jsonDataRef = '#/$defs/jsonData';
const jsonData: JsonSchema = { propertyNames: noPrototypeKey, additionalProperties: { $ref: jsonDataRef }, items: { $ref: jsonDataRef } };

/**
 * Makes a converted schema say what `toJsonData` enforces before the valibot schema runs: every
 * object refuses prototype-named keys, and what an object admits beyond its declared properties
 * (host fields) is JSON data under the same rule, at any depth.
 */
function addDataRule(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) addDataRule(item);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const schema = node as JsonSchema;
  for (const value of Object.values(schema)) addDataRule(value);
  if (schema.type === 'object') {
    schema.propertyNames = schema.propertyNames ? { allOf: [schema.propertyNames, noPrototypeKey] } : noPrototypeKey;
    const extra = schema.additionalProperties;
    if (extra === undefined || (typeof extra === 'object' && extra !== null && Object.keys(extra).length === 0)) schema.additionalProperties = { $ref: jsonDataRef };
  }
}

/**
 * Every published schema as JSON Schema draft 2020-12 (the files in `dist/schemas/`), generated
 * from the same valibot schemas the widgets validate with. Lengths are counted in code points on
 * both sides (`maxCodePoints` → `maxLength`). The rules only `validateDocument` checks are listed
 * in docs/contract.md ("validateDocument-only rules").
 * @example publishedJsonSchemas(toJsonSchema)['plan-document'] // { $schema, $id, title, type: 'object', … }
 */
export function publishedJsonSchemas(convert: JsonSchemaConverter): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(publishedSchemas)) {
    const json = convert(schema, {
      target: 'draft-2020-12',
      errorMode: 'throw',
      overrideAction: ({ valibotAction, jsonSchema }) => {
        if (valibotAction.type === 'max_code_points') return { ...jsonSchema, maxLength: valibotAction.requirement };
        if (valibotAction.type === 'min_code_points') return { ...jsonSchema, minLength: valibotAction.requirement };
        return undefined;
      },
    });
    addDataRule(json);
    out[name] = {
      $schema: json.$schema,
      $id: `https://veikart.invalid/schemas/${name}.schema.json`,
      title: name,
      ...json,
      $defs: { ...((json.$defs as JsonSchema | undefined) ?? {}), jsonData },
    };
  }
  return out;
}
