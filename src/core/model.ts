/** Helpers shared by the pure document models. No DOM. */
import * as v from 'valibot';
import { pointer, type CheckResult } from './schema.js';

/** Applies `*.update` changes: `null` removes a field; `id` cannot change. Returns a new object. */
export function applyChanges<T extends { readonly id: string }>(item: T, changes: object, what: string): T {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) throw new TypeError(`${what}: changes must be an object`);
  if ('id' in changes && (changes as { id?: unknown }).id !== item.id) throw new TypeError(`${what}: the id cannot be changed`);
  const next: Record<string, unknown> = { ...item };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next as T;
}

/** The previous values of the changed fields (null where absent): the inverse of an update. */
export function previousFields(item: object, changes: object): Record<string, unknown> {
  const previous: Record<string, unknown> = {};
  for (const key of Object.keys(changes)) {
    const value = (item as Record<string, unknown>)[key];
    previous[key] = value === undefined ? null : value;
  }
  return previous;
}

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

/** Throws a TypeError naming the first problem when an operation has the wrong shape. */
export function checkOperation(schema: v.GenericSchema, operation: unknown): void {
  const result = v.safeParse(schema, operation, { abortEarly: true });
  if (result.success) return;
  const issue = result.issues[0];
  const path = pointer(...(issue.path ?? []).map((item) => item.key as string | number));
  throw new TypeError(`Invalid operation${path ? ` at "${path}"` : ''}: ${issue.message}`);
}
