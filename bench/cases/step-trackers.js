// ?n=500 compact <vk-step-tracker>s, one per row of a table (a caseworker's list of
// participants). Clock 1 (render): table built, every tracker given `value`, appended → the next
// frame (trackers on screen draw their steps in it; the rest have their room and header, see
// src/step-tracker/steps-later.ts); clock 1b (complete): → the frame in which every tracker's
// steps are drawn.
import { defineAll } from '../../src/index.ts';
import { afterNextFrame, settled, params, report } from './frame.js';
import { steps } from '../data.js';

defineAll(); // the public registration (veikart/define calls the same)

const n = Number(params.get('n') ?? 500);
const docs = Array.from({ length: n }, (_, i) => steps(i));
await customElements.whenDefined('vk-step-tracker');
await settled();
const start = performance.now();
const table = document.createElement('table');
const body = table.createTBody();
const trackers = [];
for (let i = 0; i < n; i++) {
  const row = body.insertRow();
  row.insertCell().textContent = `Deltaker ${i + 1}`;
  const tracker = document.createElement('vk-step-tracker');
  tracker.setAttribute('compact', '');
  tracker.value = docs[i];
  row.insertCell().append(tracker);
  trackers.push(tracker);
}
document.getElementById('host').append(table);
await Promise.all(trackers.map((t) => t.updateComplete));
const end = await afterNextFrame();
const waiting = () => trackers.some((t) => t.shadowRoot.querySelector('[aria-busy]'));
let complete = end;
for (let i = 0; i < 600 && waiting(); i++) complete = await afterNextFrame();
await report({ render: { start, end }, complete: { start, end: complete } }, { nodes: trackers.reduce((sum, t) => sum + t.shadowRoot.querySelectorAll('*').length, 0) });
