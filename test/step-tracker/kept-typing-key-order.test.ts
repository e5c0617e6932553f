import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { Step } from '../../src/step-tracker/step-tracker.types.js';
import { sampleSteps, settle, shadow } from '../helpers/index.js';
import { hostSets as set, type Disabling } from '../helpers/forms.js';

// What was typed and kept while the host disabled the tracker (or made it read-only) comes back
// if the step is unchanged: equal as JSON data (contract: a deep-equal `value` changes nothing),
// not as JSON text. A host that sends the step back unchanged with its keys in another order (a
// database row, a serializer that sorts keys), with another step changed, dropped the typing.
const title = (el: VkStepTracker): HTMLInputElement => shadow<HTMLInputElement>(el, '.details input[name="title"]');

/** The step with its keys (and its title's languages) in reverse order: the same data. */
const reordered = (step: Step): Step =>
  Object.fromEntries(
    Object.entries(step)
      .reverse()
      .map(([key, value]) => [key, key === 'title' && typeof value === 'object' ? Object.fromEntries(Object.entries(value as object).reverse()) : value]),
  ) as unknown as Step;

async function details(el: VkStepTracker): Promise<void> {
  shadow(el, '.step-button[data-key="s3"]').focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

describe('step tracker: kept typing survives a host value with its keys in another order', () => {
  for (const how of ['disabled', 'readonly'] as Disabling[]) {
    it(`${how}: the same step, keys reordered, keeps the title typed`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-step-tracker .value=${sampleSteps()}></vk-step-tracker></fieldset></form>`);
      const el = form.querySelector('vk-step-tracker') as VkStepTracker;
      const fieldset = form.querySelector('fieldset')!;
      await el.updateComplete;
      await details(el);
      title(el).focus();
      title(el).select();
      await sendKeys({ type: 'Praksis hos Rema' });
      await set(el, fieldset, how, true);
      const doc = sampleSteps();
      // Another step changed, so the value is taken (a value deep-equal to the current one changes nothing at all).
      const steps = doc.steps.map((s) => (s.id === 's3' ? reordered(s) : s.id === 's4' ? { ...s, title: 'Fast jobb' } : s));
      expect(JSON.stringify(steps[2]), 'another order').not.to.equal(JSON.stringify(doc.steps[2]));
      el.value = { ...doc, steps };
      await settle(el);
      await set(el, fieldset, how, false);
      if (how === 'disabled') await details(el);
      expect(title(el).value).to.equal('Praksis hos Rema');
    });
  }
});
