// Shared by the tests of typing held in a session's details while the host changes the session (host-value-mid-typing,
// host-value-typed-time, held-typing-close, held-time-notice-narrow, held-notice-shorter-panel, popover-typed-time).
import { sendKeys } from '@web/test-runner-commands';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument, Session } from '../../src/course-calendar/course-calendar.types.js';
import { settleFrames } from './focus-helpers.js';

export type Op = { type: string; changes?: Partial<Session> };

/** Every `vk-change` operation from now on. */
export function recordOps(el: VkCourseCalendar): Op[] {
  const ops: Op[] = [];
  el.addEventListener('vk-change', (e) => ops.push((e as CustomEvent).detail.operation));
  return ops;
}

/** The document with session `id` changed by `patch` (or removed: null), set as the host's value. */
export async function hostSets(el: VkCourseCalendar, id: string, patch: Partial<Session> | null): Promise<void> {
  const doc = structuredClone(el.value) as ScheduleDocument;
  el.value = { ...doc, sessions: patch ? doc.sessions.map((s) => (s.id === id ? { ...s, ...patch } : s)) : doc.sessions.filter((s) => s.id !== id) };
  await settleFrames(el);
}

/** The browser's own time format decides the field's parts: 24-hour "16:00", or 12-hour "04:00 PM". */
export const hour12 = new Intl.DateTimeFormat(navigator.language, { hour: 'numeric' }).resolvedOptions().hour12 === true;

/** Types `HH:mm` into the focused time field, part by part, in the field's own format. */
export async function typeTime(time: string): Promise<void> {
  const [hours, minutes] = time.split(':');
  const hour = Number(hours);
  if (!hour12) return sendKeys({ type: `${hours}${minutes}` });
  await sendKeys({ type: `${String(hour % 12 || 12).padStart(2, '0')}${minutes}` });
  await sendKeys({ type: hour < 12 ? 'A' : 'P' });
}
