import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { focused, sampleSteps, settle, shadow } from '../helpers/index.js';

// The details close when Tab leaves them (docs/step-tracker.md, Keyboard). With nothing focusable
// after the tracker on the page (a page that ends with it, an embed), Tab past "Lukk" takes focus
// out of the document (the browser's own controls): no element to close for, so the details stayed
// open over the steps, and Tab back into the page went on into them again from the first step.
describe('<vk-step-tracker> Tab past the details’ last control with nothing after it on the page', () => {
  for (const readonly of [false, true]) {
    it(`closes them, as Tab to a control after them does (${readonly ? 'readonly' : 'editable'})`, async () => {
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker ?readonly=${readonly} .value=${sampleSteps()}></vk-step-tracker>`);
      shadow(el, '.step-button[data-key="s2"]').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const close = Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.vk-popover button')).at(-1)!;
      expect(close.textContent?.trim()).to.equal('Lukk');
      close.focus();
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(el.shadowRoot!.activeElement, 'focus left the tracker').to.equal(null);
      expect(el.shadowRoot!.querySelector('.vk-popover'), 'the details closed').to.equal(null);
      // Back into the page: the step's Tab stop, not the details.
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect((focused(el) as HTMLElement | null)?.dataset.key).to.equal('s2');
    });
  }
});
