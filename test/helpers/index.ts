import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StepsDocument } from '../../src/step-tracker/step-tracker.types.js';
import { setLocale } from '../../src/core/localize.js';

/** A small valid steps document, fresh each call. */
export function sampleSteps(): StepsDocument {
  return {
    version: 1,
    title: { nb: 'Mitt løp', en: 'My route', ar: 'مساري' },
    steps: [
      { id: 's1', title: { nb: 'Kartlegging', en: 'Mapping', ar: 'التقييم' }, status: 'done', completed: '2026-01-10' },
      {
        id: 's2',
        title: { nb: 'Norskkurs', en: 'Norwegian course', ar: 'دورة اللغة النرويجية' },
        status: 'in-progress',
        due: '2026-03-01',
        checklist: [
          { id: 'k1', title: 'Meld på', done: true },
          { id: 'k2', title: 'Møt opp', done: false },
        ],
      },
      { id: 's3', title: { nb: 'Arbeidspraksis', en: 'Work practice', ar: 'تدريب عملي' }, status: 'not-started', hostField: { keep: true } },
      { id: 's4', title: 'Jobb', status: 'skipped' },
    ],
    hostOwned: 'keep me',
  };
}

/** Records every event of the given types dispatched on (or bubbling through) the target. */
export function record(target: EventTarget, ...types: string[]): Array<{ type: string; detail: unknown; event: Event }> {
  const seen: Array<{ type: string; detail: unknown; event: Event }> = [];
  for (const type of types) target.addEventListener(type, (event) => seen.push({ type, detail: (event as CustomEvent).detail, event }));
  return seen;
}

/** The roving items of a widget's shadow root. */
export function shadowAll<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return Array.from(el.shadowRoot?.querySelectorAll<T>(selector) ?? []) as T[];
}

export function shadow<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in shadow root`);
  return found;
}

/** Presses a key on the element that has focus inside the shadow root (or the given target). */
export function press(target: Element, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true, cancelable: true, ...init }));
  return event;
}

/** The words in a widget's live region now (core/announcer.ts: its one region, trimmed). */
export function announced(el: Element): string {
  return el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent?.trim() ?? '';
}

/** Every message the widget announces from now on, in order (its announcer's `announce` calls): what was said once, and what replaced it. */
export function recordAnnouncements(el: Element): string[] {
  const said: string[] = [];
  const announcer = (el as unknown as { announcer: { announce(message: string): void } }).announcer;
  const announce = announcer.announce.bind(announcer);
  announcer.announce = (message) => {
    said.push(message);
    announce(message);
  };
  return said;
}

/** The element focused inside the widget's shadow root. */
export function focused(el: Element): Element | null {
  return el.shadowRoot?.activeElement ?? null;
}

/** Sets any input as a widget's value, as an untyped host would. */
export function setRaw(el: Element, input: unknown): void {
  (el as unknown as { value: unknown }).value = input;
}

/** The box of the first occurrence of `text` in the rendered text under `root` (shadow roots not crossed). */
export function boxOf(root: Node, text: string): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(text) ?? -1;
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${text}" is not rendered`);
}

/**
 * The words of `element`'s first non-empty text node that are drawn on more than one line (split
 * mid-word). Words are what lies between single spaces.
 */
export function splitWords(element: Element): string[] {
  const node = [...element.childNodes].find((n): n is Text => n instanceof Text && n.data.trim() !== '');
  if (!node) throw new Error('no text to check');
  const range = document.createRange();
  const split: string[] = [];
  let at = 0;
  for (const word of node.data.split(' ')) {
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    if (word && range.getClientRects().length !== 1) split.push(word);
    at += word.length + 1;
  }
  return split;
}

/**
 * Opens a widget's details popover with Enter on `item` (a step or task), sets the host value to
 * null with focus inside it, and expects focus on the widget's empty state, never on <body>.
 */
export async function expectNullValueFocusesEmptyState(el: HTMLElement & { value: unknown }, item: HTMLElement, settle: () => Promise<void>): Promise<void> {
  item.focus();
  await sendKeys({ press: 'Enter' });
  await settle();
  expect(shadow(el, '.vk-popover').contains(focused(el))).to.equal(true);
  el.value = null;
  await settle();
  await settle();
  expect(document.activeElement).to.equal(el);
  expect(focused(el)).to.equal(shadow(el, '.vk-empty'));
}

/** The widget's update, the frame after it, and any update that frame started (focus put back after a host disabled it). */
export async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

/** In a `describe`: each test runs with text at 200 % (the root's font size); after it, the root's size and the UI locale (nb) come back. */
export function textAt200Percent(): void {
  beforeEach(() => {
    document.documentElement.style.fontSize = '200%';
  });
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setLocale('nb');
  });
}

/** Counts a Lit element's `update` calls from now on (`count`): a render that should happen once, not twice (Lit's change-in-update). */
export function countUpdates(el: HTMLElement): { count: number } {
  const counter = { count: 0 };
  const update = (el as unknown as { update(changed: Map<PropertyKey, unknown>): void }).update.bind(el);
  Object.defineProperty(el, 'update', {
    configurable: true,
    value: (changed: Map<PropertyKey, unknown>) => {
      counter.count++;
      update(changed);
    },
  });
  return counter;
}

/**
 * The Lit dev-mode warnings printed while `run` runs (the test runner resolves Lit's `development` build): "change-in-update"
 * ("scheduled an update … after an update completed") says a property was set during an update, a second render. Lit prints
 * each warning once per page, so those printed before are forgotten first (dev mode's record of them).
 */
export async function litWarnings(run: () => Promise<unknown>): Promise<string[]> {
  (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings?.clear();
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warnings;
}
