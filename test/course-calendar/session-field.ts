import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { settleFrames } from './focus-helpers.js';
import { sampleSchedule } from './fixtures.js';

/**
 * Session a4 of the sample schedule with `text` as its `field`, in a week calendar inside `<div lang>`, its details opened
 * by Enter: the calendar and the details' `field` input (waited for: the details load on first use).
 */
export async function openSessionField(lang: string, field: 'title' | 'place', text: unknown): Promise<{ el: VkCourseCalendar; input: HTMLInputElement }> {
  const doc = sampleSchedule();
  const value = { ...doc, sessions: doc.sessions.map((s) => (s.id === 'a4' ? { ...s, [field]: text } : s)) } as ScheduleDocument;
  const page = await fixture<HTMLDivElement>(html`<div lang=${lang}><vk-course-calendar style="inline-size: 1000px" view="week" date="2026-03-09" .value=${value}></vk-course-calendar></div>`);
  const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  (el.shadowRoot!.querySelector('[data-session="a4"]') as HTMLElement).focus();
  await sendKeys({ press: 'Enter' });
  let input: HTMLInputElement | null = null;
  for (let i = 0; i < 60 && !(input = el.shadowRoot!.querySelector(`[data-session-details] input[name="${field}"]`)); i++) await settleFrames(el);
  return { el, input: input! };
}
