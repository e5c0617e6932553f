/**
 * `compact` switched with a step's details open: they close and focus goes to their step, in one update. Before, the new form
 * drew the details again and `updated` closed them, setting the open step in the middle of that update: a second render, and
 * Lit's dev-mode warning "Element vk-step-tracker scheduled an update … after an update completed" (change-in-update). Now
 * they close in `willUpdate`, before the new form is drawn; what was typed is still kept, not saved (disable-keeps-typing).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { countUpdates, focused, litWarnings, record, sampleSteps, settle, shadow } from '../helpers/index.js';

const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

describe('vk-step-tracker: compact switched with a step’s details open', () => {
  for (const compact of [true, false]) {
    it(`compact ${compact ? 'on' : 'off'}: closes them, focus on their step, in one update without Lit’s change-in-update warning`, async () => {
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()} ?compact=${!compact}></vk-step-tracker>`);
      await settle(el);
      shadow(el, '.step-button[data-key="s3"]').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const title = shadow<HTMLInputElement>(el, '.details input[name="title"]');
      title.focus();
      title.select();
      await sendKeys({ type: 'Praksis hos Rema' });
      const events = record(el, 'vk-change', 'change');
      const updates = countUpdates(el);
      const warnings = await litWarnings(async () => {
        el.compact = compact;
        await el.updateComplete;
        await frame();
        await el.updateComplete;
      });
      expect(warnings.filter((w) => w.includes('after an update completed')), 'Lit warnings').to.deep.equal([]);
      expect(updates.count, 'updates').to.equal(1);
      expect(el.shadowRoot!.querySelector('.vk-popover:popover-open, .details'), 'closed').to.equal(null);
      expect(focused(el), 'on the step').to.equal(shadow(el, '.step-button[data-key="s3"]'));
      expect(events, 'nothing written').to.have.length(0);
    });
  }
});
