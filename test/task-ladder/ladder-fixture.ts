// Shared by the ladder's whole-widget tests (task-ladder.test.ts, .participant, .focus, .forms: each one file until it passed 700 lines).
import { fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

/** A ladder between two page buttons (#before, #after), rendered. */
export async function ladder(doc: LadderDocument = sampleLadder(), mode = 'adviser'): Promise<VkTaskLadder> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><vk-task-ladder .value=${doc} mode=${mode}></vk-task-ladder><button id="after">after</button></div>`);
  const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
  await el.updateComplete;
  return el;
}

/** The task button of task `id`. */
export function taskButton(el: VkTaskLadder, id: string): HTMLElement {
  const found = shadowAll(el, '.task-button').find((b) => b.dataset.key === id);
  if (!found) throw new Error(`no task ${id}`);
  return found;
}

/** The operations of the recorded vk-change events. */
export function operations(seen: Array<{ type: string; detail: unknown }>): unknown[] {
  return seen.filter((e) => e.type === 'vk-change').map((e) => (e.detail as { operation: unknown }).operation);
}

/** An update, a frame, and the update it caused. */
export async function settle(el: VkTaskLadder): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

/** The list item of task `id`. */
export function taskItem(el: VkTaskLadder, id: string): HTMLElement {
  return taskButton(el, id).closest('li') as HTMLElement;
}

/** Task `id`'s level in the ladder's value. */
export function levelOf(el: VkTaskLadder, id: string): string | undefined {
  return el.value?.phases.flatMap((p) => p.tasks).find((t) => t.id === id)?.level;
}

/** Focuses task `id`'s button; returns it once the ladder has updated. */
export async function focusTask(el: VkTaskLadder, id: string): Promise<HTMLElement> {
  const button = taskButton(el, id);
  button.focus();
  await el.updateComplete;
  return button;
}

/** `doc` with a newer log entry (7 March 2026, by the adviser) on task t2 of the first phase. */
export function applyLog(doc: LadderDocument): LadderDocument {
  const [p1, ...rest] = doc.phases;
  const tasks = p1.tasks.map((t) => (t.id === 't2' ? { ...t, log: [...(t.log ?? []), { date: '2026-03-07', by: 'adviser' as const, text: 'Nyere' }] } : t));
  return { ...doc, phases: [{ ...p1, tasks }, ...rest] };
}
