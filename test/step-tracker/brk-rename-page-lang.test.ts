import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { record, settle, shadow } from '../helpers/index.js';

// An untitled step ({} as its title) is renamed in the language of the element's `lang` as the
// page writes it. A `lang` that is no document language tag ("en_US") made a title key the model
// refuses: nothing saved, nothing said (a console warning only). An extension or private-use part
// says how to format, not the language: the key goes without it.
describe('step tracker: naming an untitled step on a page whose lang is written loosely', () => {
  for (const [lang, key] of [
    ['en_US', 'en'],
    ['en-US-u-ca-gregory', 'en-US'],
    ['ti-x-asmara', 'ti'],
    ['nb-NO', 'nb-NO'],
  ] as const) {
    it(`lang="${lang}": saved under "${key}"`, async () => {
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker lang=${lang} .value=${{ version: 1, steps: [{ id: 's1', title: {}, status: 'not-started' }] }}></vk-step-tracker>`);
      shadow(el, '.step-button').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const events = record(el, 'vk-change');
      shadow<HTMLInputElement>(el, '.details input[type="text"]').focus();
      await sendKeys({ type: 'Kartlegging' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(events.length).to.equal(1);
      expect(el.value?.steps[0].title).to.deep.equal({ [key]: 'Kartlegging' });
    });
  }
});
