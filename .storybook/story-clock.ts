/**
 * The day the stories are set on. Their documents are dated around it (the calendar opens on
 * 12 March 2026, the tracker's current step is due 13 March, the ladder's sign-offs are from early
 * March), and the widgets take "today" from the clock (Oslo's day of `Date.now()`, core/dates.ts),
 * which the contract gives no attribute for. On the real clock the same story changed with the
 * day it was opened: from 14 March 2026 "Midway" showed a red "Forfalt" on a step meant to be
 * current, and the calendar's today mark and the week's "now" line came and went.
 *
 * Storybook's preview runs on a running clock from this instant (time goes on from it, so timers,
 * durations and Storybook's own throttles behave); the visual suite's page (scripts/visual/page.ts)
 * on a fixed one, so the week's "now" line is in the same place in every shot. A host page has the
 * real day: only these two pages call `pinStoryClock`.
 */

/** Thursday 12 March 2026, 10:00 in Oslo (09:00 UTC). */
export const storyNow = Date.UTC(2026, 2, 12, 9, 0);

/**
 * Replaces `Date` so that `Date.now()` and `new Date()` start at `instant` (running on with real
 * time, or `fixed` there). Dates built from a value or parts are untouched. Returns a function that
 * puts the real clock back.
 */
export function pinStoryClock(instant = storyNow, { fixed = false } = {}): () => void {
  const RealDate = globalThis.Date;
  const start = performance.now();
  const now = (): number => (fixed ? instant : instant + Math.floor(performance.now() - start));
  class StoryDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...(args as [string]));
    }

    static override now(): number {
      return now();
    }
  }
  globalThis.Date = StoryDate as DateConstructor;
  return () => {
    globalThis.Date = RealDate;
  };
}
