import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { createWorkOrientedCourseSteps } from '../../src/presets/steps.js';
import { focused, shadowAll } from '../helpers/index.js';

// A host that disables the tracker while a step's details are open: the browser drops focus from a
// form-associated host made disabled, and it stayed on <body>. It goes back to the step (still
// focusable, aria-disabled); focus the user put elsewhere on the page stays there.
async function openDetails(): Promise<VkStepTracker> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><input id="host-field" /><vk-step-tracker .value=${createWorkOrientedCourseSteps()}></vk-step-tracker></div>`);
  const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
  await el.updateComplete;
  shadowAll(el, '.step-button')[1].focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover:popover-open'), 'the details open', { timeout: 5000 });
  return el;
}

async function disable(el: VkStepTracker): Promise<void> {
  el.disabled = true;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('<vk-step-tracker> disabled while a step\'s details are open', () => {
  it('closes them and focus goes back to the step, not to <body>', async () => {
    const el = await openDetails();
    await disable(el);
    expect(el.shadowRoot?.querySelector('.vk-popover:popover-open'), 'closed').to.equal(null);
    expect(document.activeElement, 'not on <body>').to.not.equal(document.body);
    expect(focused(el)).to.equal(shadowAll(el, '.step-button')[1]);
  });

  it('leaves focus on the host page where the user put it', async () => {
    const el = await openDetails();
    const field = document.getElementById('host-field') as HTMLInputElement;
    field.focus();
    await disable(el);
    expect(document.activeElement).to.equal(field);
  });
});
