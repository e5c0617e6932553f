// <vk-course-calendar>: ?n=500&spread=month|year&view=month|agenda[&lang=en][&courses=k][&titled=1|languages][&placed=1]. Clock: element created with
// `date`, `view` and `value` and appended → the next frame after layout.
import { defineAll } from '../../src/index.ts';
import { afterNextFrame, settled, params, report } from './frame.js';
import { BENCH_DATE, manyCourses, monthSessions, schedule, shape, yearSessions } from '../data.js';

// ?lang=en: the page's language, set before the elements are defined (as a page's <html lang> is).
if (params.get('lang')) document.documentElement.lang = params.get('lang');
defineAll(); // the public registration (veikart/define calls the same)

const n = Number(params.get('n') ?? 500);
// ?courses=k spreads the sessions over k courses; ?titled=1 names each session and its place.
const courses = manyCourses(Number(params.get('courses') ?? 3));
const doc = schedule(shape(params.get('spread') === 'year' ? yearSessions(n) : monthSessions(n), courses, (params.get('titled') === 'languages' ? 'languages' : params.has('titled'))), courses);
await customElements.whenDefined('vk-course-calendar');
// ?placed=1: the element is in the page (and drawn empty) before the clock; the clock times `value`
// alone, as on a page whose markup holds the element and whose script fetches the sessions.
let el;
if (params.has('placed')) {
  el = document.createElement('vk-course-calendar');
  el.setAttribute('date', BENCH_DATE);
  el.setAttribute('view', params.get('view') ?? 'month');
  document.getElementById('host').append(el);
  await el.updateComplete;
}
await settled();
const start = performance.now();
if (!el) {
  el = document.createElement('vk-course-calendar');
  el.setAttribute('date', BENCH_DATE);
  el.setAttribute('view', params.get('view') ?? 'month');
  el.value = doc;
  document.getElementById('host').append(el);
} else el.value = doc;
await el.updateComplete;
// Clock 1b (rendered): the same start → the calendar's DOM is complete, before that frame's style,
// layout and paint. The frame comes at the next vsync after it: what happens before it only
// moves the end when it crosses a frame interval (16.7 ms); the frame's own work always does.
const rendered = performance.now();
const end = await afterNextFrame();
const root = el.shadowRoot;
await report({ render: { start, end }, rendered: { start, end: rendered } }, { nodes: root.querySelectorAll('*').length, error: el.error ? el.error.message ?? String(el.error) : undefined });
