import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { press, sampleSteps, shadow } from '../helpers/index.js';
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

describe('undo and redo keys on other keyboard layouts', () => {
  // What Chromium reports for the key that sits where QWERTY has Z/Y: an Arabic or Ukrainian layout
  // types its own letter, a German one swaps Z and Y. The typed Latin letter decides; without one,
  // the physical key does.
  const cases = [
    ['Arabic: Ctrl+ئ on KeyZ undoes, Ctrl+غ on KeyY redoes', { key: 'ئ', code: 'KeyZ' }, { key: 'غ', code: 'KeyY' }],
    ['Ukrainian: Ctrl+я on KeyZ undoes, Ctrl+Shift+Я on KeyZ redoes', { key: 'я', code: 'KeyZ' }, { key: 'Я', code: 'KeyZ', shiftKey: true }],
    ['German: Ctrl+z on KeyY undoes, Ctrl+y on KeyZ redoes', { key: 'z', code: 'KeyY' }, { key: 'y', code: 'KeyZ' }],
  ] as const;
  for (const [name, undo, redo] of cases) {
    it(name, async () => {
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
      const target = shadow(el, '.step-button[data-key="s3"]');
      press(target, ' ');
      await el.updateComplete;
      const status = (): string | undefined => el.value?.steps.find((s) => s.id === 's3')?.status;
      expect(status()).to.equal('in-progress');
      expect(press(target, undo.key, { ctrlKey: true, ...undo }).defaultPrevented, 'the undo key is taken').to.equal(true);
      expect(status()).to.equal('not-started');
      press(target, redo.key, { ctrlKey: true, ...redo });
      expect(status()).to.equal('in-progress');
    });
  }

  it('a non-Latin letter on another key is no shortcut', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const target = shadow(el, '.step-button[data-key="s3"]');
    press(target, ' ');
    expect(press(target, 'ز', { ctrlKey: true, code: 'Period' }).defaultPrevented).to.equal(false);
    expect(el.value?.steps.find((s) => s.id === 's3')?.status).to.equal('in-progress');
  });
});
