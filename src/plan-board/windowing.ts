import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { itemsToFill } from '../core/first-frame.js';
import type { PlanCard } from './plan-board.types.js';

/**
 * Windowing for long columns: a column with more than `WINDOW_THRESHOLD` cards scrolls inside
 * itself and renders only the cards near its visible part (plus the focused and the lifted
 * card), with spacers of measured height for the rest. Short columns render every card, so
 * ordinary plans keep ordinary page scrolling.
 */

/** More cards than this in one column and the column windows its cards. */
export const WINDOW_THRESHOLD = 120;
/** Cards rendered beyond each edge of the visible part. */
const OVERSCAN = 6;

/**
 * How many cards of each column a new board's first frame renders (the rest follow one frame
 * later): enough to fill `viewport` px even if every card were as short as it can be. A card is at
 * least its paddings and border (14 px) plus, with `actions`, its row of Done/menu buttons (36 px and a 4 px gap),
 * plus its main control: 44 px, or 20 px per line of title, time and place (a line and a gap). Titles that wrap, a
 * second language and a pictogram above the words only make cards taller (a 300-card board's
 * cards at 1200 px are 200 px: 10 cards a column instead of the 12 a flat 90 px per card gave).
 * Two more for the gaps; at least 8. O(cards shown).
 */
export function firstScreenful(columns: Iterable<readonly PlanCard[]>, viewport: number, actions: boolean): number {
  let most = 8;
  for (const cards of columns) {
    let height = 0;
    let count = 0;
    for (const card of cards) {
      if (height >= viewport) break;
      height += (actions ? 54 : 14) + Math.max(44, 20 * (1 + (card.time ? 1 : 0) + (card.place ? 1 : 0)));
      count++;
    }
    most = Math.max(most, count + 2);
  }
  return most;
}

/**
 * How many cards of each column a new board renders before it measures (a probe): what a
 * viewport of `viewport` px shows of cards 240 px tall, at least 3. `firstScreenful` stays the
 * ceiling; the board renders more after measuring (`itemsToFill`, which adds one beyond the
 * viewport) when its cards are shorter. (Until 1 Dec 2026 the probe also added one: at 900 px a
 * 300-card board's fifth card begins at 943 px, below the viewport, and was drawn in the first
 * frame for nothing.)
 */
export function firstProbe(viewport: number): number {
  return Math.max(3, Math.ceil(viewport / 240));
}

/**
 * After a first frame of `shown` cards per column is rendered and before it is painted: how many
 * cards per column reach the bottom of the viewport, by one layout read of each short column's
 * first and last card (the board then renders that many in the same task: read, then write).
 * Columns with fewer cards than `shown` are complete; windowed ones measure themselves.
 */
export function cardsToFillViewport(root: ParentNode, shown: number): number {
  let need = shown;
  for (const list of root.querySelectorAll<HTMLElement>('ul.cards:not([data-windowed])')) {
    if (list.children.length >= shown) need = Math.max(need, itemsToFill(list.children));
  }
  return need;
}

/**
 * A new board's first frame: about a screenful of each column, the rest one frame later, so a
 * long board shows up without waiting for cards below the fold. It starts as a probe
 * (`firstProbe`); once the probe is laid out and before it is painted, `fill` asks for as many
 * cards as reach the bottom of the viewport by measure, at most `firstScreenful` (enough even for
 * the shortest cards).
 */
export class FirstFrame {
  /** Cards rendered per column now; Infinity once the board is complete. */
  count = Infinity;
  #cap = Infinity;

  /**
   * A new document: a probe, if some column (not a windowed one) is longer than the worst-case
   * screenful (a board that short renders every card at once, as it always did).
   */
  start(columns: ReadonlyArray<readonly PlanCard[]>, viewport: number, actions: boolean): void {
    this.#cap = firstScreenful(columns, viewport, actions);
    if (columns.some((cards) => cards.length > this.#cap && cards.length <= WINDOW_THRESHOLD)) this.count = Math.min(this.#cap, firstProbe(viewport));
  }

  /** After the probe rendered, before it is painted: true if more cards must render now. */
  fill(root: ParentNode): boolean {
    if (this.count === Infinity) return false;
    const need = Math.min(cardsToFillViewport(root, this.count), this.#cap);
    if (need <= this.count) return false;
    this.count = need;
    return true;
  }

  /** Every card from now on; false if the board already was complete. */
  complete(): boolean {
    if (this.count === Infinity) return false;
    this.count = Infinity;
    return true;
  }
}

/** What a column's list knows about itself: scroll offset, visible height, measured card height. */
export interface ColumnWindow {
  scrollTop: number;
  viewport: number;
  /** Average card height including the gap, measured after render (px). */
  itemSize: number;
}

/** A run of cards to render, or a gap of `count` cards rendered as one spacer. */
export type WindowSegment = { kind: 'cards'; start: number; end: number } | { kind: 'spacer'; count: number; size: number; key: string };

/** The cards (from, to: one past the last) a column of `count` cards renders around its visible part. */
function visibleRange(count: number, win: ColumnWindow): [number, number] {
  const size = Math.max(1, win.itemSize);
  return [Math.max(0, Math.floor(win.scrollTop / size) - OVERSCAN), Math.min(count, Math.ceil((win.scrollTop + win.viewport) / size) + OVERSCAN)];
}

/**
 * The segments of a column of `count` cards: the visible range and the `keep` indices
 * (focused, lifted) as cards, everything else as spacers. O(visible + keep).
 */
export function windowSegments(count: number, win: ColumnWindow, keep: readonly number[]): WindowSegment[] {
  const size = Math.max(1, win.itemSize);
  const [first, last] = visibleRange(count, win);
  const ranges: Array<[number, number]> = [[first, last]];
  for (const k of keep) if (k >= 0 && k < count && (k < first || k >= last)) ranges.push([k, k + 1]);
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: WindowSegment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) segments.push({ kind: 'spacer', count: from - at, size: (from - at) * size, key: `s${at}` });
    segments.push({ kind: 'cards', start: from, end });
    at = end;
  }
  if (at < count) segments.push({ kind: 'spacer', count: count - at, size: (count - at) * size, key: `s${at}` });
  return segments;
}

/**
 * Each long column's window: its scroll offset and visible height (from `scroll`, one update per
 * frame) and the measured card height. After every render it sizes the spacers (through the
 * CSSOM: no style attribute) and re-measures; measuring settles within a few rounds.
 */
export class ColumnWindows implements ReactiveController {
  #windows = new Map<string, ColumnWindow>();
  #frame = 0;
  #rounds = 0;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }, private readonly guess: () => number) {
    host.addController(this);
  }

  of(columnId: string): ColumnWindow {
    let win = this.#windows.get(columnId);
    if (!win) {
      win = { scrollTop: 0, viewport: 900, itemSize: this.guess() };
      this.#windows.set(columnId, win);
    }
    return win;
  }

  #lists(): HTMLElement[] {
    return Array.from(this.host.renderRoot.querySelectorAll<HTMLElement>('ul.cards[data-windowed]'));
  }

  /** A windowed list scrolled: re-render once per frame if what is visible changed. */
  scrolled(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      let changed = false;
      for (const list of this.#lists()) {
        const win = this.of(list.dataset.column ?? '');
        if (win.scrollTop !== list.scrollTop || win.viewport !== list.clientHeight) {
          win.scrollTop = list.scrollTop;
          win.viewport = list.clientHeight;
          changed = true;
        }
      }
      if (changed) {
        this.#rounds = 0;
        this.host.requestUpdate();
      }
    });
  }

  /**
   * After each render: measure each long column's cards and visible height. A measure that needs cards not rendered yet
   * renders again (before the paint: read, then write; Lit's change-in-update, which only a measure after layout can cause);
   * one that only shrinks what must be shown (the usual first render: the guessed 900 px viewport and card height cover the
   * measured ones) resizes the spacers, count × measured height, without a second render (before 8 Dec 2026 every new
   * board with a long column rendered twice).
   */
  hostUpdated(): void {
    // Measuring can change the window, which changes what is measured: settle within a few rounds.
    const measure = this.#rounds <= 3;
    let changed = false;
    for (const list of this.#lists()) {
      const win = this.of(list.dataset.column ?? '');
      const items = measure ? Array.from(list.querySelectorAll<HTMLElement>(':scope > .card')).slice(0, 12) : [];
      if (items.length > 0) {
        // The cards rendered for the window as it was (and the focused and lifted ones): more to render if it now shows others.
        const count = Number(items[0].getAttribute('aria-setsize'));
        const [from, to] = visibleRange(count, win);
        const gap = parseFloat(getComputedStyle(items[0]).marginBlockEnd) || 0;
        const size = items.reduce((sum, li) => sum + li.offsetHeight, 0) / items.length + gap;
        if (size > 0 && Math.abs(size - win.itemSize) > 2) win.itemSize = size;
        if (list.clientHeight > 0) win.viewport = list.clientHeight;
        const [first, last] = visibleRange(count, win);
        if (first < from || last > to) changed = true;
      }
      const size = Math.max(1, win.itemSize);
      for (const spacer of list.querySelectorAll<HTMLElement>(':scope > .spacer')) spacer.style.setProperty('block-size', `${Number(spacer.dataset.count) * size}px`);
    }
    if (!measure) return;
    if (changed) {
      this.#rounds++;
      this.host.requestUpdate();
    } else this.#rounds = 0;
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}
