import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { record, sampleSteps, settle, shadow } from '../helpers/index.js';

// A host refuses a rename typed in a step's details (vk-change preventDefault). The tracker said
// "Endring avbrutt." but the field kept the refused title: the details showed a name the step does
// not have (the list and the heading kept the old one), and a language change kept it as "typing".
// A refused date and a refused tick already go back to what the document says; so does the title.
describe('step tracker: a title the host refuses', () => {
  async function rename(el: VkStepTracker, key: 'Enter' | 'Tab'): Promise<HTMLInputElement> {
    shadow(el, '.step-button[data-key="s3"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const input = shadow<HTMLInputElement>(el, '.details input[type="text"]');
    input.focus();
    input.select();
    await sendKeys({ type: 'Praksis hos Rema' });
    await sendKeys({ press: key });
    await settle(el);
    return input;
  }

  for (const key of ['Enter', 'Tab'] as const) {
    it(`the field shows the title the step keeps, once refused (${key})`, async () => {
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
      const events = record(el, 'vk-change');
      el.addEventListener('vk-change', (e) => e.preventDefault());
      const input = await rename(el, key);
      expect(events.length).to.equal(1);
      expect(shadow(el, '[data-vk-announcer]').textContent).to.contain('Endring avbrutt.');
      expect(el.value?.steps[2].title).to.deep.equal({ nb: 'Arbeidspraksis', en: 'Work practice', ar: 'تدريب عملي' });
      expect(input.value, 'the refused title is not shown').to.equal('Arbeidspraksis');
    });
  }

  it('a rename that stands stays in the field', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const input = await rename(el, 'Enter');
    expect(input.value).to.equal('Praksis hos Rema');
    expect((el.value?.steps[2].title as Record<string, string>).nb).to.equal('Praksis hos Rema');
  });
});
