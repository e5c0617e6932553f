/**
 * What of the calendar follows the clock, so a calendar left open (a wall screen, an adviser's
 * desk) does not keep yesterday as today: today's marks (the month's cell, the week's column) move
 * at Oslo's midnight, and the week's "now" line each minute, through the page's clocks
 * (core/today-clock.ts: one timer for every widget on the page). Only the marks move: the day an
 * unset `date` stands for stays the one it was (the period shown, the focus date and the agenda's
 * rows stay; no `vk-range-change`).
 */
import { todayIso } from '../core/dates.js';
import { watchMinute, watchToday } from '../core/today-clock.js';
import { endKey, rangeHas } from './calendar-dates.js';
import type { CalendarRange } from './course-calendar.types.js';

export class CalendarClock {
  /** Oslo's day the last render marked as today. */
  #today = '';
  /** The day an unset (or unusable) `date` stands for: today when first asked (see `focusDay`). */
  #focusDay = '';
  /** The period the last render showed. */
  #range: CalendarRange | null = null;
  /** What the midnight clock asks: a render when a mark moves in the period shown (the day marked goes, or the new day comes). */
  readonly #midnight = {
    requestUpdate: (): void => {
      const range = this.#range;
      if (range && (rangeHas(range, this.#today) || rangeHas(range, todayIso()))) this.host.requestUpdate();
    },
  };

  /** `minute`: moves the "now" line (no render). */
  constructor(
    private readonly host: HTMLElement & { requestUpdate(): void },
    private readonly minute: () => void,
  ) {}

  /** Today, for a render's marks: Oslo's day (contract §4), taken once a render. */
  today(): string {
    return (this.#today = todayIso());
  }

  /**
   * The day an unset `date` stands for: today when first asked, then the same day until `date`
   * changes (`forgetFocusDay`), so midnight moves the marks, not the period shown.
   */
  focusDay(): string {
    return (this.#focusDay ||= todayIso());
  }

  /** `date` changed (the host's, a step's, "I dag"): an unset one is today again. */
  forgetFocusDay(): void {
    this.#focusDay = '';
  }

  /**
   * After a render of `range`: the midnight clock while the period ends after today (a period
   * gone by has no mark to move; one to come is drawn again when today or tomorrow is in it, so
   * the clock waits with it), the minute clock while the week shown has today. Neither out of
   * the page.
   */
  watch(range: CalendarRange): void {
    this.#range = range;
    const on = this.host.isConnected;
    watchToday(this.#midnight, on && endKey(range.end) > this.#today);
    watchMinute(this.minute, on && range.view === 'week' && rangeHas(range, this.#today));
  }

  /** Back in the page: drawn again at once when the day has changed meanwhile, else watching again. */
  connected(): void {
    if (this.#today && todayIso() !== this.#today) this.host.requestUpdate();
    else if (this.#range) this.watch(this.#range);
  }

  disconnected(): void {
    watchToday(this.#midnight, false);
    watchMinute(this.minute, false);
  }
}
