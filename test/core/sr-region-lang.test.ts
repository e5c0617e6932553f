/**
 * The live region speaks in the UI locale. A widget's `lang` (or an ancestor's) is the language
 * of the document's texts; the announcements are UI text. Before, a Norwegian UI inside
 * `lang="ar"` content put "Angret. …" under lang="ar", and a screen reader read Norwegian words
 * with an Arabic voice.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setLocale } from '../../src/core/localize.js';
import { press, sampleSteps, shadow } from '../helpers/index.js';
import { samplePlan } from '../plan-board/helpers.js';

const region = (el: Element): HTMLElement => el.shadowRoot?.querySelector('[data-vk-announcer]') as HTMLElement;

describe('the live region\'s language', () => {
  afterEach(() => setLocale('nb'));

  it('is the UI locale (nb) inside lang="ar" content, while the texts stay Arabic', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><vk-step-tracker .value=${sampleSteps()}></vk-step-tracker></div>`);
    const el = wrapper.firstElementChild as VkStepTracker;
    await el.updateComplete;
    press(shadow(el, '.step-button[data-key="s3"]'), ' ');
    await el.updateComplete;
    expect(region(el).textContent).to.contain('تدريب عملي');
    expect(region(el).matches(':lang(nb)'), 'announced in the UI language').to.equal(true);
    expect(region(el).matches(':lang(ar)')).to.equal(false);
    expect(shadow(el, '.step-button[data-key="s3"] .step-title').matches(':lang(ar)'), 'the texts keep theirs').to.equal(true);
  });

  it('follows a change of the UI locale (an Arabic UI on a widget with lang="nb")', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board lang="nb" .value=${samplePlan()}></vk-plan-board>`);
    await setLocale('ar');
    await el.updateComplete;
    expect(region(el).matches(':lang(ar)')).to.equal(true);
    expect(region(el).matches(':lang(nb)')).to.equal(false);
  });
});
