import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { StepsDocument } from '../../src/step-tracker/step-tracker.types.js';
import { setLocale } from '../../src/core/localize.js';
import { sampleSteps } from '../helpers/index.js';

async function key(el: VkStepTracker, press: string): Promise<Element | null> {
  await sendKeys({ press });
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  expect(document.activeElement, `after ${press}`).to.equal(el);
  return el.shadowRoot?.activeElement ?? null;
}

for (const locale of ['nb', 'ar'] as const) {
  describe(`<vk-step-tracker> keyboard journey (${locale}, no pointer)`, () => {
    afterEach(async () => {
      await setLocale('nb');
    });

    it('takes a step from not started to done and ticks its checklist, focus never lost', async function () {
      // A UI locale and the details chunk loaded, a dozen real key presses each waited on: at a load of 12 on these
      // 2 cores the Arabic run took over the default 10 s once (CI of 601f740; 3 s on a quiet machine).
      this.timeout(30000);
      await setLocale(locale);
      const base = sampleSteps();
      const doc: StepsDocument = { ...base, steps: base.steps.map((s) => (s.id === 's3' ? { ...s, checklist: [{ id: 'k9', title: 'Signer avtale', done: false }] } : s)) };
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'}><button id="before">x</button><vk-step-tracker .value=${doc}></vk-step-tracker></div>`,
      );
      const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
      await el.updateComplete;
      (wrapper.querySelector('#before') as HTMLElement).focus();
      let active = await key(el, 'Tab');
      active = await key(el, 'End');
      active = await key(el, 'ArrowUp');
      expect((active as HTMLElement).dataset.key).to.equal('s3');
      await key(el, 'Space');
      await key(el, 'Space');
      expect(el.value?.steps[2].status).to.equal('done');
      await key(el, 'Enter');
      for (let i = 0; i < 20 && !((active as HTMLInputElement | null)?.type === 'checkbox'); i++) active = await key(el, 'Tab');
      expect((active as HTMLInputElement).type).to.equal('checkbox');
      await key(el, 'Space');
      expect(el.value?.steps[2].checklist?.[0].done).to.equal(true);
      active = await key(el, 'Escape');
      expect((active as HTMLElement).dataset.key).to.equal('s3');
    });
  });
}
