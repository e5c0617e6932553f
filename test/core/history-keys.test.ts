import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { sampleSteps } from '../helpers/index.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';

// The keys behind the widget's undo and redo, as an adviser presses them with focus in the widget:
// Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo (the Windows habit an adviser on a municipal PC has).
/** Presses `key` with `modifiers` held (the runner's sendKeys takes one key at a time). */
async function chord(modifiers: string[], key: string): Promise<void> {
  for (const m of modifiers) await sendKeys({ down: m });
  await sendKeys({ press: key });
  for (const m of [...modifiers].reverse()) await sendKeys({ up: m });
}

describe('undo and redo keys', () => {
  for (const [name, modifiers, key] of [['Ctrl+Shift+Z', ['Control', 'Shift'], 'Z'], ['Ctrl+Y', ['Control'], 'y'], ['Ctrl+Shift+Y', ['Control', 'Shift'], 'Y']] as const) {
    it(`Ctrl+Z undoes, ${name} redoes`, async () => {
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
      (el as unknown as { commit(op: unknown): boolean }).commit({ type: 'step.status', stepId: 's3', from: 'not-started', to: 'in-progress' });
      await el.updateComplete;
      el.focus();
      const status = (): string | undefined => el.value?.steps.find((s) => s.id === 's3')?.status;
      expect(status()).to.equal('in-progress');
      await chord(['Control'], 'z');
      await el.updateComplete;
      expect(status()).to.equal('not-started');
      await chord([...modifiers], key);
      await el.updateComplete;
      expect(status()).to.equal('in-progress');
      expect([el.canUndo, el.canRedo]).to.deep.equal([true, false]);
    });
  }
});
