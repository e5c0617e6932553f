import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { DATE_PATTERN } from '../../src/core/schema.js';
import { record, sampleSteps, settle, shadow, shadowAll } from '../helpers/index.js';

// One digit too many in a date's year ("2026" then "1"): Chromium's date field held 20261-01-02,
// not badInput, and Enter committed a step.update the schema refuses (years 0000–9999). The
// tracker only logged it: nothing saved, nothing said. The field now takes the years a document
// can hold (max="9999-12-31"), as the title field takes a title's length: what it shows is saved.
describe('step tracker: a date typed with a five-digit year', () => {
  it('the field keeps a four-digit year, and Enter saves what it shows', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    shadow(el, '.step-button[data-key="s3"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const events = record(el, 'vk-change');
    const due = shadowAll<HTMLInputElement>(el, '.details input[type="date"]')[1];
    due.focus();
    await sendKeys({ type: '010220261' });
    expect(due.value).to.match(DATE_PATTERN);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(events.length).to.equal(1);
    expect(el.value?.steps[2].due).to.equal(due.value);
  });
});
