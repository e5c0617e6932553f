import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { record, sampleSteps, settle, shadow } from '../helpers/index.js';

// A step's title cleared and Enter (or Tab away): the tracker keeps the title (a step is named), but the
// field stayed empty, so the details showed a step with no name that the list still named: what the user
// saw was not what was kept, and nothing said so. The field now shows the title it keeps.
describe('step tracker: a title emptied in the details', () => {
  for (const key of ['Enter', 'Tab'] as const) {
    it(`is not saved, and the field shows the title again (${key})`, async () => {
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
      shadow(el, '.step-button[data-key="s2"]').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const events = record(el, 'vk-change');
      const input = shadow<HTMLInputElement>(el, '.details input[type="text"]');
      const title = input.value;
      expect(title).to.not.equal('');
      input.focus();
      input.select();
      await sendKeys({ press: 'Backspace' });
      expect(input.value).to.equal('');
      await sendKeys({ press: key });
      await settle(el);
      expect(events.length).to.equal(0);
      expect(el.canUndo).to.equal(false);
      expect(shadow<HTMLInputElement>(el, '.details input[type="text"]').value).to.equal(title);
    });
  }
});
