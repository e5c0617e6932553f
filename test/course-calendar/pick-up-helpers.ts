/**
 * Shared by the tests of a host `value` during a keyboard pick-up (pick-up-host-value-place and
 * pick-up-host-value-said): the live region, a session's control, the host's edits, and a1's pick-up.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { shadow } from '../helpers/index.js';
import { settleFrames } from './focus-helpers.js';

/** The live region's text, without the isolates around the date and times. */
export const said = (el: VkCourseCalendar): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').trim();

/** Session `id`'s control in the grid or the agenda (not in a day's list). */
export const chip = (el: VkCourseCalendar, id: string): HTMLElement => shadow(el, `[role="grid"] [data-session="${id}"], .agenda [data-session="${id}"]`);

/** The host's value with session `id` on `day` 10–11 o'clock, or without it. */
export const moved = (doc: ScheduleDocument, id: string, day: string): ScheduleDocument => ({ ...doc, sessions: doc.sessions.map((s) => (s.id === id ? { ...s, start: `${day}T10:00`, end: `${day}T11:00` } : s)) });
export const without = (doc: ScheduleDocument, id: string): ScheduleDocument => ({ ...doc, sessions: doc.sessions.filter((s) => s.id !== id) });

/**
 * Picks up a1 (9 March 09:00, the first session) and moves it: `near`, to 12 March 09:00 (before
 * a4 there: in the agenda the preview's row is after a2 and a3); `far`, out of the period shown
 * (month and agenda: to April; week: to the next week), which the calendar then shows.
 */
export async function pickUpA1(el: VkCourseCalendar, far: boolean): Promise<void> {
  chip(el, 'a1').focus();
  await sendKeys({ press: ' ' });
  await settleFrames(el);
  const keys = !far ? ['ArrowRight', 'ArrowRight', 'ArrowRight'] : el.view === 'week' ? Array<string>(7).fill('ArrowRight') : Array<string>(4).fill('ArrowDown');
  for (const key of keys) {
    await sendKeys({ press: key });
    await settleFrames(el);
  }
  expect(said(el), 'the last step said').to.include(far ? (el.view === 'week' ? '16. mars 2026' : 'april 2026') : '12. mars 2026');
}
