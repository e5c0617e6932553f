import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { focused, sampleSteps, shadow, shadowAll } from '../helpers/index.js';

// WAI-ARIA APG roving tabindex, docs/embedding.md ("where Tab would enter the widget (its current
// step …)") and docs/step-tracker.md: Tab and `el.focus()` enter on the current step (the one with
// aria-current="step") until the user has focused a step, then on the last one focused. They
// entered on step 1 while step 2 was current: a keyboard user had to look for where they are.
async function tracker(compact = false): Promise<VkStepTracker> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><vk-step-tracker ?compact=${compact} .value=${sampleSteps()}></vk-step-tracker></div>`);
  const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
  await el.updateComplete;
  return el;
}

const current = (el: VkStepTracker): HTMLElement => shadow(el, '.step-button[aria-current="step"]');
const button = (el: VkStepTracker, id: string): HTMLElement => shadow(el, `.step-button[data-key="${id}"]`);
const stops = (el: VkStepTracker): string[] => shadowAll(el, '.step-button[tabindex="0"]').map((b) => b.dataset.key ?? '');

describe('step tracker: Tab enters on the current step until a step has been focused', () => {
  for (const compact of [false, true]) {
    it(`${compact ? 'compact' : 'full'}: Tab and focus() land on the current step (s2), not on step 1`, async () => {
      const el = await tracker(compact);
      expect(current(el).dataset.key).to.equal('s2');
      expect(stops(el)).to.deep.equal(['s2']);
      (document.getElementById('before') as HTMLElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(button(el, 's2'));
      (document.getElementById('before') as HTMLElement).focus();
      el.focus();
      expect(focused(el)).to.equal(button(el, 's2'));
    });
  }

  it('follows the current step while no step has had focus (a host value moves it); then stays on the step the user focused', async () => {
    const el = await tracker();
    const doc = sampleSteps();
    el.value = { ...doc, steps: doc.steps.map((s) => (s.id === 's2' ? { ...s, status: 'done' as const } : s)) };
    await el.updateComplete;
    expect(current(el).dataset.key).to.equal('s3');
    expect(stops(el)).to.deep.equal(['s3']);
    button(el, 's3').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(button(el, 's4'));
    (document.getElementById('before') as HTMLElement).focus();
    el.value = sampleSteps();
    await el.updateComplete;
    expect(current(el).dataset.key).to.equal('s2');
    expect(stops(el), 'the last focused step').to.deep.equal(['s4']);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(button(el, 's4'));
  });

  it('Tab onto the current step, Space: aria-current moves on; focus, the Tab stop and the arrows stay with the focused step', async () => {
    const el = await tracker();
    (document.getElementById('before') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(button(el, 's2'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(current(el).dataset.key).to.equal('s3');
    expect(focused(el)).to.equal(button(el, 's2'));
    expect(stops(el)).to.deep.equal(['s2']);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(button(el, 's3'));
  });
});
