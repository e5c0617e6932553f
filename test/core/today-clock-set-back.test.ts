import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { watchMinute, watchToday } from '../../src/core/today-clock.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { StepsDocument } from '../../src/step-tracker/step-tracker.types.js';

// The page's clock asked its watchers to draw again when the instant it waited for (Oslo's next
// midnight, the next minute) had come, so only a clock moving forward was followed. A device whose
// clock is set back across midnight (by hand, or by the network's time after it ran fast) kept
// tomorrow as "today": a step due "yesterday" stayed "Forfalt" until the day caught up. Now the
// watchers are asked whenever the day (minute) is another than the one the timer was set in.

/** Noon in Oslo on 7 December 2026 (CET, UTC+1), and the same time the day before. */
const NOON = Date.UTC(2026, 11, 7, 11);
const DAY = 864e5;

describe('the page clock follows a clock set back across midnight', () => {
  const RealDate = Date;
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  let now = NOON;
  /** The long timers set (the clock's: the next midnight, an hour at most), not run by themselves. */
  let long: Array<() => void> = [];
  beforeEach(() => {
    now = NOON;
    long = [];
    class SetDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(now);
        else super(...(args as [string]));
      }
      static override now(): number {
        return now;
      }
    }
    globalThis.Date = SetDate as DateConstructor;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
      if ((delay ?? 0) < 30_000) return realSet(handler, delay, ...rest);
      long.push(handler as () => void);
      return -long.length;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => (id !== undefined && id < 0 ? void (long[-id - 1] = () => {}) : realClear(id))) as typeof window.clearTimeout;
  });
  afterEach(() => {
    globalThis.Date = RealDate;
    window.setTimeout = realSet;
    window.clearTimeout = realClear;
  });

  /** Runs the clock's pending timer (as the hourly look would) and returns how many were pending. */
  const look = (): number => {
    const pending = long;
    long = [];
    for (const run of pending) run();
    return pending.length;
  };

  it('watchToday: a day back is a new day; an early look in the same day, or back within it, is not', () => {
    let asked = 0;
    const watcher = { requestUpdate: () => void asked++ };
    watchToday(watcher, true);
    now = NOON + 36e5;
    expect(look(), 'one timer').to.equal(1);
    expect(asked, 'an hour later, the same day').to.equal(0);
    now = NOON - 2 * 36e5;
    look();
    expect(asked, 'set back two hours, the same day').to.equal(0);
    now = NOON - DAY;
    look();
    expect(asked, 'set back a day').to.equal(1);
    now = NOON;
    look();
    expect(asked, 'forward again: the next day').to.equal(2);
    watchToday(watcher, false);
  });

  it('watchMinute: a clock set back a minute moves the "now" line', () => {
    let asked = 0;
    const watcher = (): void => void asked++;
    // At noon on the dot, the next minute is a whole minute away (a long timer here).
    watchMinute(watcher, true);
    now = NOON + 3e4;
    expect(look()).to.equal(1);
    expect(asked, 'half a minute later').to.equal(0);
    now = NOON - 6e4;
    look();
    expect(asked, 'set back a minute').to.equal(1);
    watchMinute(watcher, false);
  });

  it('step tracker: a step due yesterday is no longer "Forfalt" once the clock is set back a day', async () => {
    const doc: StepsDocument = {
      version: 1,
      steps: [
        { id: 'a', title: 'Norskkurs', status: 'in-progress', due: '2026-12-06' },
        // One that can still fall due: the tracker watches the clock.
        { id: 'b', title: 'Arbeidspraksis', status: 'not-started', due: '2026-12-20' },
      ],
    };
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${doc} orientation="vertical"></vk-step-tracker>`);
    const forfalt = (): boolean => !!el.shadowRoot!.querySelector('.step-button[data-key="a"]')?.textContent?.includes('Forfalt');
    expect(forfalt(), 'on 7 December').to.equal(true);
    now = NOON - DAY;
    look();
    await el.updateComplete;
    expect(forfalt(), 'the clock says 6 December again').to.equal(false);
  });
});
