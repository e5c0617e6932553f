// How the visual suite (scripts/visual/run.mjs) judges a shot: scripts/visual/compare.mjs.
// Run alone: node --test test/visual/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareImages, densestWindow, SHARE, WINDOW, WINDOW_MAX } from '../../scripts/visual/compare.mjs';

// A stored shot's size: a 1280 px story at half size, cut at 900 px.
const W = 640;
const H = 450;

/** A white RGBA image, with `dots` ([x, y] pairs) black. */
function image(dots = []) {
  const data = new Uint8Array(W * H * 4).fill(255);
  for (const [x, y] of dots) data.set([0, 0, 0, 255], (y * W + x) * 4);
  return data;
}

/** Every pixel of a w×h rectangle at (x, y). */
function block(x, y, w, h) {
  const dots = [];
  for (let dy = 0; dy < h; dy++) for (let dx = 0; dx < w; dx++) dots.push([x + dx, y + dy]);
  return dots;
}

test('the same shot passes with no changed pixels', () => {
  const result = compareImages(image(), image(), W, H);
  assert.equal(result.pass, true);
  assert.equal(result.changed, 0);
  assert.equal(result.densest.count, 0);
});

test('noise spread thinly over the shot passes: changed pixels far apart, under the share', () => {
  // One pixel in every 24×24 block: 26 × 18 = 468 pixels, under 0.2 % of 288,000 (576), and at
  // most a few in any window.
  const dots = [];
  for (let y = 5; y < H; y += 24) for (let x = 5; x < W; x += 24) dots.push([x, y]);
  const result = compareImages(image(), image(dots), W, H);
  assert.equal(result.changed, dots.length);
  assert.ok(result.changed < W * H * SHARE);
  assert.ok(result.densest.count <= WINDOW_MAX, `densest window ${result.densest.count}`);
  assert.equal(result.pass, true, result.reason);
});

test('a small concentrated change fails although it is far under the share, and says where', () => {
  // A marker-sized change: 7×7 pixels (14×14 page px) at (300, 200), 0.017 % of the shot.
  const result = compareImages(image(), image(block(300, 200, 7, 7)), W, H, { scale: 2 });
  assert.equal(result.changed, 49);
  assert.ok(result.changed < W * H * SHARE);
  assert.equal(result.pass, false);
  assert.equal(result.densest.count, 49);
  // The window lies over the whole block; the message gives its corner in page pixels.
  const { x, y } = result.densest;
  assert.ok(x <= 300 && x + WINDOW >= 307 && y <= 200 && y + WINDOW >= 207, `window at ${x},${y}`);
  assert.match(result.reason, new RegExp(`^49 pixels differ in the ${WINDOW * 2}×${WINDOW * 2} px square at x ${x * 2}, y ${y * 2} \\(at most ${WINDOW_MAX}\\)$`));
});

test('a change one pixel over the window limit fails; one at the limit passes', () => {
  const at = block(100, 100, WINDOW_MAX, 1);
  assert.equal(compareImages(image(), image(at), W, H).pass, true);
  const over = block(100, 100, WINDOW_MAX + 1, 1);
  const result = compareImages(image(), image(over), W, H);
  assert.equal(result.pass, false);
  assert.equal(result.densest.count, WINDOW_MAX + 1);
});

test('a change spread over more than the share fails on the share, as before', () => {
  // Every 8th pixel of every 6th row: at most 6 in any 16×16 window, but 2.1 % of the shot.
  const dots = [];
  for (let y = 0; y < H; y += 6) for (let x = 0; x < W; x += 8) dots.push([x, y]);
  const result = compareImages(image(), image(dots), W, H);
  assert.ok(result.densest.count <= WINDOW_MAX, `densest window ${result.densest.count}`);
  assert.equal(result.pass, false);
  assert.equal(result.changed, dots.length);
  assert.equal(result.reason, `${dots.length} pixels differ (${((dots.length / (W * H)) * 100).toFixed(2)} %, at most 0.2 %)`);
});

test('densestWindow: the count and top-left corner of the densest square; a window larger than the image is the image', () => {
  const mask = new Uint8Array(10 * 8);
  for (const [x, y] of [[6, 5], [7, 5], [7, 6], [1, 1]]) mask[y * 10 + x] = 1;
  assert.deepEqual(densestWindow(mask, 10, 8, 2), { count: 3, x: 6, y: 5 });
  assert.deepEqual(densestWindow(mask, 10, 8, 40), { count: 4, x: 0, y: 0 });
});
