/**
 * Schema building blocks shared by every document (contract.md §4), written once in valibot so the
 * same source gives runtime validation and the published JSON Schema (scripts/schemas.mjs).
 * Only actions that convert to JSON Schema are used here; checks JSON Schema cannot express
 * (unique ids, references, real calendar dates) live in each model's `crossCheck`.
 */
import * as v from 'valibot';
import { AUDIO_DATA_URL, MAX_AUDIO_DATA_URL } from './audio-data-url.js';
import type { ValidationIssue, VersionedDocument } from './types.js';
import type { VkErrorDetail } from './events.js';

/** The only document version this release reads. */
export const DOCUMENT_VERSION = 1;

/**
 * A BCP 47 language tag as the documents use them ("nb", "ti-ER", "nb-NO-u-nu-latn", "ti-x-asmara"): text and `audio` keys,
 * `participantLanguage`. A 2–3 letter language, then subtags of 1–8 letters or digits (RFC 5646 §2.1: a one-letter singleton
 * starts an extension or private use). A lenient check of the shape, not of the registry.
 */
export const LOCALE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
/** http(s), data:image/…, or a relative URL (no scheme); no whitespace or control characters anywhere. */
export const SAFE_URL = /^(?:https?:\/\/|data:image\/|(?![A-Za-z][A-Za-z0-9+.-]*:))[^\u0000-\u0020\u007f\\]+$/;
/**
 * A real Gregorian calendar day `YYYY-MM-DD` (ISO 8601 calendar date, years 0000–9999, proleptic
 * Gregorian leap years: divisible by 4, except centuries not divisible by 400). A regular
 * expression rather than a cross-check so the published JSON Schema carries the same rule.
 */
const DAY = '(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)';
export const DATE_PATTERN = new RegExp(`^${DAY}$`);
/** A local wall-clock time on a real calendar day, `YYYY-MM-DDTHH:mm`. */
export const DATE_TIME_PATTERN = new RegExp(`^${DAY}T(?:[01]\\d|2[0-3]):[0-5]\\d$`);

/**
 * Keys that name JavaScript prototype slots. They are rejected at any depth of a document or an
 * operation (`vk-error` / TypeError at their path): such a key either changes an object's
 * prototype when assigned, or reads an inherited built-in where a field is absent.
 */
export const PROTOTYPE_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
/** How deep a document or operation may nest (the document itself is level 0). */
export const MAX_DEPTH = 64;

/**
 * valibot's `record` for JSON objects. valibot's own `record` takes `[]` as an empty record; JSON
 * Schema `type: "object"` does not: {@link refuseArrays}, which `checkDocument` and
 * `checkOperation` apply to every schema before parsing, makes this one (and every object
 * schema) refuse an array. Prototype-named keys never get here: `toJsonData` rejects them first
 * (valibot's `record` would silently skip them).
 */
export function jsonRecord<TKey extends v.GenericSchema<string>, TValue extends v.GenericSchema>(key: TKey, value: TValue): v.RecordSchema<TKey, TValue, undefined> {
  return v.record(key, value);
}

/**
 * `record` holding at most `max` keys, JSON Schema `maxProperties`. The keys are counted first: an
 * object over the limit is one issue at its own path, and its keys and values are never validated.
 */
export function boundedRecord<T extends v.RecordSchema<v.GenericSchema<string>, v.GenericSchema, undefined>>(record: T, max: number) {
  const limit = v.maxEntries<Record<string, unknown>, number>(max);
  const base = v.pipe(record as v.GenericSchema<Record<string, unknown>>, limit);
  return {
    ...base,
    '~run'(dataset, config) {
      const value = (dataset as { value: unknown }).value;
      if (!isPlainObject(value) || Object.keys(value).length <= max) return base['~run'](dataset, config);
      return { ...limit['~run']({ typed: true, value }, config), typed: false } as never;
    },
  } as typeof base;
}

const OBJECT_TYPES = new Set(['object', 'loose_object', 'strict_object', 'object_with_rest', 'record']);
const refusing = new WeakSet<object>();

/**
 * valibot's object and record schemas take an array for an object (and then report its missing
 * members at paths that do not exist, like `/columns/0/id` for `columns: [[]]`); JSON Schema's
 * `type: "object"` does not. Makes every object and record schema inside `schema` refuse an
 * array with one issue at the array's own path — in place, once per schema — so every model's
 * validation agrees with the published schemas. `checkDocument` and `checkOperation` call it.
 */
export function refuseArrays(schema: v.GenericSchema): void {
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown> | null;
    if (!node || typeof node !== 'object' || refusing.has(node)) continue;
    refusing.add(node);
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (node.kind === 'schema' && OBJECT_TYPES.has(node.type as string)) {
      const run = node['~run'] as (this: unknown, dataset: { value: unknown }, config: v.Config<v.BaseIssue<unknown>>) => unknown;
      node['~run'] = function (this: v.GenericSchema, dataset: { value: unknown }, config: v.Config<v.BaseIssue<unknown>>) {
        if (Array.isArray(dataset.value)) {
          v._addIssue(this as never, 'type', dataset as never, config);
          return dataset;
        }
        return run.call(this, dataset, config);
      };
    }
    for (const key of ['entries', 'options', 'item', 'wrapped', 'pipe', 'key', 'value', 'rest']) {
      const child = node[key];
      if (child && typeof child === 'object') stack.push(...(key === 'entries' ? Object.values(child) : [child]));
    }
  }
}

const typeOfOption = (option: v.GenericSchema): 'string' | 'object' | null => (option.type === 'string' ? 'string' : OBJECT_TYPES.has(option.type) ? 'object' : null);

/**
 * valibot's `union`, except that a string or a plain object first tries only the options of its
 * own type: a multilingual text (an object) no longer fails the string option first (building an
 * issue valibot then throws away) on every title of a document. An accepted value gives what the
 * union gives. When no option of the value's type accepts it and there is exactly one such option, its own issues (with
 * their paths inside the value) stand; with none or several, the whole union runs as before.
 * Still a `union` schema, so the JSON Schema conversion is unchanged.
 */
export function typedUnion<const TOptions extends v.UnionOptions>(options: TOptions): v.UnionSchema<TOptions, undefined> {
  const base = v.union(options);
  const kinds = options.map(typeOfOption);
  return {
    ...base,
    '~run'(dataset, config) {
      const value = dataset.value;
      const kind = typeof value === 'string' ? 'string' : value !== null && typeof value === 'object' && !Array.isArray(value) ? 'object' : null;
      if (kind !== null) {
        let only;
        for (let i = 0; i < options.length; i++) {
          if (kinds[i] !== kind) continue;
          // The options skipped cannot take a value of another type, so the first option of this
          // type that accepts the value is the one the whole union would return.
          const result = options[i]['~run']({ value }, config);
          if (result.typed && !result.issues) return result as never;
          only = only === undefined ? result : null;
        }
        // The one option of its type refused it: its own issues, where the whole union's would say
        // "Expected (string | Object) but received Object" at the text (`{ nb: 'Mandag', ar: null }`
        // now reads "Expected string but received null" at …/title/ar).
        if (only) return only as never;
      }
      return base['~run'].call(this, dataset, config);
    },
  };
}

/**
 * valibot's `maxCodePoints`, except that a string of at most `max` UTF-16 code units (nearly
 * every one) is not counted: it cannot have more code points than code units. Same issues, same
 * JSON Schema (`maxLength`).
 */
export function maxCodePoints<TRequirement extends number>(max: TRequirement, message?: string): v.MaxCodePointsAction<string, TRequirement, string | undefined> {
  const base = v.maxCodePoints<string, TRequirement, string | undefined>(max, message);
  return {
    ...base,
    '~run'(dataset, config) {
      if (dataset.typed && dataset.value.length <= max) return dataset;
      return base['~run'].call(this, dataset, config);
    },
  };
}

/** A string of at most `max` Unicode code points (JSON Schema `maxLength` counts code points too). */
export function boundedString(max: number, min = 0) {
  return min > 0 ? v.pipe(v.string(), v.minLength(min), maxCodePoints(max)) : v.pipe(v.string(), maxCodePoints(max));
}

export const idSchema = boundedString(200, 1);
/** A BCP 47 language tag ("nb", "ar", "ti-ER"): the keys of a multilingual text, a participant language. */
export const languageTagSchema = v.pipe(v.string(), v.regex(LOCALE_TAG, 'Expected a language tag such as "nb" or "ar"'));
const localeKey = languageTagSchema;
/**
 * How many languages one Text may hold (JSON Schema `maxProperties`): a Text is one word or
 * sentence in Norwegian and the participant's languages, a handful at most (the widgets' UI
 * speaks 8); 50 is far above any real text and keeps one Text under 250,000 code points.
 */
export const MAX_TEXT_LANGUAGES = 50;
/**
 * A string of at most 5,000 code points, or the same text by language tag with at most
 * {@link MAX_TEXT_LANGUAGES} entries: one entry more is one issue at the Text's JSON Pointer
 * ("Invalid entries: Expected <=50 but received 51"), found from the key count before any key or
 * string is read (as `boundedArray`).
 */
export const textSchema = typedUnion([boundedString(5000), boundedRecord(jsonRecord(localeKey, boundedString(5000)), MAX_TEXT_LANGUAGES)]);

/*
 * Fast checks: true only for a value the schema named certainly accepts, without valibot's
 * per-field pipeline (a year of 5,000 sessions, or 300 bilingual cards, spent most of their
 * validation there). False means "not certain": the schema runs and names the issue, so the
 * issues are always the schema's. `plainArraySchema` uses them.
 */

/** A JSON object (not an array, not null): what an object schema takes apart field by field. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `idSchema` (and a named pictogram): a string of 1–200 UTF-16 units (so at most 200 code points). */
export const isPlainId = (value: unknown): boolean => typeof value === 'string' && value.length >= 1 && value.length <= 200;

/**
 * `textSchema`: a string of at most 5,000 UTF-16 units (so at most 5,000 code points), or an
 * object of at most `MAX_TEXT_LANGUAGES` keys, each a locale tag and its value such a string.
 */
export function isPlainText(value: unknown): boolean {
  if (typeof value === 'string') return value.length <= 5000;
  if (!isPlainObject(value)) return false;
  let count = 0;
  for (const key in value) {
    const text = value[key];
    if (++count > MAX_TEXT_LANGUAGES) return false;
    if (typeof text !== 'string' || text.length > 5000 || !LOCALE_TAG.test(key)) return false;
  }
  return true;
}

/** `v.optional(textSchema)`: absent, or `isPlainText`. */
export const isPlainOptionalText = (value: unknown): boolean => value === undefined || isPlainText(value);

/**
 * True when `value` is an array of at most `max` items whose every element, holes included (a
 * hole reads as `undefined`, which no check accepts; `Array.prototype.every` would skip it),
 * passes `plain`.
 */
export function everyPlain(value: unknown, plain: (value: unknown) => boolean, max = Infinity): boolean {
  if (!Array.isArray(value) || value.length > max) return false;
  for (let i = 0; i < value.length; i++) if (!plain(value[i])) return false;
  return true;
}

/**
 * `v.array(item)` with a fast path: when every element is `plain` (one of the checks above, per
 * item), the array is accepted as it is; otherwise the full schema runs over it (same issues,
 * same paths). The schema's shape (`item`, `type`) is unchanged, so the published JSON Schema is
 * the same.
 */
export function plainArraySchema<T extends v.GenericSchema>(item: T, plain: (value: unknown) => boolean) {
  const base = v.array(item);
  return {
    ...base,
    '~run'(dataset, config) {
      const value = (dataset as { value: unknown }).value;
      if (everyPlain(value, plain)) {
        (dataset as { typed: boolean }).typed = true;
        return dataset as never;
      }
      return base['~run'](dataset, config);
    },
  } as typeof base;
}
/**
 * `array` (a `v.array` or {@link plainArraySchema}) holding at most `max` items, JSON Schema
 * `maxItems`. The length is looked at first, before any item: an array over the limit is one
 * issue at the array's own path ("Invalid length: Expected <=100 but received 8000"), found in
 * constant time, and its items are never validated (nor, by the element, drawn: a board of 8,000
 * columns took 16 s to its first frame). The limits are far above any real plan (contract §4).
 */
export function boundedArray<T extends v.ArraySchema<v.GenericSchema, undefined>>(array: T, max: number) {
  const limit = v.maxLength<unknown[], number>(max);
  const base = v.pipe(array as v.GenericSchema<unknown[]>, limit);
  return {
    ...base,
    '~run'(dataset, config) {
      const value = (dataset as { value: unknown }).value;
      if (!Array.isArray(value) || value.length <= max) return base['~run'](dataset, config);
      const out = limit['~run']({ typed: true, value }, config) as v.OutputDataset<unknown[], v.BaseIssue<unknown>>;
      return { ...out, typed: false } as never;
    },
  } as typeof base;
}
export const urlSchema = v.pipe(v.string(), maxCodePoints(2_000_000), v.regex(SAFE_URL, 'Expected an http(s), relative or data:image URL'));
export const pictogramSchema = typedUnion([
  boundedString(200, 1),
  v.looseObject({ src: urlSchema, alt: textSchema }),
]);
/** A recording's URL: http(s) or relative, or an inline `data:audio/…;base64,…` of at most 1,000,000 characters, the whole URL (contract §4). */
export const audioUrlSchema = v.union([
  // SAFE_URL without its data:image/ branch: an image is no recording (data: is the next branch's alone).
  v.pipe(v.string(), maxCodePoints(2_000_000), v.regex(/^(?:https?:\/\/|(?![A-Za-z][A-Za-z0-9+.-]*:))[^\u0000-\u0020\u007f\\]+$/)),
  v.pipe(v.string(), maxCodePoints(MAX_AUDIO_DATA_URL), v.regex(AUDIO_DATA_URL)),
  // The union's own message (the options' are never shown): without it a string that fits
  // neither reads "Invalid type: Expected string".
], 'Expected an http(s), relative or base64 data:audio URL of at most 1000000 characters');
export const audioSchema = jsonRecord(localeKey, audioUrlSchema);
export const dateSchema = v.pipe(v.string(), v.regex(DATE_PATTERN, 'Expected a calendar date YYYY-MM-DD'));
export const dateTimeSchema = v.pipe(v.string(), v.regex(DATE_TIME_PATTERN, 'Expected a local date-time YYYY-MM-DDTHH:mm on a calendar date'));
export const versionSchema = v.literal(DOCUMENT_VERSION);

/** True when `url` may be used as an image or audio source (same rule as the schema). */
export function isSafeUrl(url: unknown): url is string {
  return typeof url === 'string' && SAFE_URL.test(url);
}

const NEEDS_ESCAPE = /[~/]/;

/**
 * A JSON Pointer (RFC 6901) from path segments. A segment over 200 characters (a host's huge
 * object key) ends it at the object that holds the key, so an issue never carries it back whole.
 */
export function pointer(...segments: Array<string | number>): string {
  let out = '';
  for (const segment of segments) {
    const s = String(segment);
    if (s.length > 200) break;
    out += '/' + (NEEDS_ESCAPE.test(s) ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s);
  }
  return out;
}

const REAL_DAY_PREFIX = new RegExp(`^${DAY}`);

/**
 * True when `date` starts with `YYYY-MM-DD` (four-digit year; `YYYY-MM-DDTHH:mm` too) naming a
 * real calendar day, proleptic Gregorian (a looser pattern admits 2026-02-31); false for any
 * other shape. The same rule as {@link DATE_PATTERN}, tested without a Date or a substring
 * (validation calls it for every session).
 */
export function isRealDate(date: string): boolean {
  return REAL_DAY_PREFIX.test(date);
}

/** Records ids and reports the second use of one. */
export class IdRegistry {
  readonly #seen = new Map<string, string | (() => string)>();
  readonly issues: ValidationIssue[] = [];
  /**
   * Records `id` found at `path` (a JSON Pointer); a second use is an issue at its own path.
   * `path` may be a function giving the pointer, so a valid document (every id used once) never
   * builds one: `ids.add(session.id, () => pointer('sessions', i, 'id'))`.
   */
  add(id: string, path: string | (() => string)): void {
    const first = this.#seen.get(id);
    if (first === undefined) this.#seen.set(id, path);
    else {
      const at = (p: string | (() => string)): string => (typeof p === 'string' ? p : p());
      this.issues.push({ path: at(path), message: `Duplicate id "${id}" (first used at ${at(first)})` });
    }
  }
  has(id: string): boolean {
    return this.#seen.has(id);
  }
}

const MAX_ISSUES = 50;

export type JsonDataResult = { ok: true; value: unknown } | { ok: false; issues: ValidationIssue[] };

const isPrototypeKey = (key: string): boolean => key === '__proto__' || key === 'constructor' || key === 'prototype';

/**
 * The one rule every document and operation passes first (the models, `validateDocument`,
 * `applyOperation` and the elements all go through it): the input must be plain JSON data, and
 * what passes is copied into fresh objects, so nothing the host holds (getters, prototypes,
 * later mutations) reaches validation or rendering.
 *
 * - objects: plain (`Object.prototype` or null prototype), own enumerable string keys only; a
 *   key in {@link PROTOTYPE_KEYS} is an issue at its path; a property whose value is `undefined`
 *   is absent (as in `JSON.stringify`);
 * - arrays: no holes, no `undefined`;
 * - numbers finite (`1e999` parses to Infinity, which JSON cannot carry); strings; booleans; null;
 * - nothing else (functions, symbols, bigints, Dates, Maps, class instances);
 * - no cycles, at most {@link MAX_DEPTH} levels deep.
 *
 * One pass, linear in the input: each value is read once into the copy (an object's or array's
 * members all before any of them is visited, so a throwing getter stops the walk where it was),
 * then visited. The recursion stops at {@link MAX_DEPTH}, so a deeply nested input gives issues,
 * never a RangeError. Keys keep their order in the copy. At most 50 issues are reported.
 */
export function toJsonData(input: unknown): JsonDataResult {
  return walkJson(input, true);
}

/**
 * Inputs that are the caller's own fresh `JSON.parse` result (see {@link markFreshJson}): checked
 * in place, not copied again.
 */
const freshJson = new WeakSet<object>();

/**
 * Declares `value` a fresh `JSON.parse` result that only the caller holds and that nobody
 * mutates: {@link checkDocument} then checks the JSON data rule on it in place and returns it as
 * the document, instead of copying it once more. Only prototype-named keys and depth are looked
 * for (a parse result passes the rest by construction), and the full walker runs only to name
 * what that look found, so the issues are the same as for any other input. The elements use it
 * for the copy they make of every host value.
 */
export function markFreshJson(value: object): void {
  freshJson.add(value);
}

/**
 * True when a fresh `JSON.parse` result certainly passes the JSON data rule: JSON text cannot
 * carry a function, `undefined`, a hole, a non-finite number, a class instance or a cycle, so
 * only prototype-named keys (`JSON.parse` makes `"__proto__"` an own key) and nesting deeper than
 * {@link MAX_DEPTH} can fail. Looks for those two only, without the paths and copies of
 * {@link walkJson} (nearly half of a cold check of a year of 5,000 sessions went there). False
 * means "not certain": {@link walkJson} then runs and names the issues, so the result is
 * always the walker's.
 */
function freshJsonPasses(value: object, depth: number): boolean {
  if (depth >= MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null && !freshJsonPasses(item, depth + 1)) return false;
    }
    return true;
  }
  // A parse result's keys are all own and enumerable; an enumerable key a page added to
  // Object.prototype is visited too, which can only make this answer false, never wrongly true.
  for (const key in value) {
    if (isPrototypeKey(key)) return false;
    const member: unknown = (value as Record<string, unknown>)[key];
    if (typeof member === 'object' && member !== null && !freshJsonPasses(member, depth + 1)) return false;
  }
  return true;
}

function passesAsFreshJson(value: object): boolean {
  try {
    return freshJsonPasses(value, 0);
  } catch {
    return false; // a throwing getter a page put on Object.prototype: the walker reports it
  }
}

function walkJson(input: unknown, copy: boolean): JsonDataResult {
  const issues: ValidationIssue[] = [];
  // The path of the value being visited, and the objects on it (at most MAX_DEPTH: cheap to search).
  const path: Array<string | number> = [];
  const ancestors: object[] = [];
  const problem = (message: string, key?: string | number): void => {
    issues.push({ path: key === undefined ? pointer(...path) : pointer(...path, key), message });
  };
  /** The value's copy (the value itself when not copying); what it returns for a rejected value is never used. */
  const visit = (value: unknown, depth: number): unknown => {
    if (issues.length >= MAX_ISSUES) return undefined;
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value;
      case 'number':
        if (!Number.isFinite(value)) problem(`Expected a finite number, not ${String(value)}`);
        return value;
      case 'object':
        break;
      default:
        problem(`Expected JSON data, not a ${typeof value}`);
        return undefined;
    }
    if (value === null) return null;
    if (depth >= MAX_DEPTH) {
      problem(`Nested deeper than ${MAX_DEPTH} levels`);
      return undefined;
    }
    if (ancestors.includes(value)) {
      problem('Contains itself (a cycle is not JSON data)');
      return undefined;
    }
    if (Array.isArray(value)) {
      const length = value.length;
      // Read every item first (into the copy), reporting holes; then visit the items.
      const items: unknown[] = copy ? new Array<unknown>(length) : value;
      for (let i = 0; i < length; i++) {
        const item: unknown = value[i];
        if (item === undefined) {
          problem('Expected JSON data, not undefined (an array hole)', i);
          if (issues.length >= MAX_ISSUES) return undefined;
        } else if (copy) items[i] = item;
      }
      ancestors.push(value);
      for (let i = 0; i < length; i++) {
        const item = items[i];
        if (item === undefined) continue;
        path.push(i);
        const result = visit(item, depth + 1);
        if (copy) items[i] = result;
        path.pop();
      }
      ancestors.pop();
      return items;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      problem('Expected a plain object (JSON data)');
      return undefined;
    }
    const keys = Object.keys(value);
    for (const key of keys) {
      if (isPrototypeKey(key)) problem(`The key "${key}" is not allowed (it names a JavaScript prototype slot)`, key);
    }
    // Read every member first (into the copy), then visit them in key order.
    const members: Record<string, unknown> = copy ? {} : (value as Record<string, unknown>);
    if (copy) {
      for (const key of keys) {
        if (isPrototypeKey(key)) continue;
        const member = (value as Record<string, unknown>)[key];
        if (member !== undefined) members[key] = member;
      }
    }
    ancestors.push(value);
    for (const key of keys) {
      if (isPrototypeKey(key)) continue;
      const member = members[key];
      if (member === undefined) continue;
      path.push(key);
      const result = visit(member, depth + 1);
      if (copy) members[key] = result;
      path.pop();
    }
    ancestors.pop();
    return members;
  };
  let value: unknown;
  try {
    value = visit(input, 0);
  } catch (error) {
    // A throwing getter or proxy trap: the input cannot be read as data (at the value being read).
    const message = error instanceof Error ? error.message : String(error);
    issues.push({ path: pointer(...path), message: `Could not be read as JSON data: ${message}` });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

export type CheckResult<Doc> = { ok: true; document: Doc } | { ok: false; error: VkErrorDetail };

/**
 * Checks an unknown input against a document schema: version first (so a newer document gets
 * `unsupported-version`, not a list of schema complaints), then the JSON data rule
 * ({@link toJsonData}), then the schema, then cross-checks. The document returned is the fresh
 * copy that was checked, never the input object — unless the input is itself such a copy, made
 * by the caller and declared with {@link markFreshJson}: that one is checked in place and returned.
 */
export function checkDocument<Doc extends VersionedDocument>(
  schema: v.GenericSchema,
  input: unknown,
  crossCheck: (doc: Doc) => ValidationIssue[] = () => [],
): CheckResult<Doc> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('invalid-document', 'The document must be a JSON object', [{ path: '', message: 'Expected an object' }]);
  }
  const fresh = freshJson.has(input);
  const data: JsonDataResult = fresh && passesAsFreshJson(input) ? { ok: true, value: input } : walkJson(input, !fresh);
  if (!data.ok) {
    const version = readVersion(input);
    if (version !== undefined && version > DOCUMENT_VERSION) return unsupported(version);
    return fail('invalid-document', describe(data.issues), data.issues);
  }
  const copy = data.value as Record<string, unknown>;
  refuseArrays(schema);
  const version = readVersion(copy);
  if (version !== undefined && version > DOCUMENT_VERSION) return unsupported(version);
  const parsed = v.safeParse(schema, copy, { abortPipeEarly: true });
  if (!parsed.success) {
    const issues = parsed.issues.slice(0, MAX_ISSUES).map((issue) => ({
      path: pointer(...(issue.path ?? []).map((item) => item.key as string | number)),
      // JSON data holds no `undefined` (walkJson): received undefined is a key left out, which
      // valibot words as 'Invalid key: Expected "id" but received undefined'.
      message: shortMessage(issue.received === 'undefined' ? `Missing required property ${issue.expected}` : issue.message),
    }));
    return fail('invalid-document', describe(issues), issues);
  }
  const cross = crossCheck(copy as unknown as Doc).slice(0, MAX_ISSUES);
  if (cross.length > 0) return fail('invalid-document', describe(cross), cross);
  return { ok: true, document: copy as unknown as Doc };
}

function readVersion(input: object): number | undefined {
  try {
    const version = Object.hasOwn(input, 'version') ? (input as { version?: unknown }).version : undefined;
    return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
  } catch {
    return undefined;
  }
}

function unsupported<Doc>(version: number): CheckResult<Doc> {
  return fail('unsupported-version', `Document version ${version} is newer than this widget reads (${DOCUMENT_VERSION})`, [
    { path: '/version', message: `Unsupported version ${version}` },
  ]);
}

/**
 * A message of at most 300 characters (an issue's, and the error's own, which quotes the first
 * issue after its path): a type error quotes the value it received (`but received "…"`), and a
 * host's megabyte-long string must not come back whole in `vk-error` and the widget's error state.
 */
/** At most 300 UTF-16 units, cut before a lone surrogate half (an emoji is kept whole or left out). */
function shortMessage(message: string): string {
  return message.length > 300 ? `${message.slice(0, 299).replace(/[\uD800-\uDBFF]$/, '')}…` : message;
}

function describe(issues: ValidationIssue[]): string {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return shortMessage(`Invalid document at "${first.path}": ${first.message}${more}`);
}

function fail<Doc>(code: VkErrorDetail['code'], message: string, issues: ValidationIssue[]): CheckResult<Doc> {
  return { ok: false, error: { code, message, issues } };
}

/** What a host value that has no JSON document form is, for `jsonCopy`'s message: "function", "Map", "BigInt". */
function kindOf(value: unknown): string {
  try {
    return typeof value == 'object' && value ? Object.prototype.toString.call(value).slice(8, -1) : typeof value;
  } catch {
    return 'Object'; // a proxy's throw: its JSON copy then says what it can
  }
}

/**
 * A host's `value` as our own JSON data: JSON text (RFC 8259) is parsed, an object is copied by a
 * JSON round trip, and `text` is that copy's JSON text (the form value). Errors: `invalid-json`
 * (at path "") for text that does not parse; `invalid-document` for a value that is neither an
 * object nor text, naming what it is (a function, a symbol, a bigint; a Date, a Map and other
 * built-in objects, whose JSON form is no document), at path "", and for data with no JSON form
 * (a cycle, a BigInt inside), with the engine's words. A class instance is taken in its JSON form (contract §5).
 */
export function jsonCopy(input: unknown): { ok: true; value: unknown; text: string } | { ok: false; error: VkErrorDetail } {
  let source = input;
  if (typeof input === 'string') {
    try {
      source = JSON.parse(input);
    } catch (e) {
      // "[object Object]": an object was written as an attribute (React 18, Vue without `.prop`): say what to do.
      const message = /^\[object \w+\]$/.test(input)
        ? `${input}: an object was set as the attribute; set the value property instead`
        : e instanceof Error ? e.message : String(e);
      return { ok: false, error: { code: 'invalid-json', message: shortMessage(`Not valid JSON: ${message}`), issues: [{ path: '', message: shortMessage(message) }] } };
    }
  }
  const kind = source === null ? 'null' : kindOf(source);
  const must = `The value must be a JSON document (an object) or JSON text, not: ${kind}`;
  // Not text, nor a document in its JSON form: nothing (a function, a symbol), a string (a Date), `{}` (a Map), or a throw (a bigint).
  if (!/^(Object|Array|number|boolean|string|null)$/.test(kind)) return notJson(must);
  // A JSON copy, for JSON text too (so `1e999`, which parses to Infinity, becomes null exactly as it would in an object):
  // the host's object is never mutated, later host mutations never reach us, and every event detail survives a JSON round trip.
  try {
    const text = JSON.stringify(source);
    // `undefined`: a `toJSON` that gives nothing (as a function's JSON form).
    return text === undefined ? notJson(must) : { ok: true, value: JSON.parse(text), text };
  } catch (e) {
    // A cycle or a BigInt inside: the engine's words (they name the property), on one line.
    return notJson(`Not JSON data: ${(e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, ' ')}`);
  }
}

/** `jsonCopy`'s `invalid-document`, at path "". */
function notJson(message: string): { ok: false; error: VkErrorDetail } {
  message = shortMessage(message);
  return { ok: false, error: { code: 'invalid-document', message, issues: [{ path: '', message }] } };
}

/** Deep equality of two JSON values (object key order ignored). */
export function deepEqualJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqualJson(x, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && deepEqualJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
