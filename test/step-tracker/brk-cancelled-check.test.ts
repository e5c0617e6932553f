import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { press, sampleSteps, shadow } from '../helpers/index.js';

// A host refuses a checklist tick (vk-change preventDefault). The widget said "Endring avbrutt.
// Møt opp: ikke krysset av" and its document went back, but the box the user ticked stayed
// ticked: the render bound `.checked` to the same `false` as before, so Lit left the DOM alone.
// Screen and speech disagreed, and the next tick sent done: false for a box shown ticked.
describe('step tracker: a checklist tick the host refuses', () => {
  it('the box shows the state the document is in', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()} orientation="vertical"></vk-step-tracker>`);
    const step = shadow(el, '.step-button[data-key="s2"]');
    step.focus();
    press(step, 'Enter');
    await el.updateComplete;
    await el.updateComplete;
    el.addEventListener('vk-change', (event) => event.preventDefault());
    const box = () => shadow(el, '.vk-popover').querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[1];
    expect(box().checked).to.equal(false);
    box().click();
    await el.updateComplete;
    expect(el.value?.steps[1].checklist?.[1].done ?? false).to.equal(false);
    expect(shadow(el, '[data-vk-announcer]').textContent).to.contain('Endring avbrutt.');
    expect(box().checked, 'the box is not ticked').to.equal(false);
  });
});
