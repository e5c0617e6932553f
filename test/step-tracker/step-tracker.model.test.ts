import { expect } from '@open-wc/testing';
import { applyOperation, validateDocument } from '../../src/documents.js';
import { applyStepsOperation, currentStepIndex, invertStepsOperation, nextStatus, stepCounts } from '../../src/step-tracker/step-tracker.model.js';
import type { StepsOperation } from '../../src/step-tracker/step-tracker.types.js';
import { workOrientedCourseSteps } from '../../src/presets/steps.js';
import { sampleSteps } from '../helpers/index.js';

describe('steps model: validation', () => {
  it('accepts the sample and the preset', () => {
    expect(validateDocument('steps', sampleSteps())).to.deep.equal({ ok: true });
    expect(validateDocument('steps', workOrientedCourseSteps)).to.deep.equal({ ok: true });
  });

  it('the preset has seven steps with titles in every shipped language', () => {
    expect(workOrientedCourseSteps.steps).to.have.length(7);
    for (const step of workOrientedCourseSteps.steps) expect(Object.keys(step.title as object)).to.include.members(['nb', 'nn', 'en', 'ar', 'uk', 'ti', 'so', 'fa']);
  });

  it('reports a missing title at /steps/N/title', () => {
    const doc = sampleSteps() as unknown as { steps: Array<Record<string, unknown>> };
    delete doc.steps[1].title;
    const result = validateDocument('steps', doc);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues[0].path).to.equal('/steps/1/title');
  });

  it('reports an impossible date at its path', () => {
    const doc = sampleSteps() as unknown as { steps: Array<Record<string, unknown>> };
    doc.steps[0].due = '2026-02-30';
    const result = validateDocument('steps', doc);
    expect(!result.ok && result.issues[0].path).to.equal('/steps/0/due');
  });

  it('reports a duplicate checklist id across steps', () => {
    const doc = sampleSteps() as unknown as { steps: Array<Record<string, unknown>> };
    doc.steps[0].checklist = [{ id: 'k1', title: 'x', done: false }];
    const result = validateDocument('steps', doc);
    expect(!result.ok && result.issues[0].path).to.equal('/steps/1/checklist/0/id');
  });

  it('escapes ~ and / in JSON Pointer segments', () => {
    const doc = { version: 1, steps: [], title: { 'a/b~c': 'x' } };
    const result = validateDocument('steps', doc);
    expect(!result.ok && result.issues[0].path).to.equal('/title/a~1b~0c');
  });

  it('rejects a version it does not know at /version', () => {
    const result = validateDocument('steps', { version: 0, steps: [] });
    expect(!result.ok && result.issues[0].path).to.equal('/version');
  });
});

describe('steps model: operations', () => {
  it('step.status changes one status and leaves the input untouched', () => {
    const doc = sampleSteps();
    const before = JSON.stringify(doc);
    const next = applyOperation('steps', doc, { type: 'step.status', stepId: 's3', from: 'not-started', to: 'done' });
    expect(next.steps[2].status).to.equal('done');
    expect(JSON.stringify(doc)).to.equal(before);
  });

  it('step.status with a from that does not match throws a TypeError naming the problem', () => {
    expect(() => applyOperation('steps', sampleSteps(), { type: 'step.status', stepId: 's3', from: 'done', to: 'in-progress' })).to.throw(TypeError, /s3/);
  });

  it('an unknown step id throws a TypeError', () => {
    expect(() => applyOperation('steps', sampleSteps(), { type: 'step.check', stepId: 'nope', itemId: 'k1', done: true })).to.throw(TypeError, /nope/);
  });

  it('an operation of the wrong shape throws a TypeError', () => {
    expect(() => applyOperation('steps', sampleSteps(), { type: 'step.teleport' } as unknown as StepsOperation)).to.throw(TypeError);
  });

  it('step.update that would break the document throws and changes nothing', () => {
    expect(() => applyOperation('steps', sampleSteps(), { type: 'step.update', stepId: 's3', changes: { status: 'finished' as never } })).to.throw(TypeError, /status/);
  });

  it('step.update cannot change an id', () => {
    expect(() => applyOperation('steps', sampleSteps(), { type: 'step.update', stepId: 's3', changes: { id: 'x' } as never })).to.throw(TypeError, /id/);
  });

  it('applyOperation on an invalid document throws', () => {
    expect(() => applyOperation('steps', { version: 1 } as never, { type: 'step.check', stepId: 's1', itemId: 'k', done: true })).to.throw(TypeError);
  });

  it('an unknown kind throws', () => {
    expect(() => validateDocument('nope' as never, {})).to.throw(TypeError, /nope/);
  });

  const ops: StepsOperation[] = [
    { type: 'step.status', stepId: 's2', from: 'in-progress', to: 'skipped' },
    { type: 'step.check', stepId: 's2', itemId: 'k1', done: false },
    { type: 'step.update', stepId: 's1', changes: { due: '2026-04-01', completed: null, description: 'Ny' } },
  ];
  for (const op of ops) {
    it(`the inverse of ${op.type} restores the document`, () => {
      const doc = sampleSteps();
      const inverse = invertStepsOperation(doc, op);
      expect(applyStepsOperation(applyStepsOperation(doc, op), inverse)).to.deep.equal(doc);
    });
  }

  it('the inverse of step.status swaps from and to', () => {
    expect(invertStepsOperation(sampleSteps(), { type: 'step.status', stepId: 's3', from: 'not-started', to: 'done' })).to.deep.equal({ type: 'step.status', stepId: 's3', from: 'done', to: 'not-started' });
  });
});

describe('steps model: derived values', () => {
  it('nextStatus cycles not-started → in-progress → done → not-started; skipped → not-started', () => {
    expect(['not-started', 'in-progress', 'done', 'skipped'].map((s) => nextStatus(s as never))).to.deep.equal(['in-progress', 'done', 'not-started', 'not-started']);
  });

  it('currentStepIndex is the first in-progress, else the first not-started, else -1', () => {
    expect(currentStepIndex(sampleSteps())).to.equal(1);
    expect(currentStepIndex({ version: 1, steps: [{ id: 'a', title: 'A', status: 'done' }, { id: 'b', title: 'B', status: 'not-started' }] })).to.equal(1);
    expect(currentStepIndex({ version: 1, steps: [{ id: 'a', title: 'A', status: 'done' }] })).to.equal(-1);
  });

  it('stepCounts counts each status', () => {
    expect(stepCounts(sampleSteps())).to.deep.equal({ 'not-started': 1, 'in-progress': 1, done: 1, skipped: 1, total: 4 });
  });
});
