/**
 * "Prøv igjen" for a step's details whose step the host removed meanwhile (QA round 2, 8 Dec 2026): the press said nothing,
 * opened nothing, and the notice went (the part loaded). Now it says "Steget ble fjernet av noen andre." as the details do when
 * their step goes, and focus stays in the tracker. Its own page: the chunk must not be loaded before (the module map keeps it).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { recordAnnouncements, sampleSteps, settle } from '../helpers/index.js';
import { block, deepActive, noticeOf, quietLoadFailures, retryOf, until } from '../helpers/load-failure.js';

describe('step tracker: "Prøv igjen" after the host removed the step', () => {
  quietLoadFailures();

  it('says the step was removed, opens nothing, and focus stays in the tracker', async () => {
    await block(['*/step-details.*']);
    const doc = sampleSteps();
    const el = (await fixture<HTMLElement>(html`<div><vk-step-tracker .value=${doc}></vk-step-tracker><button>after</button></div>`)).firstElementChild as VkStepTracker;
    await el.updateComplete;
    const id = el.shadowRoot!.querySelector<HTMLElement>('.step-button[tabindex="0"]')!.dataset.key!;
    el.shadowRoot!.querySelector<HTMLElement>(`.step-button[data-key="${id}"]`)!.focus();
    await sendKeys({ press: 'Enter' });
    await noticeOf(el);
    await settle(el);
    el.value = { ...doc, steps: doc.steps.filter((s) => s.id !== id) };
    await settle(el);
    await block([]);
    retryOf(el)!.focus();
    const said = recordAnnouncements(el);
    await sendKeys({ press: 'Enter' });
    await until(() => said.includes('Steget ble fjernet av noen andre.'));
    await settle(el);
    expect(el.shadowRoot!.querySelector(':popover-open'), 'nothing opened').to.equal(null);
    expect(el.shadowRoot!.contains(deepActive()) || deepActive() === el, 'focus in the tracker').to.equal(true);
  });
});
