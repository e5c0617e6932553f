import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { press, record, sampleSteps, shadow } from '../helpers/index.js';
import { samplePlan } from '../plan-board/helpers.js';

// A controlled host (React, Vue, Angular) writes every vk-change value back into `value`. That
// write is deep-equal to the widget's document, so it changes nothing on screen and keeps undo
// (contract §2) — but it is still the last document the host set, which form.reset() restores.
// It went back to the host's first document instead: the widget and the framework's state then
// disagreed silently, and the form submitted the document the framework had replaced.
describe('form.reset() after a controlled host wrote back the user\'s edit', () => {
  it('step tracker: restores the written-back document, not the first one', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><vk-step-tracker name="route" .value=${sampleSteps()}></vk-step-tracker></form>`);
    const el = form.querySelector('vk-step-tracker') as VkStepTracker;
    el.addEventListener('vk-change', (e) => (el.value = (e as CustomEvent).detail.value));
    press(shadow(el, '.step-button[data-key="s3"]'), ' ');
    await el.updateComplete;
    const edited = el.value;
    expect(edited?.steps[2].status).to.equal('in-progress');
    expect(el.canUndo, 'the write-back keeps undo').to.equal(true);
    const events = record(el, 'vk-change', 'change');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal(edited);
    expect(JSON.parse(new FormData(form).get('route') as string)).to.deep.equal(edited);
    expect(events).to.deep.equal([]);
    // Nothing changed on screen: undo stays, as after the deep-equal write-back (React 19 resets the form after every action).
    expect(el.canUndo, 'reset to the document on screen keeps undo').to.equal(true);
    expect(el.undo()).to.equal(true);
    expect(el.value?.steps[2].status).to.equal(sampleSteps().steps[2].status);
  });

  it('an uncontrolled host: reset brings its document back and clears undo, as a new value', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><vk-step-tracker name="route" .value=${sampleSteps()}></vk-step-tracker></form>`);
    const el = form.querySelector('vk-step-tracker') as VkStepTracker;
    press(shadow(el, '.step-button[data-key="s3"]'), ' ');
    await el.updateComplete;
    expect(el.canUndo).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal(sampleSteps());
    expect(el.canUndo).to.equal(false);
  });

  it('plan board: the same, through a JSON string write-back', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><vk-plan-board name="plan" .value=${samplePlan()}></vk-plan-board></form>`);
    const el = form.querySelector('vk-plan-board') as VkPlanBoard;
    el.addEventListener('vk-change', (e) => (el.value = JSON.stringify((e as CustomEvent).detail.value) as never));
    const card = shadow(el, '.card-button[data-key="c1"]');
    card.focus();
    press(card, ' ');
    await el.updateComplete;
    press(shadow(el, '.card-button[data-key="c1"]'), 'ArrowDown');
    await el.updateComplete;
    press(shadow(el, '.card-button[data-key="c1"]'), ' ');
    await el.updateComplete;
    const edited = el.value;
    expect(edited?.cards.filter((c) => c.columnId === 'mon').map((c) => c.id)).to.deep.equal(['c2', 'c1', 'c3']);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal(edited);
  });
});
