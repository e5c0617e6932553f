// Shared by the slow-menu tests in which the host changes the board while a card's menu waits for the editing chunk
// (slow-menu-{disabled,host,moved,readonly}.test.ts): the board with the menu asked for, and the chunk's late arrival.
// Nothing here imports the chunk up front: each file must start without it. Kept out of test/helpers/slow-open.ts, which
// the other widgets' slow tests load: this one loads the board's helpers (read-aloud, speech).
import { expect, fixture, html } from '@open-wc/testing';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { settle } from '../helpers/index.js';
import { cardItem, samplePlan } from './helpers.js';
import { settled } from '../core/hold-updates.js';
import { microtasks } from '../helpers/slow-open.js';

/** Forty microtasks deep (the host's change and the focus repair after it go through more awaits than a press). */
export const boardMicrotasks = (): Promise<void> => microtasks(40);

/** A board (adviser) on the page, card c1's menu asked for by a click; only microtasks since, so the chunk is not in: busy. */
export async function menuWaiting(): Promise<{ el: VkPlanBoard; menuButton: HTMLElement }> {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()} mode="adviser"></vk-plan-board>`);
  await el.updateComplete;
  const menuButton = cardItem(el, 'c1').querySelector<HTMLElement>('.menu-button')!;
  menuButton.focus();
  menuButton.click();
  await boardMicrotasks();
  expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'the chunk is not in yet').to.equal(null);
  expect(menuButton.getAttribute('aria-busy'), 'busy while the menu loads').to.equal('true');
  return { el, menuButton };
}

/** The editing chunk comes: no menu opens late, and focus stays on `active` (where the board put it). */
export async function chunkComes(el: VkPlanBoard, active: Element | null): Promise<void> {
  await import('../../src/plan-board/board-editing.js');
  await el.updateComplete;
  await settled();
  await settle(el);
  expect(el.shadowRoot!.querySelector('[role=menu]:popover-open, .vk-popover:popover-open'), 'no menu opened late').to.equal(null);
  expect(el.shadowRoot!.activeElement, 'focus where it was put').to.equal(active);
}
