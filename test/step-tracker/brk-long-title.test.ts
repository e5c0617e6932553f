import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { record, sampleSteps, settle, shadow } from '../helpers/index.js';

// A text is at most 5,000 characters (contract.md, "Limits"). The details' title field took more:
// Enter then committed a step.update the model refused, which the tracker only logged to the
// console — nothing saved, nothing said, the long title still in the field as if it were.
describe('step tracker: the title field holds no more than a title may', () => {
  it('typing past 5,000 characters stops at 5,000, and Enter saves them', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    shadow(el, '.step-button[data-key="s3"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const events = record(el, 'vk-change');
    const input = shadow<HTMLInputElement>(el, '.details input[type="text"]');
    input.focus();
    input.value = 'x'.repeat(4999);
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'yz' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(events.length, 'one step.update').to.equal(1);
    const title = el.value?.steps[2].title as Record<string, string>;
    expect(title.nb).to.equal(`${'x'.repeat(4999)}y`);
  });
});
