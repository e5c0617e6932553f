// Bench entry: first render of <vk-course-calendar> (month view) with 500 sessions in one month.
import '../src/define.ts';
import { BENCH_DATE, COURSES, benchSessions } from './calendar-sessions.js';

const doc = { version: 1, courses: COURSES, sessions: benchSessions() };
await customElements.whenDefined('vk-course-calendar');
performance.mark('render-start');
const el = document.createElement('vk-course-calendar');
el.setAttribute('date', BENCH_DATE);
el.value = doc;
document.getElementById('host').append(el);
await el.updateComplete;
el.shadowRoot.querySelector('[role="grid"]').getBoundingClientRect(); // include style and layout
const measure = performance.measure('render', 'render-start');
window.__bench = { duration: measure.duration, nodes: el.shadowRoot.querySelectorAll('*').length, sessionsInDom: el.shadowRoot.querySelectorAll('[data-session]').length };
