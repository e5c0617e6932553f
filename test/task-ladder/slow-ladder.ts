// Shared by the slow-details tests in which the host changes the ladder while a task's details wait for their chunk
// (slow-details-{disabled,host,moved}.test.ts), or the user goes elsewhere (slow-details-outside.test.ts): the ladder with
// task t2 opened, and the chunk's late arrival. Nothing here imports the panel chunk up front: each file must start without it.
import { expect, fixture, html } from '@open-wc/testing';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { settle, shadowAll } from '../helpers/index.js';
import { settled } from '../core/hold-updates.js';
import { sampleLadder } from './sample.js';
import { key, microtasks } from '../helpers/slow-open.js';

export const taskButton = (el: VkTaskLadder, id: string): HTMLElement => shadowAll(el, '.task-button').find((b) => b.dataset.key === id)!;

/** A ladder on the page, Enter on task t2 (focused); only microtasks since, so the panel chunk is not in: busy. */
export async function detailsWaiting(): Promise<VkTaskLadder> {
  const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
  await settle(el);
  taskButton(el, 't2').focus();
  key(taskButton(el, 't2'), 'Enter');
  await microtasks();
  expect(el.shadowRoot!.querySelector('.vk-popover'), 'the chunk is not in yet').to.equal(null);
  expect(taskButton(el, 't2').getAttribute('aria-busy')).to.equal('true');
  return el;
}

/** The panel chunk comes: nothing opens late, and focus stays on the task `id` (`null`: on <body>, where a press put it). */
export async function chunkComes(el: VkTaskLadder, id: string | null): Promise<void> {
  await import('../../src/task-ladder/task-panel.js');
  await el.updateComplete;
  await settled();
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'nothing opened late').to.equal(null);
  if (id === null) expect(document.activeElement, 'focus left on <body>').to.equal(document.body);
  else expect((el.shadowRoot!.activeElement as HTMLElement).dataset.key).to.equal(id);
}
