import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import { settle } from '../helpers/index.js';
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

  it('plan board, focus on a column\'s read-aloud button: stays on it, shown as disabled', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-plan-board .value=${createAminaPlan()}></vk-plan-board></fieldset></form>`);
    const el = form.querySelector('vk-plan-board') as VkPlanBoard;
    await el.updateComplete;
    const read = el.shadowRoot!.querySelector('.read') as HTMLElement;
    read.focus();
    form.querySelector('fieldset')!.disabled = true;
    await settle(el);
    expect(document.activeElement, 'not on <body>').to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(read);
    expect(read.getAttribute('aria-disabled')).to.equal('true');
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

  // QA (5 Dec): Space on a card's Done box, the host disables the form while it saves, then
  // enables it again: focus came back on the card, not on Done, so a second Space read the card.
  for (const mode of ['adviser', 'participant']) {
    it(`plan board (${mode}): focus on a card's Done box goes back to it when the fieldset is enabled again`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-plan-board mode=${mode} .value=${createAminaPlan()}></vk-plan-board></fieldset></form>`);
      const el = form.querySelector('vk-plan-board') as VkPlanBoard;
      await el.updateComplete;
      const done = () => el.shadowRoot!.querySelector<HTMLElement>('.done-toggle')!;
      const card = done().closest('.card')!;
      done().focus();
      form.querySelector('fieldset')!.disabled = true;
      await settle(el);
      expect(document.activeElement, 'not on <body> while disabled').to.equal(el);
      expect(card.contains(el.shadowRoot!.activeElement), 'on its card while disabled').to.equal(true);
      form.querySelector('fieldset')!.disabled = false;
      await settle(el);
      expect(el.shadowRoot!.activeElement, 'back on Done').to.equal(done());
      expect(done().closest('.card'), 'the same card').to.equal(card);
    });
  }

  it('plan board: the same when the host sets and clears the board\'s own `disabled`', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${createAminaPlan()}></vk-plan-board>`);
    el.shadowRoot!.querySelector<HTMLElement>('.done-toggle')!.focus();
    el.disabled = true;
    await settle(el);
    expect(document.activeElement, 'not on <body> while disabled').to.equal(el);
    el.disabled = false;
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.done-toggle'));
  });

  it('focus the user moved to another card while the widget was disabled stays there when it is enabled', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-plan-board .value=${createAminaPlan()}></vk-plan-board></fieldset></form>`);
    const el = form.querySelector('vk-plan-board') as VkPlanBoard;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('.done-toggle')!.focus();
    form.querySelector('fieldset')!.disabled = true;
    await settle(el);
    const other = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.card-button')].find((b) => !b.contains(el.shadowRoot!.activeElement) && b !== el.shadowRoot!.activeElement)!;
    other.focus();
    form.querySelector('fieldset')!.disabled = false;
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(other);
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

// Two sources of "disabled" at once (QA, 5 Dec): the host's own `disabled` and a fieldset, or two
// nested fieldsets. Adding or removing one while the other holds blurs the host too, though its
// disabled state may not change (no formDisabledCallback then), and focus stayed on <body> even
// after everything was enabled again.
describe('a widget disabled twice over (its own disabled, nested fieldsets) with focus inside', () => {
  const widgets: [string, () => unknown][] = [
    ['vk-plan-board', createAminaPlan],
    ['vk-step-tracker', createWorkOrientedCourseSteps],
    ['vk-task-ladder', sampleLadder],
  ];
  const inner = (form: HTMLFormElement): HTMLFieldSetElement => form.querySelector('#inner')!;
  const outer = (form: HTMLFormElement): HTMLFieldSetElement => form.querySelector('#outer')!;
  type Widget = HTMLElement & { disabled: boolean; updateComplete: Promise<boolean> };
  const steps: Record<string, (form: HTMLFormElement, el: Widget) => Promise<void>> = {
    'its own disabled, then a fieldset around it': async (form, el) => {
      el.disabled = true;
      await settle(el);
      inner(form).disabled = true;
    },
    'an outer fieldset, then an inner one': async (form) => {
      outer(form).disabled = true;
      await settle(form.querySelector('[name]') as Widget);
      inner(form).disabled = true;
    },
    'both, then the fieldset enabled while its own disabled stays': async (form, el) => {
      el.disabled = true;
      inner(form).disabled = true;
      await settle(el);
      inner(form).disabled = false;
    },
    'both, then both enabled in one task ("saved")': async (form, el) => {
      el.disabled = true;
      inner(form).disabled = true;
      await settle(el);
      el.disabled = false;
      inner(form).disabled = false;
    },
  };
  for (const [tag, value] of widgets) {
    for (const [name, run] of Object.entries(steps)) {
      it(`${tag}: ${name}: focus stays in the widget`, async () => {
        const form = await fixture<HTMLFormElement>(html`<form><fieldset id="outer"><fieldset id="inner"></fieldset></fieldset></form>`);
        const el = document.createElement(tag) as Widget;
        el.setAttribute('name', 'w');
        (el as unknown as { value: unknown }).value = value();
        inner(form).append(el);
        await settle(el);
        (el.shadowRoot!.querySelector('[tabindex="0"]') as HTMLElement).focus();
        await run(form, el);
        await settle(el);
        expect(document.activeElement, 'not on <body>').to.equal(el);
      });
    }
  }

  it('a click outside on the page, while the widget is disabled, is not undone', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset id="outer"><fieldset id="inner"><vk-plan-board .value=${createAminaPlan()}></vk-plan-board></fieldset></fieldset><p style="block-size: 40px">Tekst</p></form>`);
    const el = form.querySelector('vk-plan-board') as VkPlanBoard;
    await el.updateComplete;
    (el.shadowRoot!.querySelector('[tabindex="0"]') as HTMLElement).focus();
    inner(form).disabled = true;
    await settle(el);
    expect(document.activeElement).to.equal(el);
    const box = form.querySelector('p')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 5), Math.round(box.top + 5)] });
    await settle(el);
    expect(document.activeElement, 'the click took focus away').to.equal(document.body);
  });
});
