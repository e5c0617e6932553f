import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { StepsDocument } from '../../src/step-tracker/step-tracker.types.js';
import { sampleSteps } from '../helpers/index.js';

// "0 av 1 punkter" read as the plural: the checklist count's noun now follows the total by CLDR's
// plural rules for the UI locale (core/plural.ts): "0 av 1 punkt", "1 av 2 punkter".

/** The sample steps, the third with a checklist of one item. */
function steps(): StepsDocument {
  const doc = sampleSteps();
  return { ...doc, steps: doc.steps.map((s) => (s.id === 's3' ? { ...s, checklist: [{ id: 'k9', title: 'Signer avtale', done: false }] } : s)) };
}

const count = (el: VkStepTracker, id: string): string => {
  const metas = Array.from(el.shadowRoot!.querySelectorAll(`[data-key="${id}"] .meta`));
  return (metas[metas.length - 1]?.textContent ?? '').trim();
};

describe('step tracker: a checklist count with one item says "punkt"', () => {
  afterEach(() => setLocale('nb'));

  it('"0 av 1 punkt" for one item, "1 av 2 punkter" for two', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${steps()}></vk-step-tracker>`);
    await el.updateComplete;
    expect(count(el, 's3')).to.equal('0 av 1 punkt');
    expect(count(el, 's2')).to.equal('1 av 2 punkter');
  });

  it('English: "0 of 1 item", "1 of 2 items"', async () => {
    await setLocale('en');
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><vk-step-tracker .value=${steps()}></vk-step-tracker></div>`);
    const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
    await el.updateComplete;
    expect(count(el, 's3')).to.equal('0 of 1 item');
    expect(count(el, 's2')).to.equal('1 of 2 items');
  });
});
