// <vk-plan-board>: ?n=300&move=1. Clock 1 (render): element created with `value` and appended →
// the next frame after layout (a screenful of each column); clock 1b (complete): → the frame in
// which every card is rendered. With move=1 the runner drives the keyboard (bench/keyboard-move.mjs):
// Tab to card "Kort 0", Space (pick up) and, after the board has drawn it (`picked`), ArrowRight.
// Clock 2 (move): from that ArrowRight's keydown (seen first, in the capture phase on window) to
// the next frame after the board's update for it (`moved`); clock 2' (moveDom) stops at that
// update, before the frame. Then, after a random 0–16.7 ms, ArrowRight again: clocks
// moveAnyPhase / moveDomAnyPhase (`moved-again`). `sinceFrame*` is how long after the previous
// drawn frame began each ArrowRight came. Then Space drops the card, outside every clock; the page
// checks through `value` that the two moves put the card two columns on.
import { defineAll } from '../../src/index.ts';
import { afterNextFrame, nextFrame, settled, params, report, signal } from './frame.js';
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
  /** When the last frame that drew something of ours began (its requestAnimationFrame time). */
  let lastFrame = null;
  let arrows = 0;
  let moved;
  const movedOnce = new Promise((resolve) => (moved = [resolve]));
  const movedTwice = new Promise((resolve) => moved.push(resolve));
  /**
   * After the board has handled this key (a bubble-phase listener on window runs after the
   * board's own, and the board does not stop keydown): its update, then the next frame. In the
   * capture phase the board has not seen the key yet, and `updateComplete` is the last one's.
   */
  const afterBoard = (then) => window.addEventListener('keydown', () => el.updateComplete.then(then), { once: true });
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === ' ' && lastFrame === null) {
        // The pick-up: its frame ends before the runner presses ArrowRight.
        afterBoard(() =>
          nextFrame().then(({ frame }) => {
            lastFrame = frame;
            signal('picked');
          }),
        );
        return;
      }
      if (event.key !== 'ArrowRight' || arrows >= 2) return;
      const which = arrows++;
      const t = performance.now();
      const suffix = which === 0 ? '' : 'AnyPhase';
      extra[`sinceFrame${suffix}`] = lastFrame === null ? null : t - lastFrame;
      afterBoard(() => {
        // The DOM clock: the board's update for this key is done.
        metrics[`moveDom${suffix}`] = { start: t, end: performance.now() };
        return nextFrame().then(({ frame, end }) => {
          lastFrame = frame;
          moved[which]({ start: t, end });
        });
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
