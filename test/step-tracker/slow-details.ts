// Shared by the slow-details tests in which the host changes the tracker while a step's details wait for their chunk
// (slow-details-{disabled,host,moved}.test.ts): the tracker with step s2 opened, and the chunk's late arrival, as the
// ladder's test/task-ladder/slow-ladder.ts. Nothing here imports the details chunk up front: each file must start without it.
import { expect, fixture, html } from '@open-wc/testing';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { sampleSteps, shadowAll } from '../helpers/index.js';
import { settled } from '../core/hold-updates.js';
import { key, microtasks } from '../helpers/slow-open.js';

export const stepButton = (el: VkStepTracker, id: string): HTMLElement => shadowAll(el, '.step-button').find((b) => b.dataset.key === id)!;

/** Forty microtasks deep (the host's change and the focus repair after it go through more awaits than a press). */
export const trackerMicrotasks = (): Promise<void> => microtasks(40);

/** The key of the step with focus, if any. */
export const focusedStep = (el: VkStepTracker): string | undefined => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key;

/** An editable tracker on the page, Enter on step s2 (focused); only microtasks since, so the details chunk is not in: busy. */
export async function detailsWaiting(): Promise<VkStepTracker> {
  const el = await fixture<VkStepTracker>(html`<vk-step-tracker editable .value=${sampleSteps()}></vk-step-tracker>`);
  await el.updateComplete;
  stepButton(el, 's2').focus();
  key(stepButton(el, 's2'), 'Enter');
  await trackerMicrotasks();
  expect(el.shadowRoot!.querySelector('.vk-popover'), 'the chunk is not in yet').to.equal(null);
  expect(stepButton(el, 's2').getAttribute('aria-busy'), 'busy while its details load').to.equal('true');
  return el;
}

/** The details chunk comes: nothing opens late, and focus stays on the step `id` (`null`: on <body>, where a press put it). */
export async function chunkComes(el: VkStepTracker, id: string | null): Promise<void> {
  await import('../../src/step-tracker/step-details.js');
  await el.updateComplete;
  await settled();
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'nothing opened late').to.equal(null);
  if (id === null) expect(document.activeElement, 'focus left on <body>').to.equal(document.body);
  else expect(focusedStep(el), 'focus where it was').to.equal(id);
}
