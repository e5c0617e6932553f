/**
 * Windowing for long columns: a column with more than `WINDOW_THRESHOLD` cards scrolls inside
 * itself and renders only the cards near its visible part (plus the focused and the lifted
 * card), with spacers of measured height for the rest. Short columns render every card (with
 * `content-visibility: auto`), so ordinary plans keep ordinary page scrolling.
 */

/** More cards than this in one column and the column windows its cards. */
export const WINDOW_THRESHOLD = 120;
/** Cards rendered beyond each edge of the visible part. */
const OVERSCAN = 6;

/** What a column's list knows about itself: scroll offset, visible height, measured card height. */
export interface ColumnWindow {
  scrollTop: number;
  viewport: number;
  /** Average card height including the gap, measured after render (px). */
  itemSize: number;
}

/** A run of cards to render, or a gap of `count` cards rendered as one spacer. */
export type WindowSegment = { kind: 'cards'; start: number; end: number } | { kind: 'spacer'; count: number; size: number; key: string };

/**
 * The segments of a column of `count` cards: the visible range and the `keep` indices
 * (focused, lifted) as cards, everything else as spacers. O(visible + keep).
 */
export function windowSegments(count: number, win: ColumnWindow, keep: readonly number[]): WindowSegment[] {
  const size = Math.max(1, win.itemSize);
  const first = Math.max(0, Math.floor(win.scrollTop / size) - OVERSCAN);
  const last = Math.min(count, Math.ceil((win.scrollTop + win.viewport) / size) + OVERSCAN);
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
