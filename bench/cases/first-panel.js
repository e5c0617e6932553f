// The first use of a board's editing UI (issue 14: "load editing UI on first use"; no task over
// 50 ms). ?open=propose: a participant board (`mode="participant" proposals`) of ?n= cards (30);
// the runner taps "Foreslå et kort" with the mouse (bench/first-panel.mjs: pointer moved onto the
// button, then pressed and released, as a tap is). ?open=edit: an adviser board; the runner clicks
// the first card's menu button, then (clock 2) "Rediger" in the menu.
// Clock (open): from the pointerdown (capture phase on window) to the next frame after the panel
// is shown, placed and holds focus (clock 1b, `complete`: … and every picture of the proposal's
// grid has its image, loaded). Nothing is loaded in advance but what the board does itself: the editing
// chunk on idle after the first frame and on the pointer's arrival, Floating UI on the first open.
import { defineAll } from '../../src/index.ts';
import { afterNextFrame, settled, params, report, signal } from './frame.js';
import { plan } from '../data.js';

defineAll();

const n = Number(params.get('n') ?? 30);
const open = params.get('open') ?? 'propose';
const doc = plan(n);
const el = document.createElement('vk-plan-board');
if (open === 'propose') {
  el.setAttribute('mode', 'participant');
  el.toggleAttribute('proposals', true);
}
el.value = doc;
document.getElementById('host').append(el);
await el.updateComplete;
await settled();
const root = el.shadowRoot;

/** Where the runner should press: the centre of `target`, in CSS pixels of the viewport. */
function aim(name, target) {
  const box = target.getBoundingClientRect();
  signal(`${name}@${Math.round(box.x + box.width / 2)},${Math.round(box.y + box.height / 2)}`);
}

/** A clock from the next pointerdown to the frame after the panel is shown (`check` true), focused and placed. */
function panelClock(check, complete) {
  return new Promise((resolve) =>
    window.addEventListener(
      'pointerdown',
      async () => {
        const start = performance.now();
        let end = null;
        let done = null;
        for (let i = 0; i < 240 && done === null; i++) {
          const frame = await afterNextFrame();
          const panel = root.querySelector('.vk-popover');
          const shown = panel?.matches(':popover-open') && panel.dataset.positioned === 'true' && panel.contains(root.activeElement) && check(panel);
          if (shown && end === null) end = frame;
          if (end !== null && complete(panel)) done = frame;
        }
        if (end === null || done === null) throw new Error(`first-panel ${open}: the panel was not shown with focus inside within 240 frames`);
        resolve({ open: { start, end }, complete: { start, end: done } });
      },
      { capture: true, once: true },
    ),
  );
}

const metrics = {};
if (open === 'propose') {
  const clock = panelClock(
    (panel) => panel.querySelector('.proposal') !== null,
    // Every picture of the grid has its image (every option drawn holds one; the proposal dialog has no count line since
    // 7 Dec 2026, 3adaa2bd: the adviser's searchable picker keeps its "76 treff").
    (panel) => {
      const options = panel.querySelectorAll('.picker-option');
      const images = [...panel.querySelectorAll('.picker-option img')];
      return options.length > 0 && images.length === options.length && images.every((img) => img.getAttribute('src') && img.complete);
    },
  );
  aim('press', root.querySelector('button.propose'));
  Object.assign(metrics, await clock);
} else {
  const menuClock = panelClock((panel) => panel.querySelector('[role="menuitem"]') !== null, () => true);
  aim('press', root.querySelector('#menu-button-k0'));
  const menu = await menuClock;
  metrics.menu = menu.open;
  const editClock = panelClock((panel) => panel.querySelector('form') !== null, () => true);
  aim('press-again', root.querySelector('.vk-popover [data-action="edit"]'));
  const edit = await editClock;
  metrics.open = edit.open;
}
await report(metrics, { nodes: root.querySelectorAll('*').length });
