/**
 * A review (7 Dec 2026) of 07390ca (details made read-only keep what was typed, core/kept-fields.ts):
 * a step's date field with one part erased (Backspace on the month: "mm/01/2026") has no value
 * (`value` "", `validity.badInput`); Enter or leaving it then saves nothing, the date stays. But
 * `keepFields` keeps that "" as if typed, and `restoreFields` writes it back: a field that is now
 * empty and valid (no bad input), with focus in it. The next Enter (or Tab) saves `due: null`: the
 * step's due date is removed, though the user never emptied the field. So after `readonly` set and
 * cleared while the host saves (new in this pass), and after `disabled` (the same path, older).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { record, sampleSteps, settle, shadow } from '../helpers/index.js';
import { hostSets as set } from '../helpers/forms.js';

const due = (el: VkStepTracker): HTMLInputElement | null => el.shadowRoot!.querySelector<HTMLInputElement>('.details input[name="due"]');

async function openDetails(el: VkStepTracker): Promise<void> {
  shadow(el, '.step-button[data-key="s2"]').focus(); // s2 is due 2026-03-01
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

describe('step tracker: a date with a part erased, kept through readonly or disabled, is not saved as "no date"', () => {
  for (const how of ['readonly', 'fieldset'] as const) {
    it(`${how}: Enter after the field comes back keeps the due date`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-step-tracker .value=${sampleSteps()}></vk-step-tracker></fieldset></form>`);
      const el = form.querySelector('vk-step-tracker') as VkStepTracker;
      const fieldset = form.querySelector('fieldset')!;
      await el.updateComplete;
      const events = record(el, 'vk-change');
      await openDetails(el);
      due(el)!.focus();
      await sendKeys({ press: 'Backspace' });
      expect(due(el)!.validity.badInput, 'one part erased: no date, bad input').to.equal(true);
      await set(el, fieldset, how, true);
      await set(el, fieldset, how, false);
      if (!due(el)) await openDetails(el); // disabled closed them
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.value!.steps[1].due, 'the due date stays').to.equal('2026-03-01');
      expect(events, 'nothing saved').to.have.length(0);
    });
  }
});
