import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { focused, shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

// A host that disables the ladder while a task's details are open: the panel closed and focus,
// which was in it, fell to <body>. It goes back to the task, as the step tracker's does; focus
// the user had put elsewhere on the page stays there.
async function openDetails(): Promise<VkTaskLadder> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><input id="host-field" /><vk-task-ladder .value=${sampleLadder()}></vk-task-ladder></div>`);
  const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
  await el.updateComplete;
  shadowAll(el, '.task-button')[0].focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover:popover-open'), 'the details open', { timeout: 5000 });
  return el;
}

describe('<vk-task-ladder> disabled while a task\'s details are open', () => {
  it('closes them and focus goes back to the task, not to <body>', async () => {
    const el = await openDetails();
    const task = shadowAll(el, '.task-button')[0];
    expect(el.shadowRoot?.activeElement, 'focus is in the details').to.not.equal(task);
    el.disabled = true;
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.shadowRoot?.querySelector('.vk-popover:popover-open'), 'closed').to.equal(null);
    expect(document.activeElement, 'not on <body>').to.not.equal(document.body);
    expect(focused(el)).to.equal(shadowAll(el, '.task-button')[0]);
    expect(shadow(el, '.task-button').getAttribute('aria-disabled')).to.equal('true');
  });
});

describe('<vk-task-ladder> disabled while focus is on the host page', () => {
  it('leaves focus where the user put it', async () => {
    const el = await openDetails();
    const field = document.getElementById('host-field') as HTMLInputElement;
    field.focus();
    el.disabled = true;
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).to.equal(field);
  });
});
