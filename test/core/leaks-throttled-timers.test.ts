// A removed widget is collected even while the page's timers wait. Chromium throttles timers in a
// background page (wtr runs several pages at once), so a timer a widget starts as it is put on the
// page may still be waiting when its element is gone. Before 7 Dec 2026 every connect started one
// per widget (core/disabled-focus.ts: moves count as changes) whose callback closed over the
// widget's scope, and the last few calendars removed in leaks-open.test.ts were still reachable
// under load. Then one page-wide timer (eabf2b45), but its callback was made inside the widget's
// keepDisabledFocus and so kept that scope (host, root) too: the calendar stayed reachable here
// through it, and the tracker and board passed only because the warm-up's timer was still waiting
// (none was started, so none held). Here the timers are held, not run, until the check is done.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { createAminaPlan, createInnherredSchedule, createWorkOrientedCourseSteps } from '../../src/presets/index.js';
import { collect } from './leak-helpers.js';

const widgets: Array<[string, () => unknown]> = [
  ['vk-step-tracker', createWorkOrientedCourseSteps],
  ['vk-plan-board', createAminaPlan],
  ['vk-course-calendar', createInnherredSchedule],
];

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
      // The held connect must start the page-wide timer afresh: not while the warm-up's (real) one still waits, which may
      // come after a timer set later (the browser clamps nested timers), so again after a task until one is held.
      const held: unknown[] = [];
      try {
        let ref: WeakRef<HTMLElement> | undefined;
        for (let i = 0; i < 20 && !held.some(Boolean); i++) {
          await new Promise((resolve) => setTimeout(resolve));
          ref = await mountWithTimersHeld(host, tag, value, held);
        }
        expect(held.some(Boolean), 'a timer held from the connect (else this checks nothing)').to.equal(true);
        // The board asks for its scroll-cue chunk in each constructor and is held until the answer, a task of its own even
        // with the chunk loaded (not a leak): that answer first (asked for later, it comes later).
        await import('../../src/plan-board/scroll-cue.js');
        await collect();
        expect(ref!.deref(), `${held.filter(Boolean).length} timers waiting: ${held.filter(Boolean).map(String).join(' | ').slice(0, 300)}`).to.equal(undefined);
      } finally {
        // Now run: the page-wide timer not run would leave every later change in this page "in this task" (and no timer held).
        for (const handler of held.splice(0)) if (typeof handler === 'function') handler();
      }
    });
  }
});
