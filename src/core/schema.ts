/**
 * Schema building blocks shared by every document (contract.md §4), written once in valibot so the
 * same source gives runtime validation and the published JSON Schema (scripts/schemas.mjs).
 * Only actions that convert to JSON Schema are used here; checks JSON Schema cannot express
 * (unique ids, references, real calendar dates) live in each model's `crossCheck`.
 */
import * as v from 'valibot';
import type { ValidationIssue, VersionedDocument } from './types.js';
import type { VkErrorDetail } from './events.js';

/** The only document version this release reads. */
export const DOCUMENT_VERSION = 1;

const LOCALE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** http(s), data:image/…, or a relative URL (no scheme); no whitespace or control characters anywhere. */
export const SAFE_URL = /^(?:https?:\/\/|data:image\/|(?![A-Za-z][A-Za-z0-9+.-]*:))[^\u0000-\u0020\u007f\\]+$/;
export const DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
export const DATE_TIME_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d$/;

export const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
export const textSchema = v.union([
  v.pipe(v.string(), v.maxLength(5000)),
  v.record(v.pipe(v.string(), v.regex(LOCALE_TAG)), v.pipe(v.string(), v.maxLength(5000))),
]);
export const urlSchema = v.pipe(v.string(), v.maxLength(2_000_000), v.regex(SAFE_URL, 'Expected an http(s), relative or data:image URL'));
export const pictogramSchema = v.union([
  v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  v.looseObject({ src: urlSchema, alt: textSchema }),
]);
export const audioSchema = v.record(v.pipe(v.string(), v.regex(LOCALE_TAG)), urlSchema);
export const dateSchema = v.pipe(v.string(), v.regex(DATE_PATTERN, 'Expected a date YYYY-MM-DD'));
export const dateTimeSchema = v.pipe(v.string(), v.regex(DATE_TIME_PATTERN, 'Expected a local date-time YYYY-MM-DDTHH:mm'));
export const versionSchema = v.literal(DOCUMENT_VERSION);

/** True when `url` may be used as an image or audio source (same rule as the schema). */
export function isSafeUrl(url: unknown): url is string {
  return typeof url === 'string' && SAFE_URL.test(url);
}

/** A JSON Pointer (RFC 6901) from path segments. */
export function pointer(...segments: Array<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** True when `date` is a real calendar day (the pattern alone admits 2026-02-31). */
export function isRealDate(date: string): boolean {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Records ids and reports the second use of one. */
export class IdRegistry {
  readonly #seen = new Map<string, string>();
  readonly issues: ValidationIssue[] = [];
  add(id: string, path: string): void {
    const first = this.#seen.get(id);
    if (first !== undefined) this.issues.push({ path, message: `Duplicate id "${id}" (first used at ${first})` });
    else this.#seen.set(id, path);
  }
  has(id: string): boolean {
    return this.#seen.has(id);
  }
}

const MAX_ISSUES = 50;

export type CheckResult<Doc> = { ok: true; document: Doc } | { ok: false; error: VkErrorDetail };

/**
 * Checks an unknown input against a document schema: version first (so a newer document gets
 * `unsupported-version`, not a list of schema complaints), then the schema, then cross-checks.
 */
export function checkDocument<Doc extends VersionedDocument>(
  schema: v.GenericSchema,
  input: unknown,
  crossCheck: (doc: Doc) => ValidationIssue[] = () => [],
): CheckResult<Doc> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('invalid-document', 'The document must be a JSON object', [{ path: '', message: 'Expected an object' }]);
  }
  const version = (input as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > DOCUMENT_VERSION) {
    return fail('unsupported-version', `Document version ${version} is newer than this widget reads (${DOCUMENT_VERSION})`, [
      { path: '/version', message: `Unsupported version ${version}` },
    ]);
  }
  const parsed = v.safeParse(schema, input, { abortPipeEarly: true });
  if (!parsed.success) {
    const issues = parsed.issues.slice(0, MAX_ISSUES).map((issue) => ({
      path: pointer(...(issue.path ?? []).map((item) => item.key as string | number)),
      message: issue.message,
    }));
    return fail('invalid-document', describe(issues), issues);
  }
  const cross = crossCheck(input as Doc).slice(0, MAX_ISSUES);
  if (cross.length > 0) return fail('invalid-document', describe(cross), cross);
  return { ok: true, document: input as Doc };
}

function describe(issues: ValidationIssue[]): string {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `Invalid document at "${first.path}": ${first.message}${more}`;
}

function fail<Doc>(code: VkErrorDetail['code'], message: string, issues: ValidationIssue[]): CheckResult<Doc> {
  return { ok: false, error: { code, message, issues } };
}

/** Parses a JSON string into a document check, reporting `invalid-json` at path "". */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: VkErrorDetail } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { code: 'invalid-json', message: `Not valid JSON: ${message}`, issues: [{ path: '', message }] } };
  }
}
