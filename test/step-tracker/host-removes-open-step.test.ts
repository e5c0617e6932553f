import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { focused, record, recordAnnouncements, sampleSteps, shadow, shadowAll } from '../helpers/index.js';

async function settle(el: VkStepTracker): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

/** A tracker with step s2's details open and "Praksis hos Rema" typed in its title, focus there. */
async function typing(): Promise<VkStepTracker> {
  const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
  await el.updateComplete;
  shadow(el, '.step-button[data-key="s2"]').focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
  const title = shadow<HTMLInputElement>(el, '.vk-popover input[name="title"]');
  title.focus();
  title.select();
  await sendKeys({ type: 'Praksis hos Rema' });
  return el;
}

function removeS2(el: VkStepTracker): void {
  const doc = sampleSteps();
  el.value = { ...doc, steps: doc.steps.filter((s) => s.id !== 's2') };
}

describe('<vk-step-tracker> the host removes the step whose details are open', () => {
  const warned: unknown[][] = [];
  const warn = console.warn;
  beforeEach(() => {
    warned.length = 0;
    console.warn = (...args: unknown[]) => void warned.push(args);
  });
  afterEach(() => (console.warn = warn));

  it('keeps the details open with what was typed, says the step was removed, and saves nothing (no console warning)', async () => {
    const el = await typing();
    const events = record(el, 'vk-change', 'change');
    const said = recordAnnouncements(el);
    removeS2(el);
    await settle(el);
    expect(shadowAll(el, '.vk-popover:popover-open'), 'the details stay open').to.have.length(1);
    expect(shadow(el, '#removed-notice').textContent?.trim()).to.equal('Steget ble fjernet av noen andre.');
    expect(shadow(el, '#removed-notice').getAttribute('role')).to.equal('alert');
    const title = shadow<HTMLInputElement>(el, '.vk-popover input[name="title"]');
    expect(title.value, 'the typing is kept to copy').to.equal('Praksis hos Rema');
    expect(focused(el)).to.equal(title);
    // Leaving the field (its change) and "Lagre status" commit nothing; each says the notice again.
    await sendKeys({ press: 'Tab' });
    await settle(el);
    const save = shadow<HTMLButtonElement>(el, '.vk-popover .save-status');
    expect(save.getAttribute('aria-disabled')).to.equal('true');
    expect(save.getAttribute('aria-describedby')).to.equal('removed-notice');
    save.click();
    await settle(el);
    expect(events, 'nothing committed').to.have.length(0);
    expect(warned, 'no "edit not applied" warning').to.have.length(0);
    expect(said.filter((s) => s === 'Steget ble fjernet av noen andre.').length).to.be.greaterThan(0);
    expect(said.join(' ')).not.to.contain('ble ikke lagret');
    expect(shadowAll(el, '.vk-popover:popover-open')).to.have.length(1);
  });

  it('Escape closes them with focus on the removed step’s nearest surviving neighbour, never <body>', async () => {
    const el = await typing();
    removeS2(el);
    await settle(el);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(shadowAll(el, '.vk-popover')).to.have.length(0);
    expect(document.activeElement).to.equal(el);
    expect((focused(el) as HTMLElement).dataset.key).to.equal('s3');
    expect(warned).to.have.length(0);
  });
});
