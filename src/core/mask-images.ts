import { unsafeCSS, type CSSResult } from 'lit';

/**
 * CSS mask images drawn from our own static SVG markup (never host data), and their warm-up.
 *
 * Chromium builds an isolated SVG document (its own page, frame and layout) for every distinct SVG
 * image URL the first time a style uses it, inside the task that lays the page out. A task ladder
 * of 3 × 30 tasks shows seven such icons in its first screenful: about 20 ms of its first frame on
 * our bench machine (issue 14, docs/benchmarks.md, fifteenth pass). `prepareMaskImages()`, run by
 * the widgets' `prepare()` in a task right after they are defined (before a host sets `value`),
 * loads and decodes each registered URL through an `Image` the module keeps: the browser's memory
 * cache then hands the same, ready image to the stylesheet's `mask`. It waits for the browser to be
 * idle: the images only help a widget whose `value` comes later, and must not delay another
 * widget's first render. Data URLs only: nothing is fetched, and a page whose
 * Content-Security-Policy `img-src` blocks `data:` blocks the mask and the warm-up alike.
 */

const waiting: string[] = [];
const kept: HTMLImageElement[] = [];
let scheduled = false;

/**
 * `url("data:image/svg+xml,…")` for a mask, registered for `prepareMaskImages()`.
 * `svg` is a whole `<svg xmlns=…>` element written with single quotes (a `#` as `%23`).
 * @example mask: ${svgMask(`<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'><path d='M5 12.5l4.5 4.5L19 7.5'/></svg>`)} center / contain no-repeat;
 */
export function svgMask(svg: string): CSSResult {
  const url = `data:image/svg+xml,${svg}`;
  waiting.push(url);
  return unsafeCSS(`url("${url}")`);
}

/** The images loaded so far, in registration order (for tests). */
export function preparedMaskImages(): readonly HTMLImageElement[] {
  return kept;
}

/**
 * Loads and decodes every mask image registered since the last call (see the module comment), when
 * the browser is next idle (a plain task where there is no `requestIdleCallback`). Idle, not right
 * away: with every widget defined (the drop-in) the ladder's and the board's images were built in
 * the task after the define, and a page that showed a calendar one frame later paid for them
 * inside its first render (cold month 500: 112 -> 125 ms in the same run).
 */
export function prepareMaskImages(): void {
  if (typeof Image !== 'function' || waiting.length === 0 || scheduled) return;
  scheduled = true;
  const run = (): void => {
    scheduled = false;
    loadMaskImages();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run);
}

/** Loads and decodes the waiting mask images now. */
export function loadMaskImages(): void {
  if (typeof Image !== 'function') return;
  for (const url of waiting.splice(0)) {
    const image = new Image();
    image.src = url;
    // Decoding too (not only loading) saved about a third more of the first frame's cost.
    image.decode().catch(() => undefined);
    kept.push(image);
  }
}
