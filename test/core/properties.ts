// The properties behind test/core/properties.test.ts (a few hundred seeded cases per widget in
// `npm test`) and `npm run fuzz` (10,000 per widget). Each run prints one line
// "<name>: N cases: N passed, N failed (seed S)"; a failure also prints fast-check's report with
// the seed and path that replay it.
import fc from 'fast-check';
import { validateDocument, type KnownKind } from '../../src/documents.js';
import { deepEqualJson } from '../../src/core/schema.js';
import type { DocumentModel } from '../../src/core/document-model.js';
import { stepsModel } from '../../src/step-tracker/step-tracker.model.js';
import { planModel } from '../../src/plan-board/plan-board.model.js';
import { ladderModel } from '../../src/task-ladder/task-ladder.model.js';
import { scheduleModel } from '../../src/course-calendar/course-calendar.model.js';
import { hostileDocument, json, pointerExists, tags, validDocument, type Json } from './arbitraries.js';
import { prng, randomOperation } from './operations.js';

export const models: Record<KnownKind, DocumentModel<Json, Json>> = { steps: stepsModel, plan: planModel, ladder: ladderModel, schedule: scheduleModel };
export const seeds: Record<KnownKind, number> = { steps: 13_001, plan: 13_002, ladder: 13_003, schedule: 13_004 };

export interface Outcome {
  name: string;
  passed: number;
  failed: number;
  report: string | null;
}

/** Runs a property, prints its count line, and returns the outcome (the caller asserts). */
export async function run(name: string, property: fc.IProperty<Json> | fc.IAsyncProperty<Json>, numRuns: number, seed: number): Promise<Outcome> {
  const details = await fc.check(property as fc.IAsyncProperty<Json>, { numRuns, seed, endOnFailure: false });
  const failed = details.failed ? 1 : 0;
  const passed = details.failed ? details.numRuns - 1 : details.numRuns;
  console.log(`${name}: ${numRuns} cases: ${passed} passed, ${failed} failed (seed ${details.seed})`);
  const report = details.failed ? `${fc.defaultReportMessage(details) ?? 'failed'}\nError: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}` : null;
  if (report) console.log(report);
  return { name, passed, failed, report };
}

function fail(message: string, data: Record<string, unknown>): never {
  throw new Error(`${message}\n${JSON.stringify(data, null, 1).slice(0, 4000)}`);
}

/**
 * Operation sequences on a valid document: every operation either throws a TypeError (it does
 * not fit) or gives a JSON-stable valid document whose inverse is JSON data and undoes it
 * exactly (deep-equal, absent fields absent), and redo gives the same document again.
 */
export function operationProperty(kind: KnownKind): fc.IProperty<[Json, number, number]> {
  const model = models[kind];
  return fc.property(validDocument[kind], fc.integer(), fc.integer({ min: 1, max: 12 }), (start: Json, seed: number, steps: number) => {
    const r = prng(seed);
    let doc = model.check(start).ok ? (model.check(start) as { document: Json }).document : fail('generated document invalid', { start, issues: validateDocument(kind, start) });
    for (let step = 0; step < steps; step++) {
      const operation = randomOperation(kind, doc, r);
      let after: Json;
      let inverse: Json;
      try {
        inverse = model.invert(doc, operation);
        after = model.apply(doc, operation);
      } catch (error) {
        if (error instanceof TypeError) continue;
        fail(`apply/invert threw ${(error as Error)?.name}, not TypeError`, { operation, error: String(error) });
      }
      if (!deepEqualJson(json(after), after)) fail('result is not JSON-stable', { operation, after });
      const valid = validateDocument(kind, after);
      if (!valid.ok) fail('result is invalid', { operation, issues: valid.issues });
      if (!deepEqualJson(json(inverse), inverse)) fail('inverse is not JSON data', { operation, inverse });
      let back: Json;
      try {
        back = model.apply(after, inverse);
      } catch (error) {
        fail('the inverse does not apply', { doc, operation, inverse, error: String(error) });
      }
      if (!deepEqualJson(back, doc)) fail('undo is not deep-equal to the document before', { doc, operation, inverse, back });
      const redo = model.apply(back, operation);
      if (!deepEqualJson(redo, after)) fail('redo is not deep-equal to the document after', { operation, after, redo });
      doc = after;
    }
    return true;
  });
}

/** Cross-reference rules JSON Schema cannot express (docs/contract.md "validateDocument-only rules"). */
export const validateDocumentOnly = [/^Duplicate id /, /^No column with id /, /^No course with id /, /^The end must be after the start$/];

/**
 * validateDocument ≡ the published JSON Schema: the same generated (valid and hostile) documents
 * are accepted by both or rejected by both, except where validateDocument's only issues are
 * validateDocument-only rules.
 */
export function schemaAgreementProperty(kind: KnownKind, schemaAccepts: (doc: Json) => { ok: boolean; errors: unknown }): fc.IProperty<[Json]> {
  return fc.property(fc.oneof(validDocument[kind], hostileDocument[kind]), (doc: Json) => {
    const ours = validateDocument(kind, doc);
    const theirs = schemaAccepts(doc);
    if (ours.ok === theirs.ok) return true;
    if (!ours.ok && theirs.ok && ours.issues.every((issue) => validateDocumentOnly.some((rule) => rule.test(issue.message)))) return true;
    return fail('validateDocument and the JSON Schema disagree', { doc, validateDocument: ours, ajv: theirs.errors });
  });
}

type Widget = HTMLElement & { value: unknown; error: unknown; updateComplete: Promise<unknown> };

/**
 * Documents through the element's `value`, as objects and as JSON text: a valid one renders
 * without error and becomes the value; an invalid one fires exactly one `vk-error` whose paths
 * exist in the input, and the last valid document stays the value and stays on screen.
 */
export function documentProperty(kind: KnownKind, el: Widget, good: Json): fc.IAsyncProperty<[Json, boolean]> {
  return fc.asyncProperty(fc.oneof(validDocument[kind], hostileDocument[kind]), fc.boolean(), async (input: Json, asText: boolean) => {
    el.value = good;
    await el.updateComplete;
    const before = el.value;
    const errors: Array<{ issues: Array<{ path: string }> }> = [];
    const uncaught: unknown[] = [];
    const onError = (e: Event): void => void errors.push((e as CustomEvent).detail);
    const onUncaught = (e: ErrorEvent): void => void uncaught.push(e.error ?? e.message);
    el.addEventListener('vk-error', onError);
    window.addEventListener('error', onUncaught);
    try {
      el.value = asText ? JSON.stringify(input) : input;
      await el.updateComplete;
    } catch (error) {
      fail(`<${tags[kind]}> threw`, { input, error: String(error) });
    } finally {
      el.removeEventListener('vk-error', onError);
      window.removeEventListener('error', onUncaught);
    }
    if (uncaught.length > 0) fail(`<${tags[kind]}> raised an uncaught error`, { input, errors: uncaught.map(String) });
    const state = el.shadowRoot?.querySelector('[part="empty"]')?.getAttribute('data-state');
    if (validateDocument(kind, input).ok) {
      if (errors.length > 0) fail('valid but rejected', { input, errors });
      if (!deepEqualJson(el.value, json(input))) fail('valid but not the value', { input, value: el.value });
      if (state) fail('valid but the empty/error state is shown', { input, state });
    } else {
      if (errors.length !== 1) fail(`invalid: expected exactly one vk-error, got ${errors.length}`, { input, errors });
      for (const issue of errors[0].issues) if (!pointerExists(input, issue.path)) fail(`issue path ${issue.path} is not in the input`, { input, issues: errors[0].issues });
      if (el.value !== before) fail('the last valid document was replaced', { input });
      if (state) fail('the last valid document is no longer on screen', { input, state });
    }
    if ((window as { __pwned?: unknown }).__pwned !== undefined || ({} as { polluted?: unknown }).polluted !== undefined) fail('host data executed or polluted a prototype', { input });
    return true;
  });
}
