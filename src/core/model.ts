/** Helpers shared by the pure document models. No DOM. */
import * as v from 'valibot';
import { PROTOTYPE_KEYS, pointer, refuseArrays, toJsonData, type CheckResult } from './schema.js';

const own = (object: object, key: string): boolean => Object.hasOwn(object, key);

/**
 * Applies `*.update` changes: `null` removes a field — except for the keys listed in
 * `nullFields`, whose `null` is stored as JSON null (undo uses it to restore a host field that
 * was null) — and `undefined` is no change; `id` cannot change. Only own keys of `changes`
 * count; a prototype-named key is a TypeError. Returns a new object; the item and the changes
 * are not mutated.
 */
export function applyChanges<T extends { readonly id: string }>(item: T, changes: object, what: string, nullFields: readonly string[] = []): T {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) throw new TypeError(`${what}: changes must be an object`);
  if (own(changes, 'id') && (changes as { id?: unknown }).id !== item.id) throw new TypeError(`${what}: the id cannot be changed`);
  const next: Record<string, unknown> = { ...item };
  for (const key of Object.keys(changes)) {
    if (PROTOTYPE_KEYS.includes(key)) throw new TypeError(`${what}: the key "${key}" is not allowed in changes`);
    const value = (changes as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (value === null && !nullFields.includes(key)) delete next[key];
    // defineProperty, never assignment: an assignment to "__proto__" would replace the prototype.
    else Object.defineProperty(next, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return next as T;
}

/**
 * The previous values of the changed fields, `null` where the item had no such own field: the
 * changes of the inverse update. Holds only the item's own values (never an inherited built-in).
 */
export function previousFields(item: object, changes: object): Record<string, unknown> {
  const previous: Record<string, unknown> = {};
  for (const key of Object.keys(changes)) {
    if (PROTOTYPE_KEYS.includes(key)) throw new TypeError(`The key "${key}" is not allowed in changes`);
    if ((changes as Record<string, unknown>)[key] === undefined) continue;
    const value = own(item, key) ? (item as Record<string, unknown>)[key] : undefined;
    previous[key] = value === undefined ? null : value;
  }
  return previous;
}

/**
 * The `changes` (and `nullFields`) of the update that undoes `changes` on `item`: the previous
 * own values, `null` where the field was absent, and the keys whose previous value was JSON null
 * listed in `nullFields` so that undo restores null rather than removing the field.
 */
export function inverseChanges(item: object, changes: object): { changes: Record<string, unknown>; nullFields?: string[] } {
  const previous = previousFields(item, changes);
  const nullFields = Object.keys(previous).filter((key) => previous[key] === null && own(item, key));
  return nullFields.length > 0 ? { changes: previous, nullFields } : { changes: previous };
}

/** The schema of `nullFields` on every `*.update` operation. */
export const nullFieldsSchema = v.optional(v.array(v.pipe(v.string(), v.maxLength(200))));

/** Throws a TypeError naming the first problem when an edit produced an invalid document. */
export function ensureValid<Doc>(result: CheckResult<Doc>, operationType: string): Doc {
  if (result.ok) return result.document;
  const issue = result.error.issues[0];
  throw new TypeError(`${operationType} would make the document invalid at "${issue?.path ?? ''}": ${issue?.message ?? result.error.message}`);
}

/** Throws a TypeError for an operation with an unknown type. */
export function unknownOperation(operation: { type?: unknown }): never {
  throw new TypeError(`Unknown operation type "${String(operation?.type)}"`);
}

/**
 * Checks an operation: first the JSON data rule (`toJsonData`: plain data, no prototype-named
 * keys, no cycles, bounded depth), then its schema. Returns the checked copy, which the models
 * apply (so the caller's object is never kept or mutated).
 * @throws TypeError naming the first problem.
 */
export function checkOperation<Op>(schema: v.GenericSchema, operation: Op): Op {
  const data = toJsonData(operation);
  if (!data.ok) {
    const issue = data.issues[0];
    throw new TypeError(`Invalid operation${issue.path ? ` at "${issue.path}"` : ''}: ${issue.message}`);
  }
  refuseArrays(schema);
  const result = v.safeParse(schema, data.value, { abortEarly: true });
  if (result.success) return data.value as Op;
  const issue = result.issues[0];
  const path = pointer(...(issue.path ?? []).map((item) => item.key as string | number));
  throw new TypeError(`Invalid operation${path ? ` at "${path}"` : ''}: ${issue.message}`);
}
