import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { sampleSteps } from '../helpers/index.js';

// A widget's texts and dates follow the nearest `lang` (contract §4). Only `<html lang>` and the
// element's own `lang` were watched: a host that switched the language on a wrapper (a case
// system's participant panel set to English) kept the old language until something else rendered
// the widget again. Any `lang` in the page's document tree is watched now; a widget renders again
// only when its own text locale changed.
const mutations = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
const title = (el: VkStepTracker): string => el.shadowRoot!.querySelector('.step-button[data-key="s1"] .step-title')?.textContent?.trim() ?? '';

describe('a lang changed on an ancestor', () => {
  it('shows the document texts in the new language', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="nb"><vk-step-tracker .value=${sampleSteps()}></vk-step-tracker></div>`);
    const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
    await el.updateComplete;
    expect(title(el)).to.equal('Kartlegging');
    wrapper.lang = 'en';
    await mutations();
    await el.updateComplete;
    expect(title(el)).to.equal('Mapping');
    // Removed: back to the page's language (nb in the test page).
    wrapper.removeAttribute('lang');
    await mutations();
    await el.updateComplete;
    expect(title(el)).to.equal('Kartlegging');
  });

  it('a lang changed elsewhere, or one the widget overrides with its own, renders nothing again', async () => {
    const page = await fixture<HTMLElement>(html`<div><div id="other" lang="nb"></div><div id="outer" lang="nb"><vk-step-tracker lang="nb" .value=${sampleSteps()}></vk-step-tracker></div></div>`);
    const el = page.querySelector('vk-step-tracker') as VkStepTracker;
    await el.updateComplete;
    (page.querySelector('#other') as HTMLElement).lang = 'en';
    (page.querySelector('#outer') as HTMLElement).lang = 'en';
    await mutations();
    expect(el.isUpdatePending).to.equal(false);
    expect(title(el)).to.equal('Kartlegging');
  });
});
