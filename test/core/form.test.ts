import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { press, record, sampleSteps, shadow } from '../helpers/index.js';

/** A key pressed with modifiers held, as a person does (real key events). */
async function chord(modifiers: string[], key: string): Promise<void> {
  for (const m of modifiers) await sendKeys({ down: m });
  await sendKeys({ press: key });
  for (const m of [...modifiers].reverse()) await sendKeys({ up: m });
}

function advance(el: VkStepTracker, id: string): void {
  press(shadow(el, `.step-button[data-key="${id}"]`), ' ');
}

describe('form association', () => {
  it('submits JSON.stringify(value) under its name', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><vk-step-tracker name="route" .value=${sampleSteps()}></vk-step-tracker></form>`);
    const data = new FormData(form);
    expect(JSON.parse(data.get('route') as string)).to.deep.equal(sampleSteps());
  });

  it('submits the edited document after an edit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><vk-step-tracker name="route" .value=${sampleSteps()}></vk-step-tracker></form>`);
    const el = form.querySelector('vk-step-tracker') as VkStepTracker;
    advance(el, 's3');
    expect(JSON.parse(new FormData(form).get('route') as string).steps[2].status).to.equal('in-progress');
  });

  it('form.reset() restores the last document the host set, not the user edits, and fires nothing', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><vk-step-tracker name="route" .value=${sampleSteps()}></vk-step-tracker></form>`);
    const el = form.querySelector('vk-step-tracker') as VkStepTracker;
    advance(el, 's3');
    let events = 0;
    el.addEventListener('vk-change', () => events++);
    form.reset();
    expect(el.value).to.deep.equal(sampleSteps());
    expect(events).to.equal(0);
    expect(el.canUndo).to.equal(false);
  });

  // Back/forward: the browser hands back the last form value through formStateRestoreCallback
  // (Chromium does this when the element is defined: after a `value` attribute or child script
  // was read, before a value the page's script sets after the define; checked with a real
  // navigation in puppeteer, which the test runner's page cannot make). The restored edits show,
  // but they are the user's, not the host's: form.reset() goes back to the host's document, as
  // a restored <input> goes back to its value attribute.
  it('a state restored by the browser (back/forward) shows without events; form.reset() then goes back to the host document', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><vk-step-tracker name="route" .value=${sampleSteps()}></vk-step-tracker></form>`);
    const el = form.querySelector('vk-step-tracker') as VkStepTracker;
    const edited = { ...sampleSteps(), steps: sampleSteps().steps.map((s) => (s.id === 's3' ? { ...s, status: 'in-progress' as const } : s)) };
    const events = record(el, 'vk-change', 'change');
    el.formStateRestoreCallback(JSON.stringify(edited));
    expect(el.value).to.deep.equal(edited);
    expect(JSON.parse(new FormData(form).get('route') as string)).to.deep.equal(edited);
    form.reset();
    expect(el.value).to.deep.equal(sampleSteps());
    expect(events).to.deep.equal([]);
  });

  it('a required widget with no document is invalid; with one it is valid', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><vk-step-tracker name="route" required></vk-step-tracker></form>`);
    const el = form.querySelector('vk-step-tracker') as VkStepTracker;
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    el.value = sampleSteps();
    expect(form.checkValidity()).to.equal(true);
  });

  it('contributes nothing without a document', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><vk-step-tracker name="route"></vk-step-tracker></form>`);
    expect(new FormData(form).has('route')).to.equal(false);
  });

  it('a disabled fieldset disables it: not submitted, not editable', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><vk-step-tracker name="route" .value=${sampleSteps()}></vk-step-tracker></fieldset></form>`);
    const el = form.querySelector('vk-step-tracker') as VkStepTracker;
    await el.updateComplete;
    expect(new FormData(form).has('route')).to.equal(false);
    advance(el, 's3');
    expect(el.value?.steps[2].status).to.equal('not-started');
  });

  it('el.disabled = true leaves it out of FormData at once, as a native control; false puts it back at once', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><vk-step-tracker name="route" .value=${sampleSteps()}></vk-step-tracker></form>`);
    const el = form.querySelector('vk-step-tracker') as VkStepTracker;
    await el.updateComplete;
    el.disabled = true;
    expect(new FormData(form).has('route'), 'disabled: not submitted').to.equal(false);
    expect(el.matches(':disabled')).to.equal(true);
    el.disabled = false;
    expect(new FormData(form).has('route'), 'enabled: submitted').to.equal(true);
    await el.updateComplete;
    expect(el.hasAttribute('disabled')).to.equal(false);
  });

  it('el.name = … renames its FormData entry at once, as on a native control; null takes it out', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><vk-step-tracker name="route" .value=${sampleSteps()}></vk-step-tracker></form>`);
    const el = form.querySelector('vk-step-tracker') as VkStepTracker;
    await el.updateComplete;
    el.name = 'plan';
    const data = new FormData(form);
    expect(data.has('plan'), 'the new name, in the same task').to.equal(true);
    expect(data.has('route'), 'not the old name').to.equal(false);
    (el as { name: string | null }).name = null;
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    await el.updateComplete;
    expect(el.hasAttribute('name')).to.equal(false);
    el.name = 'route';
    await el.updateComplete;
    expect(el.getAttribute('name')).to.equal('route');
    expect(new FormData(form).has('route')).to.equal(true);
  });

  it('a parsed <vk-step-tracker name="route"> keeps its name through the upgrade, and setAttribute still renames it', async () => {
    const form = document.createElement('form');
    form.innerHTML = '<vk-step-tracker name="route"></vk-step-tracker>';
    document.body.append(form);
    try {
      const el = form.querySelector('vk-step-tracker') as VkStepTracker;
      el.value = sampleSteps();
      await el.updateComplete;
      expect(el.name).to.equal('route');
      expect(new FormData(form).has('route')).to.equal(true);
      el.setAttribute('name', 'plan');
      expect(el.name).to.equal('plan');
      expect(new FormData(form).has('plan')).to.equal(true);
    } finally {
      form.remove();
    }
  });

  it('el.disabled = true before the first render (built and disabled in one script) leaves it out of FormData at once', async () => {
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    const el = document.createElement('vk-step-tracker') as VkStepTracker;
    el.setAttribute('name', 'route');
    el.value = sampleSteps();
    el.disabled = true;
    form.append(el);
    expect(new FormData(form).has('route')).to.equal(false);
  });

  it('a parsed <vk-step-tracker disabled> keeps its attribute through the upgrade', async () => {
    const form = document.createElement('form');
    form.innerHTML = '<vk-step-tracker name="route" disabled></vk-step-tracker>';
    document.body.append(form);
    try {
      const el = form.firstElementChild as VkStepTracker;
      expect(el.hasAttribute('disabled')).to.equal(true);
      expect(el.disabled).to.equal(true);
      const fresh = document.createElement('div');
      fresh.innerHTML = '<vk-step-tracker disabled></vk-step-tracker>';
      expect((fresh.firstElementChild as VkStepTracker).hasAttribute('disabled'), 'created by the parser, then upgraded').to.equal(true);
    } finally {
      form.remove();
    }
  });

  it('exposes form like a native control', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><vk-step-tracker name="route"></vk-step-tracker></form>`);
    expect((form.querySelector('vk-step-tracker') as VkStepTracker).form).to.equal(form);
  });
});

describe('undo, redo and cancel', () => {
  it('undo fires vk-change with the inverse operation and source "undo"; redo the original with "redo"', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const details: unknown[] = [];
    el.addEventListener('vk-change', (e) => details.push({ operation: e.detail.operation, source: e.detail.source }));
    advance(el, 's3');
    expect(el.canUndo).to.equal(true);
    expect(el.undo()).to.equal(true);
    expect(el.value?.steps[2].status).to.equal('not-started');
    expect(el.canRedo).to.equal(true);
    expect(el.redo()).to.equal(true);
    expect(el.value?.steps[2].status).to.equal('in-progress');
    expect(details).to.deep.equal([
      { operation: { type: 'step.status', stepId: 's3', from: 'not-started', to: 'in-progress' }, source: 'user' },
      { operation: { type: 'step.status', stepId: 's3', from: 'in-progress', to: 'not-started' }, source: 'undo' },
      { operation: { type: 'step.status', stepId: 's3', from: 'not-started', to: 'in-progress' }, source: 'redo' },
    ]);
  });

  it('undoing an update restores the previous fields, removing ones that were absent (null)', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const ops: unknown[] = [];
    el.addEventListener('vk-change', (e) => ops.push(e.detail.operation));
    (el as unknown as { commit(op: unknown): boolean }).commit({ type: 'step.update', stepId: 's3', changes: { due: '2026-06-01', title: 'Ny' } });
    el.undo();
    expect(ops[1]).to.deep.equal({ type: 'step.update', stepId: 's3', changes: { due: null, title: { nb: 'Arbeidspraksis', en: 'Work practice', ar: 'تدريب عملي' } } });
    expect(el.value).to.deep.equal(sampleSteps());
  });

  it('setting a value clears the undo history', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    advance(el, 's3');
    el.value = sampleSteps();
    expect(el.canUndo).to.equal(false);
    expect(el.undo()).to.equal(false);
  });

  it('Ctrl+Z and Ctrl+Shift+Z undo and redo from the keyboard', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const target = shadow(el, '.step-button[data-key="s3"]');
    press(target, ' ');
    press(target, 'z', { ctrlKey: true });
    expect(el.value?.steps[2].status).to.equal('not-started');
    press(target, 'Z', { ctrlKey: true, shiftKey: true });
    expect(el.value?.steps[2].status).to.equal('in-progress');
  });

  it('Ctrl+Z on a checkbox just ticked undoes the tick (a box has no text of its own to undo); a text field keeps Ctrl+Z', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker editable .value=${sampleSteps()}></vk-step-tracker>`);
    const step = shadow(el, '.step-button[data-key="s2"]');
    step.focus();
    press(step, 'Enter');
    await el.updateComplete;
    await el.updateComplete;
    const panel = shadow(el, '.vk-popover');
    const box = panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[1];
    box.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value?.steps[1].checklist?.[1].done, 'ticked').to.equal(true);
    await chord(['Control'], 'z');
    await el.updateComplete;
    expect(el.value?.steps[1].checklist?.[1].done, 'undone from the box').to.equal(false);
    await chord(['Control', 'Shift'], 'Z');
    await el.updateComplete;
    expect(el.value?.steps[1].checklist?.[1].done, 'redone from the box').to.equal(true);
    const text = panel.querySelector<HTMLInputElement>('input:not([type]), input[type="text"]');
    expect(text, 'the details have a text field').to.not.equal(null);
    const events: Event[] = [];
    el.addEventListener('vk-change', (e) => events.push(e));
    press(text!, 'z', { ctrlKey: true });
    expect(events.length, 'Ctrl+Z in a text field is the field\'s own').to.equal(0);
  });

  it('preventDefault() on vk-change reverts the edit and no change event follows', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    let changes = 0;
    el.addEventListener('vk-change', (e) => e.preventDefault());
    el.addEventListener('change', () => changes++);
    advance(el, 's3');
    expect(el.value).to.deep.equal(sampleSteps());
    expect(changes).to.equal(0);
    expect(el.canUndo).to.equal(false);
  });

  it('a cancelled undo keeps the entry, so undo can be tried again', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    advance(el, 's3');
    const cancel = (e: Event): void => e.preventDefault();
    el.addEventListener('vk-change', cancel);
    expect(el.undo()).to.equal(false);
    expect(el.canUndo).to.equal(true);
    el.removeEventListener('vk-change', cancel);
    expect(el.undo()).to.equal(true);
  });

  it('change follows vk-change and has no detail', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const order: string[] = [];
    el.addEventListener('vk-change', () => order.push('vk-change'));
    el.addEventListener('change', (e) => order.push(`change:${String((e as CustomEvent).detail)}`));
    advance(el, 's3');
    expect(order).to.deep.equal(['vk-change', 'change:null']);
  });
});
