import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { record, sampleSteps, settle, shadow, shadowAll } from '../helpers/index.js';

// A host refuses a date typed in a step's details (vk-change preventDefault). The tracker said
// "Endring avbrutt." but the field kept the refused date, and leaving it sent the same date again:
// a second vk-change and a second "Endring avbrutt." for one edit.
describe('step tracker: a date the host refuses', () => {
  async function typeDue(el: VkStepTracker): Promise<HTMLInputElement> {
    shadow(el, '.step-button[data-key="s3"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const due = shadowAll<HTMLInputElement>(el, '.details input[type="date"]')[1];
    due.focus();
    await sendKeys({ type: '01022026' });
    return due;
  }

  it('Enter: the field shows the document’s date again, and leaving it sends nothing more', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const events = record(el, 'vk-change');
    el.addEventListener('vk-change', (e) => e.preventDefault());
    const due = await typeDue(el);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(events.length).to.equal(1);
    expect(due.value, 'the refused date is not shown').to.equal('');
    shadow(el, '.save-status').focus();
    await settle(el);
    expect(events.length, 'no second vk-change on leaving the field').to.equal(1);
    expect(el.value?.steps[2].due).to.equal(undefined);
  });

  it('a date that stands stays in the field', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const events = record(el, 'vk-change');
    const due = await typeDue(el);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(due.value).to.equal('2026-01-02');
    shadow(el, '.save-status').focus();
    await settle(el);
    expect(events.length).to.equal(1);
    expect(el.value?.steps[2].due).to.equal('2026-01-02');
  });

  it('with the details frozen by a host change: a date that stands stays, and is sent once', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const events = record(el, 'vk-change');
    const due = await typeDue(el);
    // The host renames the open step meanwhile: the details keep their snapshot and show a notice.
    const doc = sampleSteps();
    el.value = { ...doc, steps: doc.steps.map((s) => (s.id === 's3' ? { ...s, title: 'Praksis' } : s)) };
    await settle(el);
    expect(el.shadowRoot?.querySelector('.form-notice'), 'frozen').to.not.equal(null);
    due.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(due.value, 'the saved date stays in the field').to.equal('2026-01-02');
    shadow(el, '.save-status').focus();
    await settle(el);
    expect(events.length, 'one vk-change, none more on leaving the field').to.equal(1);
    expect(el.value?.steps[2].due).to.equal('2026-01-02');
  });
});
