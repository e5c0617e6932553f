/**
 * QA pass 57: a tracker with `steps: []` said only "Ingen steg ennå."; the tracker has no operation
 * that adds a step (the steps are the host's). Where it can be edited (an adviser's) it now also says
 * where the steps come from; read-only and compact trackers (a table of participants) stay short.
 * The summary is still where focus rests (tabindex -1).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';

const noSteps = { version: 1 as const, steps: [] };
const summary = (el: VkStepTracker): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('#summary')!;

describe('step tracker: no steps says what to do', () => {
  it('editable: the summary says the steps come from the case system', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker lang="nb" .value=${noSteps}></vk-step-tracker>`);
    expect(summary(el).textContent!.trim()).to.equal('Ingen steg ennå. Stegene legges inn i fagsystemet.');
    expect(summary(el).tabIndex).to.equal(-1);
  });

  it('read-only and compact: only the short sentence', async () => {
    for (const el of [
      await fixture<VkStepTracker>(html`<vk-step-tracker lang="nb" readonly .value=${noSteps}></vk-step-tracker>`),
      await fixture<VkStepTracker>(html`<vk-step-tracker lang="nb" compact .value=${noSteps}></vk-step-tracker>`),
    ]) {
      expect(summary(el).textContent!.trim()).to.equal('Ingen steg ennå.');
    }
  });
});
