// The complete calendar's tests' fixture (course-calendar.complete.test.ts, course-calendar.plan-and-layout.test.ts): week view
// 1100 px wide by default, in a wrapper with the language and direction asked for; two sessions across midnight.
import { fixture, html } from '@open-wc/testing';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument, ScheduleOperation, Session } from '../../src/course-calendar/course-calendar.types.js';
import { shadowAll } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

export async function calendar(doc: ScheduleDocument, attrs: { view?: string; date?: string; lang?: string; width?: number } = {}): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(
    html`<div class="host" lang=${attrs.lang ?? 'nb'} dir=${attrs.lang === 'ar' || attrs.lang === 'fa' ? 'rtl' : 'ltr'}>
      <vk-course-calendar .value=${doc} view=${attrs.view ?? 'week'} date=${attrs.date ?? '2026-03-12'}></vk-course-calendar>
    </div>`,
  );
  wrapper.style.inlineSize = `${attrs.width ?? 1100}px`;
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

export function withSessions(...extra: Session[]): ScheduleDocument {
  const doc = sampleSchedule();
  return { ...doc, sessions: [...doc.sessions, ...extra] };
}

export const night: Session = { id: 'n1', courseId: 'renhold', start: '2026-03-08T22:00', end: '2026-03-09T06:00', kind: 'practice' };
export const late: Session = { id: 'n2', courseId: 'butikk', start: '2026-03-11T22:00', end: '2026-03-12T02:00', kind: 'practice' };

export function pieces(el: VkCourseCalendar, id: string): HTMLElement[] {
  return shadowAll(el, `[role="grid"] [data-session="${id}"], .agenda [data-session="${id}"]`);
}

export function operations(events: Array<{ detail: unknown }>): ScheduleOperation[] {
  return events.map((e) => (e.detail as { operation: ScheduleOperation }).operation);
}
