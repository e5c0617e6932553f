// <vk-task-ladder> with ?phases=3&tasks=30. Clock 1 (render): element created with `value`,
// appended → the next frame after layout (a long ladder's first frame renders a screenful of each
// phase); clock 1b (complete): → the frame in which every task is rendered.
import { defineAll } from '../../src/index.ts';
import { afterNextFrame, settled, params, report } from './frame.js';
import { ladder } from '../data.js';

defineAll(); // the public registration (veikart/define calls the same)

const doc = ladder(Number(params.get('phases') ?? 3), Number(params.get('tasks') ?? 30));
await customElements.whenDefined('vk-task-ladder');
await settled();
const start = performance.now();
const el = document.createElement('vk-task-ladder');
el.value = doc;
document.getElementById('host').append(el);
await el.updateComplete;
const end = await afterNextFrame();
const expected = doc.phases.reduce((n, phase) => n + phase.tasks.length, 0);
let complete = end;
for (let i = 0; i < 60 && el.shadowRoot.querySelectorAll('.task').length < expected; i++) complete = await afterNextFrame();
await report({ render: { start, end }, complete: { start, end: complete } }, { nodes: el.shadowRoot.querySelectorAll('*').length });
