import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { record, sampleSteps, settle, shadow } from '../helpers/index.js';

// A space typed after a step's title and Enter: the title saved is the same trimmed text, yet the
// tracker fired a step.update that changed nothing, said "Norskkurs: lagret" and pushed an undo
// entry whose undo changed nothing either ("Angret: Norskkurs — endret").
describe('step tracker: a rename to the title it already has', () => {
  for (const [name, title] of [
    ['multilingual', undefined],
    ['plain string', 'Norskkurs'],
  ] as const) {
    it(`is no edit: no vk-change, nothing to undo (${name} title)`, async () => {
      const doc = sampleSteps();
      const value = title ? { ...doc, steps: doc.steps.map((s) => (s.id === 's2' ? { ...s, title } : s)) } : doc;
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${value}></vk-step-tracker>`);
      shadow(el, '.step-button[data-key="s2"]').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const events = record(el, 'vk-change');
      shadow<HTMLInputElement>(el, '.details input[type="text"]').focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: '  ' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(events.length).to.equal(0);
      expect(el.canUndo).to.equal(false);
      // A real rename still saves.
      await sendKeys({ type: 'x' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(events.length).to.equal(1);
    });
  }
});
