import { unsafeCSS, type CSSResult } from 'lit';
import { whenIdle } from './next-task.js';

/**
 * CSS mask images drawn from our own static SVG markup (never host data), and their warm-up.
 *
 * Chromium builds an isolated SVG document (its own page, frame and layout) for every distinct SVG
 * image URL the first time a style uses it, inside the task that lays the page out. A task ladder
 * of 3 × 30 tasks shows seven such icons in its first screenful: about 20 ms of its first frame on
 * our bench machine (issue 14, docs/benchmarks.md, fifteenth pass). The widgets that use masks
 * call `prepareMaskImages()` from their `prepare()` (the task after the define); at the browser's
 * next idle period it loads and decodes each registered URL through an `Image` the module keeps,
 * so the memory cache hands the same, ready image to the stylesheet's `mask` when a host sets
 * `value` later. Idle, not at once: the images only help a widget whose `value` comes later, and
 * must not delay another widget's first render.
 *
 * Costs and limits: the drop-in defines every widget, so a page that shows only a calendar also
 * builds the board's and ladder's images (8, once, at idle), as every `prepare()` is speculative.
 * Nothing goes over the network (data URLs). A page whose Content-Security-Policy `img-src`
 * blocks `data:` blocks these masks anyway; the warm-up then stops at its first image, so it adds
 * one violation (and report) to the page's log, not eight.
 */

const waiting: string[] = [];
const kept: HTMLImageElement[] = [];
let scheduled = false;

/**
 * `url("data:image/svg+xml,…")` for a mask, registered for `prepareMaskImages()`.
 * `svg` is a whole `<svg xmlns=…>` element written with single quotes, without `"`, `\` or line
 * breaks, and with `#` written as `%23` (test/core/mask-images.test.ts checks every registered one).
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
 * Schedules `loadMaskImages()` for the browser's next idle period (50 ms later where there is no
 * `requestIdleCallback`: Safari), once however often it is called before then. Idle, not right away: with
 * every widget defined (the drop-in) the ladder's and the board's images were built in the task
 * after the define, and a page that showed a calendar one frame later paid for them inside its
 * first render (cold month 500: 112 -> 125 ms in the same run).
 */
export function prepareMaskImages(): void {
  if (waiting.length === 0 || scheduled) return;
  scheduled = true;
  whenIdle(() => {
    scheduled = false;
    void loadMaskImages();
  });
}

/**
 * Loads and decodes the waiting mask images, one after the other; resolves when done. Stops at
 * the first that fails (a Content-Security-Policy that blocks `data:` images blocks them all).
 * Never throws or rejects: without a warm-up the first render only does the work itself.
 */
export async function loadMaskImages(): Promise<void> {
  for (const url of typeof Image === 'function' ? waiting.splice(0) : []) {
    try {
      const image = new Image();
      image.src = url;
      kept.push(image);
      // Decoding too (not only loading) saved about a third more of the first frame's cost.
      // (jsdom, in hosts' unit tests, has no decode(): loading is all it gets.)
      if (image.decode) await image.decode();
    } catch {
      return;
    }
  }
}
