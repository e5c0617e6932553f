// Bench entry: first render of FullCalendar's month grid (daygrid) with the same 500 sessions.
import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import { BENCH_DATE, COURSES, benchSessions } from './calendar-sessions.js';

const colors = new Map(COURSES.map((c) => [c.id, c]));
const events = benchSessions().map((s) => ({ id: s.id, title: colors.get(s.courseId).title, start: s.start, end: s.end, color: colors.get(s.courseId).color }));
performance.mark('render-start');
const host = document.getElementById('host');
const calendar = new Calendar(host, { plugins: [dayGridPlugin], initialView: 'dayGridMonth', initialDate: BENCH_DATE, firstDay: 1, weekNumbers: true, dayMaxEvents: 3, events });
calendar.render();
host.getBoundingClientRect(); // include style and layout
const measure = performance.measure('render', 'render-start');
window.__bench = { duration: measure.duration, nodes: host.querySelectorAll('*').length, sessionsInDom: host.querySelectorAll('.fc-event').length };
