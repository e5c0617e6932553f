// Validation that cannot be walked around (issue 13): one JSON data rule in core, used by every
// model, by validateDocument and applyOperation, and by the elements.
import { expect } from '@open-wc/testing';
import { applyOperation, validateDocument, type KnownKind } from '../../src/documents.js';
import { MAX_DEPTH, isRealDate, markFreshJson, toJsonData } from '../../src/core/schema.js';
import { checkStepsDocument } from '../../src/step-tracker/step-tracker.model.js';
import { applyChanges, previousFields } from '../../src/core/model.js';
import { invertPlanOperation } from '../../src/plan-board/plan-board.model.js';
import { createAminaPlan, createLadder, createWorkOrientedCourseSteps } from '../../src/presets/index.js';
import { samples, type Json } from './preset-samples.js';

/** Path of one Text, one Audio (if the kind has one) and one host-field object in each sample. */
const textPath: Record<KnownKind, Array<string | number>> = {
  steps: ['steps', 0, 'title'],
  plan: ['cards', 0, 'title'],
  ladder: ['phases', 0, 'tasks', 0, 'title'],
  schedule: ['courses', 0, 'title'],
};

function at(doc: Json, path: Array<string | number>): Json {
  let node: unknown = doc;
  for (const key of path) node = (node as Json)[key as string];
  return node as Json;
}
function setAt(doc: Json, path: Array<string | number>, value: unknown): Json {
  const parent = at(doc, path.slice(0, -1));
  parent[path[path.length - 1] as string] = value;
  return doc;
}
function deep(levels: number): unknown {
  let node: unknown = 'leaf';
  for (let i = 0; i < levels; i++) node = { next: node };
  return node;
}

describe('the JSON data rule (core/schema toJsonData)', () => {
  it('copies plain JSON data and shares nothing with the input', () => {
    const input = { a: [1, 'x', true, null, { b: 2 }] };
    const result = toJsonData(input);
    expect(result).to.deep.equal({ ok: true, value: input });
    expect((result as { value: Json }).value).not.to.equal(input);
    expect(((result as { value: Json }).value.a as unknown[])[4]).not.to.equal(input.a[4]);
  });

  it('rejects prototype-named keys at their path, at any depth', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const input = JSON.parse(`{"a":{"b":[{"${key}":1}]}}`);
      expect(toJsonData(input), key).to.deep.include({ ok: false });
      expect((toJsonData(input) as { issues: Array<{ path: string }> }).issues[0].path).to.equal(`/a/b/0/${key}`);
    }
  });

  it('rejects what JSON cannot carry: Infinity, NaN, functions, symbols, bigints, class instances, holes, cycles', () => {
    const cyclic: Json = { a: 1 };
    cyclic.self = cyclic;
    // eslint-disable-next-line no-sparse-arrays
    for (const bad of [{ n: Infinity }, { n: NaN }, { f: () => 1 }, { s: Symbol('x') }, { b: 1n }, { d: new Date(0) }, { m: new Map() }, { h: [1, , 3] }, { u: [undefined] }, cyclic]) {
      expect(toJsonData(bad).ok, JSON.stringify(Object.keys(bad))).to.equal(false);
    }
  });

  it('treats an undefined property as absent, as JSON.stringify does', () => {
    expect(toJsonData({ a: 1, b: undefined })).to.deep.equal({ ok: true, value: { a: 1 } });
  });

  it(`limits nesting to ${MAX_DEPTH} levels without recursing (100,000 levels give an issue, not a RangeError)`, () => {
    expect(toJsonData(deep(MAX_DEPTH)).ok).to.equal(true);
    expect(toJsonData(deep(MAX_DEPTH + 1)).ok).to.equal(false);
    const result = toJsonData(deep(100_000));
    expect(result.ok).to.equal(false);
  });

  it('reads each getter once and reports one that throws', () => {
    let reads = 0;
    const input = {
      get a() {
        reads++;
        return 1;
      },
    };
    expect(toJsonData(input)).to.deep.equal({ ok: true, value: { a: 1 } });
    expect(reads).to.equal(1);
    const throwing = {
      get a(): number {
        throw new Error('no');
      },
    };
    expect(toJsonData(throwing).ok).to.equal(false);
  });
});

for (const kind of ['steps', 'plan', 'ladder', 'schedule'] as KnownKind[]) {
  describe(`validateDocument('${kind}') cannot be walked around`, () => {
    it('the sample is valid', () => {
      expect(validateDocument(kind, samples[kind]())).to.deep.equal({ ok: true });
    });

    for (const key of ['__proto__', 'constructor', 'prototype']) {
      it(`rejects "${key}" in a Text, with the issue at its path`, () => {
        const doc = samples[kind]();
        const text = JSON.parse(`{"nb":"x","${key}":{"_$litType$":1,"strings":["x"],"values":[]}}`);
        setAt(doc, textPath[kind], text);
        const result = validateDocument(kind, doc);
        expect(result.ok).to.equal(false);
        expect((result as { issues: Array<{ path: string }> }).issues[0].path).to.equal(`/${textPath[kind].join('/')}/${key}`);
      });

      it(`rejects "${key}" in a host field`, () => {
        const doc = samples[kind]();
        doc.hostData = JSON.parse(`{"deep":{"${key}":5}}`);
        const result = validateDocument(kind, doc);
        expect(result.ok).to.equal(false);
        expect((result as { issues: Array<{ path: string }> }).issues[0].path).to.equal(`/hostData/deep/${key}`);
      });
    }

    it('rejects a Lit-template-shaped Text and an empty array as a Text', () => {
      for (const bad of [{ _$litType$: 1, strings: ['x'], values: [] }, [], ['x']]) {
        expect(validateDocument(kind, setAt(samples[kind](), textPath[kind], bad)).ok, JSON.stringify(bad)).to.equal(false);
      }
    });

    it('counts string length in code points, as JSON Schema does (5000 emoji fit a Text, 5001 do not)', () => {
      expect(validateDocument(kind, setAt(samples[kind](), textPath[kind], '😀'.repeat(5000))).ok).to.equal(true);
      expect(validateDocument(kind, setAt(samples[kind](), textPath[kind], '😀'.repeat(5001))).ok).to.equal(false);
      expect(validateDocument(kind, setAt(samples[kind](), textPath[kind], { nb: '😀'.repeat(5001) })).ok).to.equal(false);
    });

    it('rejects non-JSON numbers anywhere (Infinity from 1e999)', () => {
      const doc = JSON.parse(JSON.stringify(samples[kind]()).replace(/^\{/, '{"hostNumber":1e999,'));
      expect(doc.hostNumber).to.equal(Infinity);
      const result = validateDocument(kind, doc);
      expect(result).to.deep.equal({ ok: false, issues: [{ path: '/hostNumber', message: 'Expected a finite number, not Infinity' }] });
    });

    it('ignores inherited properties: a document whose fields live on its prototype is not a document', () => {
      const doc = Object.create(samples[kind]());
      expect(validateDocument(kind, doc).ok).to.equal(false);
    });
  });
}

describe('dates are checked the same way as the published schema', () => {
  it('years 0000–0099 are ordinary years (proleptic Gregorian; 0000 is a leap year)', () => {
    expect(isRealDate('0000-02-29')).to.equal(true);
    expect(isRealDate('0001-02-29')).to.equal(false);
    expect(isRealDate('0099-12-31')).to.equal(true);
    expect(isRealDate('0004-02-29')).to.equal(true);
    expect(isRealDate('0100-02-29')).to.equal(false);
    const doc = createWorkOrientedCourseSteps() as unknown as { steps: Array<{ due?: string }> };
    doc.steps[0].due = '0042-06-30';
    expect(validateDocument('steps', doc)).to.deep.equal({ ok: true });
    doc.steps[0].due = '0042-06-31';
    expect(validateDocument('steps', doc).ok).to.equal(false);
  });
});

describe('a fresh JSON copy (markFreshJson) is checked in place by the same rule', () => {
  const fresh = (text: string): Json => {
    const value = JSON.parse(text) as Json;
    markFreshJson(value);
    return value;
  };
  const steps = (): Json => createWorkOrientedCourseSteps() as unknown as Json;

  it('a valid copy is the document itself (no second copy); an unmarked one is copied', () => {
    const text = JSON.stringify(steps());
    const marked = fresh(text);
    const checked = checkStepsDocument(marked);
    expect(checked.ok).to.equal(true);
    expect((checked as { document: unknown }).document).to.equal(marked);
    const unmarked = JSON.parse(text);
    const copied = checkStepsDocument(unmarked);
    expect((copied as { document: unknown }).document).to.deep.equal(unmarked);
    expect((copied as { document: unknown }).document).not.to.equal(unmarked);
  });

  it('still rejects prototype-named keys (JSON.parse makes "__proto__" an own key) and deep nesting, at their paths', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const doc = steps();
      const text = JSON.stringify(doc).replace('"steps":[{', `"steps":[{"${key}":{"x":1},`);
      const result = checkStepsDocument(fresh(text));
      expect(result.ok, key).to.equal(false);
      expect((result as { error: { issues: Array<{ path: string }> } }).error.issues[0].path, key).to.equal(`/steps/0/${key}`);
    }
    const tooDeep = { ...steps(), host: deep(MAX_DEPTH + 2) };
    const result = checkStepsDocument(fresh(JSON.stringify(tooDeep)));
    expect(result.ok).to.equal(false);
    expect((result as { error: { issues: Array<{ message: string }> } }).error.issues[0].message).to.contain('deeper');
  });
});

describe('applyOperation cannot be walked around', () => {
  it('"__proto__" in changes is a TypeError and never replaces a prototype', () => {
    const doc = createAminaPlan();
    const changes = JSON.parse('{"__proto__":{"polluted":true}}');
    expect(() => applyOperation('plan', doc, { type: 'card.update', cardId: doc.cards[0].id, changes })).to.throw(TypeError, '__proto__');
    expect(() => applyChanges({ id: 'a' }, changes, 'x')).to.throw(TypeError);
    expect(({} as Json).polluted).to.equal(undefined);
  });

  it('an inverse holds only own values: undoing an update never puts the built-in Object into changes', () => {
    const doc = createAminaPlan();
    expect(previousFields({ id: 'a' }, { note: 'x', toString: 'y' })).to.deep.equal({ note: null, toString: null });
    const inverse = invertPlanOperation(doc, { type: 'card.update', cardId: doc.cards[0].id, changes: { hasOwnProperty: 'x' } as never });
    expect(JSON.parse(JSON.stringify(inverse))).to.deep.equal(inverse);
    expect((inverse as { changes: Json }).changes.hasOwnProperty).to.equal(null);
  });

  it('a deeply nested host field in log.add is a TypeError, not a RangeError', () => {
    const doc = createLadder('care');
    const taskId = doc.phases[0].tasks[0].id;
    const entry = { date: '2026-03-01', by: 'mentor', extra: deep(200_000) };
    expect(() => applyOperation('ladder', doc, { type: 'log.add', taskId, entry } as never)).to.throw(TypeError);
  });

  it('throws only TypeError for a hostile document (a throwing getter)', () => {
    const doc = {
      version: 1,
      get steps(): never {
        throw new RangeError('boom');
      },
    };
    expect(() => applyOperation('steps', doc as never, { type: 'step.status', stepId: 's', from: 'done', to: 'done' })).to.throw(TypeError);
  });

  it('returns fresh JSON data that shares nothing with the input', () => {
    const doc = createAminaPlan();
    const card = doc.cards[0];
    const next = applyOperation('plan', doc, { type: 'card.done', cardId: card.id, done: true });
    expect(JSON.parse(JSON.stringify(next))).to.deep.equal(next);
    expect(next.cards[1]).not.to.equal(doc.cards[1]);
  });
});

describe('Text resolution reads only the Text\'s own entries', () => {
  it('a page or element language named like an Object.prototype member never reads the prototype', async () => {
    const { resolveText, textIn } = await import('../../src/core/text.js');
    for (const lang of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(resolveText({ nb: 'Norskkurs', ar: 'دورة' }, lang)).to.equal('Norskkurs');
      expect(textIn({ nb: 'Norskkurs' }, lang)).to.equal(undefined);
    }
  });
});
