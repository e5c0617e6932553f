import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { press, record, sampleSteps, shadow } from '../helpers/index.js';

// Space held down sends keydown again and again (`repeat: true`, about 30 a second after a short
// delay). Each one advanced the status: a press a little too long (a tremor, a slow release)
// cycled the step through every status, one vk-change, undo entry and announcement each. A button
// acts on Space once per press.
describe('step tracker: Space held down', () => {
  it('advances the status once', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const events = record(el, 'vk-change');
    const step = shadow(el, '.step-button[data-key="s3"]');
    step.focus();
    press(step, ' ');
    for (let i = 0; i < 4; i++) press(step, ' ', { repeat: true });
    expect(events.length).to.equal(1);
    expect(el.value?.steps[2].status).to.equal('in-progress');
  });
});
