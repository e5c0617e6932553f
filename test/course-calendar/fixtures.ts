import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';

/** A small valid schedule in March 2026, fresh each call. */
export function sampleSchedule(): ScheduleDocument {
  return {
    version: 1,
    courses: [
      { id: 'renhold', title: { nb: 'Renhold og smittevern', en: 'Cleaning and infection control', ar: 'التنظيف ومكافحة العدوى' }, color: '#0a7a5a', pictogram: 'vk:cleaning' },
      { id: 'butikk', title: { nb: 'Salg og service', en: 'Sales and service', ar: 'البيع والخدمة' }, color: '#17b' },
    ],
    sessions: [
      { id: 'a1', courseId: 'renhold', start: '2026-03-09T09:00', end: '2026-03-09T14:30', kind: 'theory', place: 'Rom 2', hostField: { keep: true } },
      { id: 'a2', courseId: 'renhold', start: '2026-03-10T09:00', end: '2026-03-10T14:30', kind: 'language' },
      { id: 'a3', courseId: 'butikk', start: '2026-03-11T09:00', end: '2026-03-11T14:30', kind: 'practice', cancelled: true },
      { id: 'a4', courseId: 'butikk', start: '2026-03-12T10:00', end: '2026-03-12T12:00', kind: 'exam', title: { nb: 'Prøve', en: 'Test' } },
    ],
    closedDays: [{ date: '2026-03-13', title: { nb: 'Planleggingsdag', en: 'Planning day' } }],
    hostOwned: 'keep me',
  };
}

/** The sample schedule with `sessions` added (sessions on days outside March, for the agenda's and the grids' neighbouring months). */
export function scheduleWith(...sessions: ScheduleDocument['sessions']): ScheduleDocument {
  const doc = sampleSchedule();
  return { ...doc, sessions: [...doc.sessions, ...sessions] };
}

/**
 * The sample schedule with 300 half-hour sessions in March 2026 (1–28 March, 10 or 11 a day, from 06:00, ids s0–s299):
 * 304 rows in March's agenda, more than the 200 it draws first; the sample's a2 (10 March) is among those 200.
 */
export function busyMarch(): ScheduleDocument {
  const doc = sampleSchedule();
  const sessions = Array.from({ length: 300 }, (_, i): ScheduleDocument['sessions'][number] => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const hour = String(6 + Math.floor(i / 28)).padStart(2, '0');
    return { id: `s${i}`, courseId: 'renhold', start: `2026-03-${day}T${hour}:00`, end: `2026-03-${day}T${hour}:30`, kind: 'theory' };
  });
  return { ...doc, sessions: [...doc.sessions, ...sessions] };
}
