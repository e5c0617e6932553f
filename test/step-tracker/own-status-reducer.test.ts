import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { StepsDocument, StepsOperation } from '../../src/step-tracker/step-tracker.types.js';
import { fixClock } from '../helpers/clock.js';
import { announced, sampleSteps, settle, shadow } from '../helpers/index.js';

// A host written to the contract (step.status {stepId, from, to})
// that keeps its own state with its own reducer and writes it back in its vk-change listener, as
// contract.md says controlled hosts do. It saves the status; it does not know `completed`.

describe('a controlled host whose step.status reducer sets the status only', () => {
  let restore: (() => Promise<void>) | undefined;
  beforeEach(async () => (restore = await fixClock(Date.UTC(2026, 2, 12, 11), 'UTC')));
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  it('Space → done is not said to be unsaved (the status the user set was saved)', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    await el.updateComplete;
    let state: StepsDocument = el.value!;
    el.addEventListener('vk-change', (e) => {
      const op = (e as CustomEvent<{ operation: StepsOperation }>).detail.operation;
      if (op.type !== 'step.status') return;
      state = { ...state, steps: state.steps.map((s) => (s.id === op.stepId ? { ...s, status: op.to } : s)) };
      el.value = state; // controlled: write back the host's own state
    });
    shadow(el, '.step-button[data-key="s2"]').focus();
    await sendKeys({ press: 'Space' }); // in-progress -> done
    await settle(el);
    expect(el.value!.steps[1].status).to.equal('done');
    expect(announced(el)).to.not.contain('ikke lagret');
    expect(announced(el)).to.contain('Ferdig');
  });
});
