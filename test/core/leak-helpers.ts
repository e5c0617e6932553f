// Helpers for the leak tests (leaks.test.ts, leaks-open.test.ts): mount and remove a widget many
// times, then force garbage collection (Chromium runs with --js-flags=--expose-gc) and count the
// removed elements that are still reachable. A listener on a global (speechSynthesis, matchMedia,
// document, window, observers) that outlives its element keeps the element alive.
import { fixture, html } from '@open-wc/testing';
import type { KnownKind } from '../../src/documents.js';
import { createAminaPlan, createInnherredSchedule, createLadder, createWorkOrientedCourseSteps } from '../../src/presets/index.js';
import { tags } from './arbitraries.js';

export const MOUNTS = 500;
const make: Record<KnownKind, () => unknown> = {
  steps: createWorkOrientedCourseSteps,
  plan: createAminaPlan,
  ladder: () => createLadder('care', { participantLanguage: 'ar' }),
  schedule: createInnherredSchedule,
};
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Forces full collections between frames (a WeakRef target stays alive until its job ends).
 * `execution: 'async'` runs each collection as its own task, with no stack to scan: a
 * synchronous gc() scans the native stack conservatively and now and then keeps one random
 * object alive through a stale pointer.
 */
export async function collect(): Promise<void> {
  const gc = (window as { gc?: (options?: { type: 'major'; execution: 'async' }) => Promise<void> | void }).gc;
  if (!gc) throw new Error('window.gc is missing: web-test-runner.config.mjs must pass --js-flags=--expose-gc to Chromium');
  for (let i = 0; i < 4; i++) {
    await frame();
    await gc({ type: 'major', execution: 'async' });
  }
}

type Interaction = (el: HTMLElement) => Promise<void> | void;

function press(el: HTMLElement, key: string): void {
  const target = (el.shadowRoot?.activeElement as HTMLElement | null) ?? el;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

/** Presses `keys` on the item `focus` selects (default: the tab stop), then checks that `state` (a selector) is showing. */
const leaveOpen = (state: string, keys: string[], focus = '[tabindex="0"]'): Interaction => async (el) => {
  el.shadowRoot?.querySelector<HTMLElement>(focus)?.focus();
  for (const key of keys) {
    press(el, key);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
  if (!el.shadowRoot?.querySelector(state)) throw new Error(`<${el.localName}>: ${keys.join(' ')} did not leave ${state} showing`);
};

/** What is still open when the element is removed: a keyboard move, or an item's popover. */
export const openAtRemoval: Record<KnownKind, Array<[string, Interaction]>> = {
  steps: [['an open step popover', leaveOpen(':popover-open', ['Enter'])]],
  plan: [['a keyboard move in progress', leaveOpen('[data-lifted]', [' ', 'ArrowRight'], '[data-roving^="c:"]')]],
  ladder: [['an open task popover', leaveOpen(':popover-open', ['Enter'])]],
  schedule: [['an open session popover', leaveOpen(':popover-open', ['Enter', 'Enter'], '[role="grid"] [tabindex="0"]')]],
};

/** Mounts and removes the widget `mounts` times; returns weak references to the removed elements. */
async function mountAndRemove(kind: KnownKind, mounts: number, interact?: Interaction): Promise<Array<WeakRef<HTMLElement>>> {
  const host = await fixture(html`<div></div>`);
  const document_ = make[kind]();
  const refs: Array<WeakRef<HTMLElement>> = [];
  for (let i = 0; i < mounts; i++) {
    const el = document.createElement(tags[kind]) as HTMLElement & { value: unknown; updateComplete: Promise<unknown> };
    el.value = document_;
    // The calendar opens on the preset's first day with sessions (not on today).
    if (kind === 'schedule') el.setAttribute('date', (document_ as { sessions: Array<{ start: string }> }).sessions[0].start.slice(0, 10));
    host.appendChild(el);
    await el.updateComplete;
    if (interact) await interact(el);
    refs.push(new WeakRef(el));
    el.remove();
  }
  host.remove();
  return refs;
}

/**
 * How many of `mounts` removed elements are still reachable after garbage collection. Collects
 * in a separate frame from the one that mounted (a suspended async function may still hold its
 * last local).
 */
export async function reachableAfterMounts(kind: KnownKind, mounts = MOUNTS, interact?: Interaction): Promise<number> {
  const refs = await mountAndRemove(kind, mounts, interact);
  await collect();
  const alive = refs.flatMap((ref, i) => (ref.deref() ? [i] : []));
  if (alive.length > 0) console.log(`${kind}: still reachable: ${alive.join(', ')}`);
  return alive.length;
}

