import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { record, recordAnnouncements, sampleSteps, settle, shadow } from '../helpers/index.js';

// A step's title cleared and Enter (or Tab away): the tracker keeps the title (a step is named), but the
// field stayed empty, so the details showed a step with no name that the list still named: what the user
// saw was not what was kept, and nothing said so. The field now shows the title it keeps, and (screen-reader QA #7,
// 7 Dec 2026: the title came back with no word) the live region says why once, as the board's "Kortet må ha en tekst på norsk.".
describe('step tracker: a title emptied in the details', () => {
  for (const key of ['Enter', 'Tab'] as const) {
    it(`is not saved, and the field shows the title again (${key})`, async () => {
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
      shadow(el, '.step-button[data-key="s2"]').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const events = record(el, 'vk-change');
      const said = recordAnnouncements(el);
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
      expect(said).to.deep.equal(['Steget må ha en tittel.']);
      expect(el.shadowRoot!.querySelector('[data-vk-announcer]')!.textContent!.trim()).to.equal('Steget må ha en tittel.');
      // Back in the field and away again, nothing changed: nothing more is said.
      if (key === 'Tab') {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '.details input[type="text"]'));
        await sendKeys({ press: 'Tab' });
        await settle(el);
        expect(said).to.have.length(1);
      }
    });
  }
});
