/**
 * One clock for the whole page that tells the widgets showing "today" (Oslo's day, `todayIso`)
 * when that day has changed, so a page left open past midnight does not keep yesterday's view
 * (a step due yesterday not yet "Forfalt"), nor tomorrow's after the device's clock was set back
 * across midnight. One timer for every widget on the page (a table of
 * 500 compact trackers has one, not 500), and none while no connected widget needs it. A second
 * clock ticks each minute for what follows the time of day (the calendar week's "now" line), on
 * the same terms.
 */
import { osloNow, todayIso } from './dates.js';

/** What the clock asks to update: a Lit element's `requestUpdate`. */
export interface TodayWatcher {
  requestUpdate(): void;
}

/**
 * The instant (ms since the epoch) the next Oslo day begins after `now`: the next 00:00 on Oslo's
 * wall clock (`osloNow`, the rule every widget's "today" is taken by), never `now` + 24 h. Oslo is
 * UTC+1 or UTC+2 and never changes its clocks at midnight (01:00 UTC, contract §4), so that
 * midnight is one of two instants; the short and long days of March and October fall out right.
 * @example nextOsloMidnight(Date.UTC(2026, 2, 29, 12)) // Date.UTC(2026, 2, 29, 22): 30 March, summer time
 */
export function nextOsloMidnight(now = Date.now()): number {
  const [y, m, d] = todayIso(now).split('-').map(Number);
  const midnightUtc = Date.UTC(y, m - 1, d + 1);
  const next = new Date(midnightUtc).toISOString().slice(0, 10) + 'T00:00';
  return midnightUtc - (osloNow(midnightUtc - 72e5) === next ? 72e5 : 36e5);
}

/**
 * One clock: the watchers it asks (`call`) when `next(now)` is another instant than when the timer
 * was set (that instant has come, or the device's clock went back before the period it was set in), one timer
 * for all of them while there is one, cleared when the last leaves. Cheap to call on every render:
 * a set's add or delete.
 */
function clock<W>(next: (now: number) => number, call: (watcher: W) => void): (watcher: W, on: boolean) => void {
  const watchers = new Set<W>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The instant the timer is set for (ms since the epoch). */
  let target = 0;
  const schedule = (): void => {
    if (timer !== undefined || watchers.size === 0) return;
    const now = Date.now();
    target = next(now);
    // An hour at most (36e5 ms) between two looks at the clock. Timers count the time the device is
    // awake (a laptop asleep from evening to morning would otherwise wake to its timer still hours
    // away): an hourly look keeps a page woken after midnight, or whose clock was set back, at most
    // an hour behind. One timer a page, an hour apart, costs nothing.
    timer = setTimeout(tick, Math.min(target - now, 36e5));
  };
  // A timer that fires early (or an hourly look) in the same day (minute) only sets the next one. The
  // watchers are asked when the day is another: the one after (midnight has come) or, the device's
  // clock set back across midnight (by hand, by the network's time), the one before.
  const tick = (): void => {
    const was = target;
    timer = undefined;
    schedule();
    if (target != was) for (const watcher of [...watchers]) call(watcher);
  };
  return (watcher, on) => {
    if (on) {
      watchers.add(watcher);
      schedule();
    } else if (watchers.delete(watcher) && watchers.size === 0 && timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
}

/**
 * Asks `watcher` to update when the next Oslo day begins (`on`), or no more (`!on`, and on
 * disconnect). Cheap to call on every render: a set's add or delete. The page's one timer runs
 * while some watcher is in, and is cleared when the last one leaves.
 */
export const watchToday: (watcher: TodayWatcher, on: boolean) => void = clock(nextOsloMidnight, (watcher: TodayWatcher) => watcher.requestUpdate());

/**
 * Calls `watcher` at each new minute of the clock (`on`: the week's "now" line), or no more (`!on`).
 * Oslo is a whole number of hours from UTC, so its minutes begin with UTC's: the next whole
 * minute since the epoch. Its own timer, a minute apart at most, runs while some watcher is in
 * (a second clock: the day's watchers keep their hourly looks, not one a minute).
 */
export const watchMinute: (watcher: () => void, on: boolean) => void = clock((now) => (Math.floor(now / 6e4) + 1) * 6e4, (watcher: () => void) => watcher());
