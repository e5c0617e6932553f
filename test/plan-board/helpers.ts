import type { PlanDocument, PlanOperation } from '../../src/plan-board/plan-board.types.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkAudioRecorder } from '../../src/core/recorder.js';
import { fixture, html, waitUntil } from '@open-wc/testing';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { endlessSpeech } from '../helpers/speech.js';
import { settle } from '../helpers/index.js';

/** A small valid plan, fresh each call: mon [c1, c2, c3], tue [c4], wed []. */
export function samplePlan(): PlanDocument {
  return {
    version: 1,
    title: { nb: 'Uke 12', ar: 'الأسبوع 12' },
    participantLanguage: 'ar',
    columns: [
      { id: 'mon', title: { nb: 'Mandag', ar: 'الاثنين' } },
      { id: 'tue', title: { nb: 'Tirsdag', ar: 'الثلاثاء' } },
      { id: 'wed', title: { nb: 'Onsdag', ar: 'الأربعاء' } },
    ],
    cards: [
      { id: 'c1', columnId: 'mon', title: { nb: 'Norskkurs', ar: 'دورة اللغة النرويجية' }, pictogram: 'vk:norwegian-class', time: '09:00-11:30' },
      { id: 'c2', columnId: 'mon', title: { nb: 'Arbeidspraksis', ar: 'تدريب عملي' }, pictogram: 'vk:work-practice', hostField: 7 },
      { id: 'c4', columnId: 'tue', title: { nb: 'Lege', ar: 'طبيب' }, pictogram: 'vk:doctor', done: true },
      { id: 'c3', columnId: 'mon', title: 'Buss', pictogram: 'vk:bus' },
    ],
    hostOwned: 'keep me',
  };
}

/** A board with `count` cards spread over five columns. */
export function bigPlan(count: number): PlanDocument {
  const columns = ['mon', 'tue', 'wed', 'thu', 'fri'].map((id) => ({ id, title: { nb: id.toUpperCase(), ar: id } }));
  const cards = Array.from({ length: count }, (_, i) => ({
    id: `k${i}`,
    columnId: columns[i % 5].id,
    title: { nb: `Kort ${i}`, ar: `بطاقة ${i}` },
    pictogram: 'vk:course',
    time: '09:00',
  }));
  return { version: 1, participantLanguage: 'ar', columns, cards };
}

/** samplePlan() on a board `width` px wide (400: one day at a time), updated and laid out (a few frames). */
export async function boardAt(width: number): Promise<VkPlanBoard> {
  const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px"><vk-plan-board .value=${samplePlan()}></vk-plan-board></div>`);
  const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
  await el.updateComplete;
  for (let i = 0; i < 4; i++) await frame();
  await el.updateComplete;
  return el;
}

export function cardButton(el: VkPlanBoard, id: string): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>(`.card-button[data-key="${id}"]`);
  if (!found) throw new Error(`No card button ${id}`);
  return found;
}

export function cardItem(el: VkPlanBoard, id: string): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>(`.card[data-card="${id}"]`);
  if (!found) throw new Error(`No card ${id}`);
  return found;
}

/** Card ids per column as rendered, e.g. { mon: ['c1','c2'], ... } (an empty column: []). */
export function renderedOrder(el: VkPlanBoard): Record<string, string[]> {
  const order: Record<string, string[]> = {};
  for (const column of el.shadowRoot?.querySelectorAll<HTMLElement>('.column') ?? []) {
    order[column.dataset.column ?? ''] = Array.from(column.querySelectorAll<HTMLElement>('ul.cards > .card')).map((li) => li.dataset.card ?? '');
  }
  return order;
}

/** Opens a card's action menu (adviser mode) and returns the menu. */
export async function openMenu(el: VkPlanBoard, cardId: string): Promise<HTMLElement> {
  const button = cardItem(el, cardId).querySelector<HTMLElement>('.menu-button');
  if (!button) throw new Error(`No menu button on ${cardId}`);
  button.click();
  await el.updateComplete;
  const menu = el.shadowRoot?.querySelector<HTMLElement>('.vk-popover[role="menu"]');
  if (!menu) throw new Error('No menu');
  return menu;
}

/** Chooses an action from a card's menu: accept, edit, move, read, record, remove. */
export async function menuAction(el: VkPlanBoard, cardId: string, action: string): Promise<void> {
  const menu = await openMenu(el, cardId);
  const item = menu.querySelector<HTMLElement>(`[data-action="${action}"]`);
  if (!item) throw new Error(`No menu item ${action}`);
  item.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** The deep focused element (through shadow roots). */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The board's late chunk (scroll-cue.ts: loaded after its first render) has come: its cues are in. */
export const lateLoaded = (el: VkPlanBoard): Promise<void> => waitUntil(() => el.shadowRoot!.querySelector('.cue'), 'the late chunk (edge cues)');

export const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Waits until Floating UI has placed the board's open popover (it loads on first use, so the
 * first popover of a page is drawn unplaced for a moment), and one frame more.
 */
export async function placed(el: HTMLElement): Promise<HTMLElement> {
  const panel = el.shadowRoot!.querySelector('.vk-popover') as HTMLElement;
  for (let i = 0; i < 100 && panel.dataset.positioned !== 'true'; i++) await frame();
  await frame();
  return panel;
}

/** Presses a key on a card button (or any element) and awaits the re-render. */
export async function key(el: VkPlanBoard, target: HTMLElement, k: string, init: KeyboardEventInit = {}): Promise<void> {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...init }));
  target.dispatchEvent(new KeyboardEvent('keyup', { key: k, bubbles: true, composed: true, cancelable: true, ...init }));
  await el.updateComplete;
}

/** Presses keys on whatever card button has focus, re-reading focus after each re-render. */
export async function keys(el: VkPlanBoard, ...list: string[]): Promise<void> {
  for (const k of list) await key(el, el.shadowRoot?.activeElement as HTMLElement, k);
}

function pointer(type: string, x: number, y: number, init: PointerEventInit = {}): PointerEvent {
  return new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, pointerId: 7, pointerType: 'mouse', isPrimary: true, button: 0, buttons: 1, clientX: x, clientY: y, ...init });
}

export function centre(element: Element): { x: number; y: number } {
  const r = element.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/**
 * Drags a card's button by pointer: down at its centre, moves (to the capture target, as the
 * browser would after setPointerCapture) through to (x, y), then up — or `end: 'cancel'`.
 */
export async function drag(el: VkPlanBoard, cardId: string, to: { x: number; y: number }, end: 'up' | 'cancel' | 'none' = 'up', init: PointerEventInit = {}): Promise<void> {
  await pointInto(el);
  const button = cardButton(el, cardId);
  const from = centre(button);
  button.dispatchEvent(pointer('pointerdown', from.x, from.y, init));
  button.dispatchEvent(pointer('pointermove', from.x + 10, from.y + 10, init));
  button.dispatchEvent(pointer('pointermove', (from.x + to.x) / 2, (from.y + to.y) / 2, init));
  button.dispatchEvent(pointer('pointermove', to.x, to.y, init));
  if (end === 'up') {
    button.dispatchEvent(pointer('pointerup', to.x, to.y, { ...init, buttons: 0 }));
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: to.x, clientY: to.y }));
  } else if (end === 'cancel') {
    button.dispatchEvent(pointer('pointercancel', to.x, to.y, init));
  }
  await el.updateComplete;
}

/**
 * The pointer enters the board's columns, as before any real press (an editable board preloads its
 * editing chunk then; updateComplete waits for it).
 */
export async function pointInto(el: VkPlanBoard): Promise<void> {
  el.shadowRoot?.querySelector('.columns')?.dispatchEvent(new PointerEvent('pointerenter'));
  await el.updateComplete;
}

/** A point just above a card (to drop before it) or below the last card of a column. */
export function above(element: Element): { x: number; y: number } {
  const r = element.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + 4 };
}
export function below(element: Element): { x: number; y: number } {
  const r = element.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.bottom - 2 };
}

/** The edit form's recorder (a lazy element), as the tests drive it. */
export type EditorRecorder = HTMLElement & { record(): Promise<void>; stop(): Promise<void>; maxSeconds: number; state: string; lang: string; updateComplete: Promise<unknown> };

/** Opens card `cardId`'s edit form from its menu and waits for its recorder to be defined and drawn. */
export async function editorRecorder(el: VkPlanBoard, cardId = 'c1'): Promise<EditorRecorder> {
  await menuAction(el, cardId, 'edit');
  const find = (): EditorRecorder | null => el.shadowRoot!.querySelector<EditorRecorder>('.edit-form vk-audio-recorder');
  let recorder = find();
  for (let i = 0; !recorder && i < 50; i++) {
    await frame();
    recorder = find();
  }
  if (!recorder) throw new Error('no recorder');
  await recorder.updateComplete;
  return recorder;
}

/**
 * A participant board (samplePlan) reading card `cardId` aloud, through an engine whose words last
 * until stopped (`speech.stopped` lists them): call `setSpeechEngine(null)` after.
 */
export async function readingBoard(cardId = 'c1'): Promise<{ el: VkPlanBoard; speech: ReturnType<typeof endlessSpeech> }> {
  const speech = endlessSpeech();
  setSpeechEngine(speech.engine);
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board>`);
  cardButton(el, cardId).click();
  await settle(el);
  return { el, speech };
}

/** Opens a participant's proposal (the dentist picture) and waits for its recorder: the `<vk-audio-recorder>` it shows. */
export async function proposalRecorder(el: VkPlanBoard): Promise<VkAudioRecorder> {
  const root = el.shadowRoot!;
  (root.querySelector('.propose') as HTMLElement).click();
  await el.updateComplete;
  (root.querySelector('.picker-option[data-pictogram="vk:dentist"]') as HTMLElement).click();
  await el.updateComplete;
  let recorder = root.querySelector<VkAudioRecorder>('vk-audio-recorder');
  for (let i = 0; !recorder && i < 50; i++) {
    await frame();
    recorder = root.querySelector<VkAudioRecorder>('vk-audio-recorder');
  }
  if (!recorder) throw new Error('no recorder');
  await recorder.updateComplete;
  return recorder;
}

/** The sample plan on a board in `mode` (plan-board.test.ts, plan-board.modes.test.ts). */
export const board = (mode = 'adviser'): Promise<VkPlanBoard> => fixture<VkPlanBoard>(html`<vk-plan-board mode=${mode} .value=${samplePlan()}></vk-plan-board>`);
export const operations = (events: Array<{ type: string; detail: unknown }>): PlanOperation[] =>
  events.filter((e) => e.type === 'vk-change').map((e) => (e.detail as { operation: PlanOperation }).operation);
export const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
