/**
 * The host changes the tracker while a step's details are still loading (a slow connection: Enter on
 * the step, core/pending-open.ts). Before 7 Dec 2026 (a newcomer's QA, 80-pending-host, 82-move) the
 * focus repair waited for the chunk (the tracker's updateComplete waits for an open step's details):
 * focus stayed on <body> until it came, or for ever. Now the host's change cancels the open, and
 * focus is back at once.
 *
 * One test per file: the chunk must not be loaded yet. Only microtasks run between Enter and the
 * checks, so the chunk cannot arrive in between (as slow-details-cancel.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { sampleSteps, shadowAll } from '../helpers/index.js';
import { settled } from '../core/hold-updates.js';
import { key } from '../helpers/slow-open.js';

const button = (el: VkStepTracker, id: string): HTMLElement => shadowAll(el, '.step-button').find((b) => b.dataset.key === id)!;
const microtasks = async (): Promise<void> => {
  for (let i = 0; i < 40; i++) await Promise.resolve();
};

describe('step tracker: the host disables the tracker while a step’s details load', () => {
  it('focus stays on the step at once (aria-disabled), not <body> until the chunk comes; nothing opens late', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker editable .value=${sampleSteps()}></vk-step-tracker>`);
    await el.updateComplete;
    button(el, 's2').focus();
    key(button(el, 's2'), 'Enter');
    await microtasks();
    expect(el.shadowRoot!.querySelector('.vk-popover'), 'the chunk is not in yet').to.equal(null);
    expect(button(el, 's2').getAttribute('aria-busy')).to.equal('true');
    el.disabled = true;
    await microtasks();
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key, 'focus on the step at once').to.equal('s2');
    expect(button(el, 's2').hasAttribute('aria-busy'), 'the open cancelled').to.equal(false);
    await import('../../src/step-tracker/step-details.js');
    await el.updateComplete;
    await settled();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'nothing opened late').to.equal(null);
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.key).to.equal('s2');
  });
});
