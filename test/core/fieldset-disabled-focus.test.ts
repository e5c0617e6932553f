import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import { createWorkOrientedCourseSteps } from '../../src/presets/steps.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { sampleLadder } from '../task-ladder/sample.js';

// A host that disables a <fieldset> (or a <form>'s whole group) around a widget while focus is
// inside: the browser drops focus from the disabled form-associated host before it tells the
// widget (formDisabledCallback). Focus comes back on the widget's own (aria-disabled) items, as
// when the widget's own `disabled` is set (test/core/disabled-focus.test.ts), never on <body>.
async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

describe('a widget in a fieldset the host disables with focus inside', () => {
  it('plan board: focus stays in the board, not on <body>', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-plan-board name="plan" .value=${createAminaPlan()}></vk-plan-board></fieldset></form>`);
    const el = form.querySelector('vk-plan-board') as VkPlanBoard;
    await el.updateComplete;
    (el.shadowRoot!.querySelector('[tabindex="0"]') as HTMLElement).focus();
    expect(document.activeElement).to.equal(el);
    form.querySelector('fieldset')!.disabled = true;
    await settle(el);
    expect(document.activeElement, 'not on <body>').to.equal(el);
    expect(el.shadowRoot?.activeElement, 'on one of its own items').to.not.equal(null);
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-disabled'), 'shown as disabled').to.equal('true');
  });

  it('step tracker: focus stays on a step', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-step-tracker .value=${createWorkOrientedCourseSteps()}></vk-step-tracker></fieldset></form>`);
    const el = form.querySelector('vk-step-tracker') as VkStepTracker;
    await el.updateComplete;
    (el.shadowRoot!.querySelector('[tabindex="0"]') as HTMLElement).focus();
    form.querySelector('fieldset')!.disabled = true;
    await settle(el);
    expect(document.activeElement, 'not on <body>').to.equal(el);
  });

  it('task ladder, a task\'s details open: they close and focus goes back to the task', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-task-ladder .value=${sampleLadder()}></vk-task-ladder></fieldset></form>`);
    const el = form.querySelector('vk-task-ladder') as VkTaskLadder;
    await el.updateComplete;
    const task = el.shadowRoot!.querySelector('.task-button') as HTMLElement;
    task.click();
    await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover:popover-open'), 'the details open', { timeout: 5000 });
    await waitUntil(() => el.shadowRoot?.activeElement && el.shadowRoot.activeElement !== task, 'focus moves into the details', { timeout: 5000 });
    form.querySelector('fieldset')!.disabled = true;
    await settle(el);
    expect(el.shadowRoot?.querySelector('.vk-popover:popover-open'), 'closed').to.equal(null);
    expect(el.shadowRoot?.activeElement, 'back on the task').to.equal(task);
  });

  it('focus the user moved out of the widget is not taken back', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-plan-board .value=${createAminaPlan()}></vk-plan-board></fieldset><button type="button">Ut</button></form>`);
    const el = form.querySelector('vk-plan-board') as VkPlanBoard;
    await el.updateComplete;
    (el.shadowRoot!.querySelector('[tabindex="0"]') as HTMLElement).focus();
    form.querySelector('button')!.focus();
    form.querySelector('fieldset')!.disabled = true;
    await settle(el);
    expect(document.activeElement).to.equal(form.querySelector('button'));
  });
});
