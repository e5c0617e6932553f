/**
 * The step details' chunk (step-details) could not be loaded on Enter: the tracker said "Noe kunne ikke lastes. Last inn
 * siden på nytt." and nothing more, though the chunk can be asked for again (whatwg/html#10327, as this Chromium does). As
 * the plan board's editing UI (test/plan-board/editing-load-retry.test.ts): the notice has "Prøv igjen", the next Tab stop
 * after the step; it asks again for that step's details — failing again, the notice stays, focus stays on "Prøv igjen" and
 * its words are said again; once the chunk comes, the details open from the step (focus in them), the notice goes, and
 * Escape puts focus back on the step. Keyboard only; the chunk blocked for this page (CDP, `vk-block-urls`).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { recordAnnouncements, sampleSteps, settle } from '../helpers/index.js';
import { block, deepActive, NOTICE, notice, noticeOf, quietLoadFailures, requested, retryOf, until, words } from '../helpers/load-failure.js';

const step = (el: VkStepTracker, id: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(`.step-button[data-key="${id}"]`)!;
const openPanel = (el: VkStepTracker): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>('.vk-popover:popover-open');

describe('step tracker: "Prøv igjen" where the step details could not be loaded', () => {
  quietLoadFailures();

  it('Enter on a step fails; "Prøv igjen", after the step, asks again: failing, it stays; loaded, the step’s details open', async () => {
    await block(['*/step-details.*']);
    const el = (await fixture<HTMLElement>(html`<div><vk-step-tracker .value=${sampleSteps()}></vk-step-tracker><button>after</button></div>`)).firstElementChild as VkStepTracker;
    await el.updateComplete;
    const id = el.shadowRoot!.querySelector<HTMLElement>('.step-button[tabindex="0"]')!.dataset.key!;
    step(el, id).focus();
    await sendKeys({ press: 'Enter' });
    const alert = await noticeOf(el);
    await settle(el);
    expect(words(alert), 'the notice').to.equal(NOTICE);
    expect(retryOf(el)?.textContent?.trim(), 'with its retry').to.equal('Prøv igjen');
    expect(openPanel(el), 'nothing opened').to.equal(null);
    expect(deepActive(), 'focus stays on the step').to.equal(step(el, id));

    await sendKeys({ press: 'Tab' });
    expect(deepActive(), 'Tab goes to "Prøv igjen"').to.equal(retryOf(el));

    // Still no connection: asked again, failed again; the notice stays (one), focus on "Prøv igjen", the words said again.
    const said = recordAnnouncements(el);
    const asked = await requested('step-details');
    await sendKeys({ press: 'Enter' });
    await until(() => said.includes(NOTICE));
    await settle(el);
    expect(await requested('step-details'), 'the chunk asked for again').to.be.above(asked);
    expect(el.shadowRoot!.querySelectorAll('[data-vk-failed]').length).to.equal(1);
    expect(deepActive(), 'focus still on "Prøv igjen"').to.equal(retryOf(el));

    // The connection is back: "Prøv igjen" opens that step's details; the notice goes; Escape goes back to the step.
    await block([]);
    await sendKeys({ press: 'Enter' });
    const panel = await until(() => openPanel(el));
    await settle(el);
    const title = sampleSteps().steps.find((s) => s.id === id)!.title;
    expect(panel.textContent, 'the step asked for').to.include(typeof title === 'string' ? title : title.nb);
    expect(panel.contains(deepActive()), 'focus in the details').to.equal(true);
    expect(notice(el), 'the notice went').to.equal(null);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(deepActive(), 'Escape: back on the step the use began on').to.equal(step(el, id));
  });
});
