/**
 * A press outside the open details (light dismiss, core/popover.ts) with a new title typed: the title is saved, as leaving
 * the field saves it, and the details close, in the press's own handler. Before, the field's `change` fired only as the
 * close's render removed it, so the save set the tracker's value in the middle of that update: a second render, and Lit's
 * dev-mode warning "Element vk-step-tracker scheduled an update … after an update completed" (change-in-update).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { countUpdates, focused, litWarnings, record, sampleSteps, shadow, shadowAll } from '../helpers/index.js';

const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

describe('step tracker: a press outside the open details, a new title typed', () => {
  it('saves the title and closes them in one update, without Lit’s change-in-update warning', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><vk-step-tracker .value=${sampleSteps()}></vk-step-tracker><p style="margin-block-start: 3000px; block-size: 200px">elsewhere</p></div>`);
    const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
    await el.updateComplete;
    shadow(el, '.step-button[data-key="s2"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await frame();
    const title = shadow<HTMLInputElement>(el, '.vk-popover input[name="title"]');
    title.focus();
    title.select();
    await sendKeys({ type: 'Språkpraksis' });
    expect(focused(el)).to.equal(title);
    const seen = record(el, 'vk-change');
    const below = wrapper.querySelector('p')!;
    below.scrollIntoView({ block: 'center' });
    const box = below.getBoundingClientRect();
    const updates = countUpdates(el);
    const warnings = await litWarnings(async () => {
      await sendMouse({ type: 'click', position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)] });
      await el.updateComplete;
      await frame();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('after an update completed')), 'Lit warnings').to.deep.equal([]);
    expect(shadowAll(el, '.vk-popover')).to.have.length(0);
    expect(updates.count, 'updates').to.equal(1);
    expect(seen.map((e) => (e.detail as { operation: { type: string } }).operation.type)).to.deep.equal(['step.update']);
    expect(el.value?.steps[1].title).to.deep.include({ nb: 'Språkpraksis' });
  });
});
