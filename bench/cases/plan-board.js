// <vk-plan-board>: ?n=300&move=1. Clock 1 (render): element created with `value` and appended →
// the next frame after layout (a screenful of each column); clock 1b (complete): → the frame in
// which every card is rendered. Clock 2 (move, with move=1): the runner presses Space on the first
// card (pick up), then ArrowRight; the clock runs from that ArrowRight keydown (seen first, in
// the capture phase on window) to the next frame; the runner waits for that clock to end
// (the page's `vk-bench:moved` signal) before it presses Space to drop the card, so the drop's work is never inside
// the move clock. The page checks through `value` that the card really changed column.
import { defineAll } from '../../src/index.ts';
import { afterNextFrame, settled, params, report, signal } from './frame.js';
import { plan } from '../data.js';

defineAll(); // the public registration (veikart/define calls the same)

const n = Number(params.get('n') ?? 300);
const doc = plan(n);
await customElements.whenDefined('vk-plan-board');
await settled();
const start = performance.now();
const el = document.createElement('vk-plan-board');
el.value = doc;
document.getElementById('host').append(el);
await el.updateComplete;
const end = await afterNextFrame();
// Clock 1b (complete): a new board's first frame shows a screenful of each column and renders the
// rest one frame later; this clock runs on to the frame in which every card of a column short
// enough not to be windowed is in the DOM (at most 60 frames).
const expected = n <= 600 ? n : null;
let complete = end;
for (let i = 0; expected !== null && i < 60 && el.shadowRoot.querySelectorAll('[data-roving^="c:"]').length < expected; i++) complete = await afterNextFrame();
const metrics = { render: { start, end }, ...(expected !== null ? { complete: { start, end: complete } } : {}) };
const extra = { nodes: el.shadowRoot.querySelectorAll('*').length };

if (params.get('move')) {
  // Hand control to the runner, which drives the real keyboard (trusted events).
  let lastFrame = null;
  let arrows = 0;
  let moved;
  const movedOnce = new Promise((resolve) => (moved = [resolve]));
  const movedTwice = new Promise((resolve) => moved.push(resolve));
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === ' ' && lastFrame === null) {
        // The pick-up: its frame ends before the runner presses ArrowRight.
        el.updateComplete.then(afterNextFrame).then((e) => {
          lastFrame = e;
          signal('picked');
        });
        return;
      }
      if (event.key !== 'ArrowRight' || arrows >= 2) return;
      const which = arrows++;
      const t = performance.now();
      const suffix = which === 0 ? '' : 'AnyPhase';
      extra[`sinceFrame${suffix}`] = lastFrame === null ? null : t - lastFrame;
      // The DOM clock: once the board has handled the key (this listener runs last, in the
      // bubble phase on window), its next update is the move's.
      window.addEventListener('keydown', () => el.updateComplete.then(() => (metrics[`moveDom${suffix}`] = { start: t, end: performance.now() })), { once: true });
      el.updateComplete.then(afterNextFrame).then((e) => {
        lastFrame = e;
        moved[which]({ start: t, end: e });
      });
    },
    { capture: true },
  );
  movedOnce.then(() => signal('moved'));
  movedTwice.then(() => signal('moved-again'));
  const dropped = new Promise((resolve) => (window.__dropped = resolve));
  signal('ready');
  metrics.move = await movedOnce;
  metrics.moveAnyPhase = await movedTwice;
  await dropped;
  await el.updateComplete;
  const card = el.value.cards.find((c) => c.id === 'k0');
  extra.movedTo = card?.columnId;
  if (card?.columnId !== doc.columns[2].id) extra.error = `two keyboard moves right should put k0 in ${doc.columns[2].id}, not ${card?.columnId}`;
}
await report(metrics, extra);
