// <vk-task-ladder> with ?phases=3&tasks=30. Clock: element created with `value`, appended → the
// next frame after layout.
import { defineAll } from '../../src/index.ts';
import { afterNextFrame, params, report } from './frame.js';
import { ladder } from '../data.js';

defineAll(); // the public registration (veikart/define calls the same)

const doc = ladder(Number(params.get('phases') ?? 3), Number(params.get('tasks') ?? 30));
await customElements.whenDefined('vk-task-ladder');
await afterNextFrame();
const start = performance.now();
const el = document.createElement('vk-task-ladder');
el.value = doc;
document.getElementById('host').append(el);
await el.updateComplete;
const end = await afterNextFrame();
await report({ render: { start, end } }, { nodes: el.shadowRoot.querySelectorAll('*').length });
