// A fresh JSON.parse result declared with markFreshJson takes a shorter path through
// checkDocument (a lean look for prototype-named keys and depth, and the full walker only when
// that look is not certain). These tests hold it to the same answer as the full walk of an
// unmarked copy: the same ok, the same vk-error code, message and JSON Pointers.
import { expect } from '@open-wc/testing';
import { MAX_DEPTH, markFreshJson, type CheckResult } from '../../src/core/schema.js';
import { checkScheduleDocument } from '../../src/course-calendar/course-calendar.model.js';
import { checkPlanDocument } from '../../src/plan-board/plan-board.model.js';
import { checkStepsDocument } from '../../src/step-tracker/step-tracker.model.js';
import { checkLadderDocument } from '../../src/task-ladder/task-ladder.model.js';
import { createAminaPlan, createInnherredSchedule, createLadder, createWorkOrientedCourseSteps } from '../../src/presets/index.js';

type Json = Record<string, unknown>;
const kinds: Array<{ kind: string; check: (input: unknown) => CheckResult<unknown>; sample: () => Json; list: string }> = [
  { kind: 'schedule', check: checkScheduleDocument as never, sample: () => createInnherredSchedule() as unknown as Json, list: 'sessions' },
  { kind: 'plan', check: checkPlanDocument as never, sample: () => createAminaPlan() as unknown as Json, list: 'cards' },
  { kind: 'steps', check: checkStepsDocument as never, sample: () => createWorkOrientedCourseSteps() as unknown as Json, list: 'steps' },
  { kind: 'ladder', check: checkLadderDocument as never, sample: () => createLadder('care', { participantLanguage: 'ar' }) as unknown as Json, list: 'phases' },
];

/** `levels` objects nested in each other, the innermost holding `leaf`. */
function nested(levels: number, leaf: unknown = 'leaf'): unknown {
  let node: unknown = leaf;
  for (let i = 0; i < levels; i++) node = i % 2 ? { next: node } : [node];
  return node;
}

/** Both answers for one JSON text: the marked parse result's and an unmarked parse result's. */
function both(check: (input: unknown) => CheckResult<unknown>, text: string): { fresh: CheckResult<unknown>; copied: CheckResult<unknown> } {
  const marked = JSON.parse(text) as object;
  markFreshJson(marked);
  return { fresh: check(marked), copied: check(JSON.parse(text)) };
}

function expectSame(check: (input: unknown) => CheckResult<unknown>, text: string, label: string): CheckResult<unknown> {
  const { fresh, copied } = both(check, text);
  expect(fresh.ok, label).to.equal(copied.ok);
  if (!fresh.ok && !copied.ok) expect(fresh.error, label).to.deep.equal(copied.error);
  else if (fresh.ok && copied.ok) expect(fresh.document, label).to.deep.equal(copied.document);
  return fresh;
}

describe('a marked fresh JSON copy gets the same answer as the full walk', () => {
  for (const { kind, check, sample, list } of kinds) {
    it(`${kind}: valid documents, prototype-named keys anywhere, and data that only looks like them`, () => {
      const valid = JSON.stringify(sample());
      expect(expectSame(check, valid, 'valid').ok).to.equal(true);
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        // At the top, inside the first list item, deep in a host field, and twice (two issues).
        const top = valid.replace('{', `{"${key}":1,`);
        const item = valid.replace(`"${list}":[{`, `"${list}":[{"${key}":{"x":1},`);
        const host = valid.replace('{', `{"host":{"a":[{"b":{"${key}":null}}]},`);
        const twice = valid.replace('{', `{"${key}":1,"host":{"${key}":2},`);
        for (const [where, text] of Object.entries({ top, item, host, twice })) {
          const result = expectSame(check, text, `${key} ${where}`);
          expect(result.ok, `${key} ${where}`).to.equal(false);
        }
        // The name as a value or inside a longer key is data like any other.
        expect(expectSame(check, valid.replace('{', `{"host":["${key}",{"x${key}":"${key}"}],`), `${key} as data`).ok).to.equal(true);
      }
    });

    it(`${kind}: nesting up to the limit passes, one level more is an issue at its path`, () => {
      const valid = JSON.stringify(sample());
      // The document is level 0 and its "host" member level 1: MAX_DEPTH - 1 more containers fit.
      for (const levels of [MAX_DEPTH - 2, MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 5]) {
        const text = valid.replace('{', `{"host":${JSON.stringify(nested(levels))},`);
        const result = expectSame(check, text, `${levels} levels`);
        expect(result.ok, `${levels} levels`).to.equal(levels <= MAX_DEPTH - 1);
      }
      // Deep in the list items too, and a deep container that is empty.
      for (const leaf of ['x', [], {}]) {
        const text = valid.replace(`"${list}":[{`, `"${list}":[{"host":${JSON.stringify(nested(MAX_DEPTH, leaf))},`);
        expect(expectSame(check, text, `deep item ${JSON.stringify(leaf)}`).ok).to.equal(false);
      }
    });
  }
});
