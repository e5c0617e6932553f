// ?n=500 compact <vk-step-tracker>s, one per row of a table (a caseworker's list of
// participants). Clock: table built, every tracker given `value`, appended → the next frame.
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
await report({ render: { start, end } }, { nodes: trackers.reduce((sum, t) => sum + t.shadowRoot.querySelectorAll('*').length, 0) });
