/**
 * How scripts/visual/run.mjs decides that a shot still matches its baseline. Two limits, both on
 * pixelmatch's count of changed pixels (anti-aliased pixels excluded, threshold 0.1):
 *
 * - spread: at most SHARE (0.2 %) of the shot's pixels may differ. A layout change (a wrapped word,
 *   a lost column, a colour) moves many pixels all over the shot.
 * - concentrated: at most WINDOW_MAX changed pixels in any WINDOW×WINDOW square (a sliding window,
 *   every position, so a change is never split between two fixed tiles). A marker-sized change —
 *   a step's mark redrawn, the calendar's today mark moved 3 px, one word of a card — is a few dozen
 *   pixels in one place, under 0.2 % of a 640×450 shot, and passed the share limit alone.
 *
 * Sizes are in the stored shot's pixels (half the page's: run.mjs averages 2×2 blocks), so a 16 px
 * window is 32 CSS px, about one tracker marker or a short word.
 *
 * WINDOW_MAX, measured (7 Dec 2026, Debian Chromium, 924 shots a run): noise counted nothing. Three
 * full runs of main against its baselines, one under load beside other runs, had 0 changed pixels
 * in every shot once 26 stale ones were rewritten (pixelmatch's anti-aliasing test took the up to 9
 * pixels a shot that did move, and a baseline re-encoded by --update moved 1–141 pixels by a colour
 * step, under its threshold). Real changes, each under 0.2 % of its shots, counted in the densest
 * 16×16 square: the skipped step's hop mark put back to a struck "2" 25–42; the calendar's today
 * mark moved 2 px 28–96 (3 px 63–141; 1 px 8–68, caught in 11 of 12 shots); one card word ("Fast
 * jobb" as "Fast lønn") 19–46; the ladder's record shortcut dashed instead of solid in forced
 * colours 13–15. 8 is under half the smallest of these but the 1 px move and leaves 8 pixels of
 * concentrated noise before a false alarm.
 */
import pixelmatch from 'pixelmatch';

export const SHARE = 0.002;
export const WINDOW = 16;
export const WINDOW_MAX = 8;
const DIFF = [255, 0, 0];

/**
 * The densest WINDOW×WINDOW square of a mask (1 = changed): its count and top-left corner. Windows
 * are clamped to the image, so an image smaller than the window is one window.
 */
export function densestWindow(mask, width, height, size = WINDOW) {
  const w = Math.min(size, width);
  const h = Math.min(size, height);
  // Summed-area table, one row and column of zeros before the image.
  const sums = new Uint32Array((width + 1) * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += mask[y * width + x] ? 1 : 0;
      sums[(y + 1) * (width + 1) + x + 1] = sums[y * (width + 1) + x + 1] + row;
    }
  }
  const at = (x, y) => sums[y * (width + 1) + x];
  let best = { count: 0, x: 0, y: 0 };
  for (let y = 0; y + h <= height; y++) {
    for (let x = 0; x + w <= width; x++) {
      const count = at(x + w, y + h) - at(x, y + h) - at(x + w, y) + at(x, y);
      if (count > best.count) best = { count, x, y };
    }
  }
  return best;
}

/**
 * Compares two RGBA images of one size. Returns the changed pixel count, the densest window, whether
 * the shot passes, a reason when it does not, and the diff image's data (changed pixels red over a
 * faded copy of the baseline, anti-aliasing yellow).
 *
 * `scale` turns the stored pixels into page pixels for the message (run.mjs stores half size).
 */
export function compareImages(expected, actual, width, height, { share = SHARE, window = WINDOW, windowMax = WINDOW_MAX, scale = 1 } = {}) {
  const diff = new Uint8Array(width * height * 4);
  const changed = pixelmatch(expected, actual, diff, width, height, { threshold: 0.1, diffColor: DIFF, diffColorAlt: DIFF });
  const mask = new Uint8Array(width * height);
  if (changed) {
    for (let i = 0; i < mask.length; i++) {
      // Pure red is a counted change; the faded baseline is grey, anti-aliasing yellow.
      mask[i] = diff[i * 4] === DIFF[0] && diff[i * 4 + 1] === DIFF[1] && diff[i * 4 + 2] === DIFF[2] ? 1 : 0;
    }
  }
  const densest = changed ? densestWindow(mask, width, height, window) : { count: 0, x: 0, y: 0 };
  const allowed = width * height * share;
  const reasons = [];
  if (changed > allowed) reasons.push(`${changed} pixels differ (${((changed / (width * height)) * 100).toFixed(2)} %, at most ${(share * 100).toFixed(1)} %)`);
  if (densest.count > windowMax) {
    const side = window * scale;
    reasons.push(`${densest.count} pixels differ in the ${side}×${side} px square at x ${densest.x * scale}, y ${densest.y * scale} (at most ${windowMax})`);
  }
  return { changed, densest, pass: reasons.length === 0, reason: reasons.join('; '), diff };
}
