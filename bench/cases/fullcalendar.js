// FullCalendar 6 (core + daygrid) month grid with the same sessions: ?n=500. Clock: new Calendar
// + render() → the next frame after layout (the same clock as cases/calendar.js).
import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import { afterNextFrame, settled, params, report } from './frame.js';
import { BENCH_DATE, manyCourses, monthSessions, shape } from '../data.js';

// ?courses=k and ?titled=1 as in cases/calendar.js: the event's title is its session's, else its course's.
const list = manyCourses(Number(params.get('courses') ?? 3));
const courses = new Map(list.map((c) => [c.id, c]));
const events = shape(monthSessions(Number(params.get('n') ?? 500)), list, (params.get('titled') === 'languages' ? 'languages' : params.has('titled'))).map((s) => ({ id: s.id, title: (typeof s.title === 'object' ? s.title.nb : s.title) ?? courses.get(s.courseId).title, start: s.start, end: s.end, color: courses.get(s.courseId).color }));
await settled();
const start = performance.now();
const host = document.getElementById('host');
const calendar = new Calendar(host, { plugins: [dayGridPlugin], initialView: 'dayGridMonth', initialDate: BENCH_DATE, firstDay: 1, weekNumbers: true, dayMaxEvents: 3, events });
calendar.render();
const end = await afterNextFrame();
await report({ render: { start, end } }, { nodes: host.querySelectorAll('*').length });
