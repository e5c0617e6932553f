// A removed widget is collected even while the page's timers wait. Chromium throttles timers in a
// background page (wtr runs several pages at once), so a timer a widget starts as it is put on the
// page may still be waiting when its element is gone. Before 7 Dec 2026 every connect started one
// per widget (core/disabled-focus.ts: moves count as changes) whose callback closed over the
// widget's scope, and the last few calendars removed in leaks-open.test.ts were still reachable
// under load. Here the timers are held, not run, until the check is done.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { createAminaPlan, createWorkOrientedCourseSteps } from '../../src/presets/index.js';
import { collect } from './leak-helpers.js';

const widgets: Array<[string, () => unknown]> = [
  ['vk-step-tracker', createWorkOrientedCourseSteps],
  ['vk-plan-board', createAminaPlan],
];
// Not the calendar here: mounted and removed once with its connect's timers held, it stays reachable by something this
// harness has not yet named (not a timer: none but the page-wide one waits), though leaks-open.test.ts collects it.

/**
 * Puts one `tag` on the page with the page's timers held (not run) while it connects, renders it, removes it. Its own
 * async function: the caller's frame, which goes on to collect, never holds the element.
 */
async function mountWithTimersHeld(host: Element, tag: string, value: unknown, held: unknown[]): Promise<WeakRef<HTMLElement>> {
  const [realSet, realClear] = [window.setTimeout, window.clearTimeout];
  // Held, not run; a timer cleared (as a widget clears its own on disconnect) lets go of its callback.
  window.setTimeout = ((handler: TimerHandler) => held.push(handler)) as unknown as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => id && (held[id - 1] = undefined)) as typeof window.clearTimeout;
  const el = document.createElement(tag) as HTMLElement & { value: unknown; updateComplete: Promise<unknown> };
  try {
    el.value = value;
    host.append(el);
  } finally {
    [window.setTimeout, window.clearTimeout] = [realSet, realClear];
  }
  await el.updateComplete;
  el.remove();
  return new WeakRef(el);
}

describe('a removed widget is not held by a timer still waiting', () => {
  for (const [tag, make] of widgets) {
    it(`<${tag}>: collected while a timer started as it connected has not run`, async () => {
      const host = await fixture(html`<div></div>`);
      const value = make();
      // Warm up (lazy chunks, first-use caches) before timers are held.
      const first = document.createElement(tag) as HTMLElement & { value: unknown; updateComplete: Promise<unknown> };
      first.value = value;
      host.append(first);
      await first.updateComplete;
      first.remove();
      const held: unknown[] = [];
      const ref = await mountWithTimersHeld(host, tag, value, held);
      await collect();
      expect(ref.deref(), `${held.filter(Boolean).length} timers waiting: ${held.filter(Boolean).map(String).join(' | ').slice(0, 300)}`).to.equal(undefined);
      held.length = 0;
    });
  }
});
