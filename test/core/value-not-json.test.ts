/**
 * A `value` that is no JSON document and no JSON text: a function said `"undefined" is not valid
 * JSON` (JSON.stringify gives nothing for it, and the parse of nothing failed), a symbol the same,
 * a Date "Expected an object" (its JSON form is a string), a Map "Missing required property
 * \"version\"" (its JSON form is `{}`), a class instance with a cycle the engine's message over three
 * lines. Now each says what value must be and what was given (code `invalid-document`, path ""),
 * a cycle or a BigInt inside the document in one line; the setter never throws and the document
 * stays. A class instance whose JSON form is a document is taken, as the contract says.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkErrorDetail } from '../../src/core/events.js';
import { record, sampleSteps } from '../helpers/index.js';

class Node1 {
  self: unknown = this;
}

const MUST = 'The value must be a JSON document (an object) or JSON text';

describe('value: what is not JSON is named', () => {
  const top: Array<[string, unknown, string]> = [
    ['a function', () => sampleSteps(), 'function'],
    ['a symbol', Symbol('plan'), 'symbol'],
    ['a BigInt', 10n, 'bigint'],
    ['a Date', new Date(0), 'Date'],
    ['a Map', new Map([['version', 1]]), 'Map'],
    ['a Set', new Set([1]), 'Set'],
    ['a Promise', Promise.resolve(sampleSteps()), 'Promise'],
  ];
  for (const [name, input, kind] of top) {
    it(`${name}: invalid-document at "", naming it; the setter does not throw, the document stays`, async () => {
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
      const errors = record(el, 'vk-error');
      expect(() => ((el as unknown as { value: unknown }).value = input)).to.not.throw();
      const error = el.error as VkErrorDetail;
      expect(error.code).to.equal('invalid-document');
      expect(error.message).to.equal(`${MUST}, not: ${kind}`);
      expect(error.issues).to.deep.equal([{ path: '', message: `${MUST}, not: ${kind}` }]);
      expect(errors.map((e) => e.detail)).to.deep.equal([error]);
      expect(el.value).to.deep.equal(sampleSteps());
    });
  }

  it('a class instance with a cycle: invalid-document in one line, naming where it closes', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    (el as unknown as { value: unknown }).value = new Node1();
    const error = el.error as VkErrorDetail;
    expect(error.code).to.equal('invalid-document');
    expect(error.issues).to.have.length(1);
    expect(error.issues[0].path).to.equal('');
    expect(error.message).to.match(/^Not JSON data: .*'self'/);
    expect(error.message).to.not.include('\n');
    expect(el.value).to.deep.equal(sampleSteps());
  });

  it('a cycle or a BigInt inside a document: invalid-document in one line, the document stays', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const cyclic = sampleSteps() as unknown as { steps: Array<Record<string, unknown>> };
    cyclic.steps[1].parent = cyclic;
    (el as unknown as { value: unknown }).value = cyclic;
    expect(el.error?.code).to.equal('invalid-document');
    expect(el.error?.message).to.match(/^Not JSON data: .*'parent'/);
    expect(el.error?.message).to.not.include('\n');
    const big = sampleSteps() as unknown as { steps: Array<Record<string, unknown>> };
    big.steps[2].count = 2n;
    (el as unknown as { value: unknown }).value = big;
    expect(el.error?.code).to.equal('invalid-document');
    expect(el.error?.message).to.match(/^Not JSON data: .*BigInt/);
    expect(el.value).to.deep.equal(sampleSteps());
  });

  it('a proxy whose every trap throws: invalid-document, the setter does not throw', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const hostile = new Proxy({}, { get: () => { throw new Error('no'); }, ownKeys: () => { throw new Error('no'); }, getPrototypeOf: () => { throw new Error('no'); } }); // prettier-ignore
    expect(() => ((el as unknown as { value: unknown }).value = hostile)).to.not.throw();
    expect(el.error?.code).to.equal('invalid-document');
    expect(el.error?.issues[0].path).to.equal('');
    expect(el.value).to.deep.equal(sampleSteps());
  });

  // (JSON text "null" is no document, as null is: value-sources.test.ts.)
  it('a number, an array, JSON text of an array: the schema\'s words as before ("Expected an object")', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    for (const input of [5, '5', [], '[]']) {
      (el as unknown as { value: unknown }).value = input;
      expect(el.error?.code, String(input)).to.equal('invalid-document');
      expect(el.error?.issues, String(input)).to.deep.equal([{ path: '', message: 'Expected an object' }]);
    }
  });

  it('a class instance whose JSON form is a document is taken (contract: value takes the JSON form)', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker></vk-step-tracker>`);
    class Doc {
      version = 1;
      steps = sampleSteps().steps;
    }
    (el as unknown as { value: unknown }).value = new Doc();
    expect(el.error).to.equal(null);
    expect(el.value?.steps).to.have.length(4);
  });
});
