/**
 * Step tracker, keyboard only (nb and ar): take a step from not started to done and tick its
 * checklist. Focus checked after every key (keys.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { StepsDocument } from '../../src/step-tracker/step-tracker.types.js';
import { sampleSteps } from '../helpers/index.js';
import { useLocale } from '../a11y/story-harness.js';
import { journey, press, pressUntil } from './keys.js';

for (const locale of ['nb', 'ar'] as const) {
  describe(`journey: step tracker, keyboard only (${locale})`, () => {
    after(() => useLocale('nb'));

    it('takes a step from not started to done and ticks its checklist', async function () {
      this.timeout(60000);
      await useLocale(locale);
      const base = sampleSteps();
      const doc: StepsDocument = { ...base, steps: base.steps.map((s) => (s.id === 's3' ? { ...s, checklist: [{ id: 'k9', title: 'Signer avtale', done: false }] } : s)) };
      const page = await fixture<HTMLDivElement>(html`<div><button id="before">Før</button><vk-step-tracker .value=${doc}></vk-step-tracker></div>`);
      const tracker = page.querySelector('vk-step-tracker') as VkStepTracker;
      await tracker.updateComplete;
      (page.querySelector('#before') as HTMLElement).focus();
      const j = journey(tracker);
      const status = (): string | undefined => tracker.value?.steps.find((s) => s.id === 's3')?.status;

      let active = await pressUntil(j, 'Tab', (el) => !!el.dataset.key);
      // s3 ("Arbeidspraksis", not started) is the third step: Home, then the next-step arrow.
      active = await press(j, 'Home');
      const next = tracker.shadowRoot?.querySelector('[data-layout="horizontal"]') ? (locale === 'ar' ? 'ArrowLeft' : 'ArrowRight') : 'ArrowDown';
      active = await pressUntil(j, next, (el) => el.dataset.key === 's3', 4);
      expect(status()).to.equal('not-started');
      for (let i = 0; i < 3 && status() !== 'done'; i++) active = await press(j, 'Space');
      expect(status(), j.log.join('\n')).to.equal('done');
      expect(active.dataset.key, 'focus stays on the step').to.equal('s3');

      // Enter opens the details; Tab to the checklist item; Space ticks it; Escape closes.
      await press(j, 'Enter');
      active = await pressUntil(j, 'Tab', (el) => (el as HTMLInputElement).type === 'checkbox', 20);
      await press(j, 'Space');
      expect(tracker.value?.steps.find((s) => s.id === 's3')?.checklist?.[0].done, j.log.join('\n')).to.equal(true);
      active = await press(j, 'Escape');
      expect(active.dataset.key, 'Escape returns to the step').to.equal('s3');
    });
  });
}
