// Shared by the tests of typing held in a session's details while the host changes the session (host-value-mid-typing,
// host-value-typed-time, held-typing-close, held-time-notice-narrow, held-notice-shorter-panel, popover-typed-time).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument, Session } from '../../src/course-calendar/course-calendar.types.js';
import { sampleSchedule } from './fixtures.js';
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

/**
 * Session a1's details opened from the agenda (9 March 2026), 10:15 typed into its start (focused without scrolling the
 * page: the panel placed again then scrolls back to the focused field, core/popover.ts, a race these tests are not
 * about), and the host's 08:05 set under the typing: the held notice shown. The viewport and text size are the caller's.
 */
export async function heldTimeNotice(): Promise<{ el: VkCourseCalendar; root: ShadowRoot; panel: HTMLElement; start: HTMLInputElement; notice: HTMLElement }> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="agenda" date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar>`);
  await settleFrames(el);
  const root = el.shadowRoot!;
  (root.querySelector('[data-session="a1"]') as HTMLElement).focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => root.querySelector('[data-session-details] input[name="start"]'), 'the details open', { timeout: 5000 });
  const start = root.querySelector<HTMLInputElement>('[data-session-details] input[name="start"]')!;
  const panel = root.querySelector<HTMLElement>('.vk-popover')!;
  await waitUntil(() => panel.dataset.positioned === 'true', 'the details placed', { timeout: 5000 });
  for (let i = 0; i < 3; i++) await frame();
  start.focus({ preventScroll: true });
  await typeTime('10:15');
  await settleFrames(el);
  // From a task, as a host's value arrives (a fetch, a message): not from a frame's callbacks, where settleFrames leaves us.
  await new Promise((resolve) => setTimeout(resolve));
  await hostSets(el, 'a1', { start: '2026-03-09T08:05' });
  for (let i = 0; i < 3; i++) await frame();
  const notice = root.querySelector<HTMLElement>('[data-session-details] #text-notice')!;
  expect(notice, 'the notice').to.not.equal(null);
  return { el, root, panel, start, notice };
}

/** The part of the details' panel in view between its heading and buttons (while they are sticky), in viewport pixels. */
export function roomBetweenEnds(root: ShadowRoot, panel: HTMLElement): { top: number; bottom: number } {
  const box = (e: Element) => e.getBoundingClientRect();
  const sticky = panel.hasAttribute('data-sticky-ends');
  const top = Math.max(box(panel).top, sticky ? box(root.querySelector('.details > h3')!).bottom : -Infinity);
  const bottom = Math.min(box(panel).bottom, sticky ? box(root.querySelector('.details > .popover-actions')!).top : Infinity);
  return { top, bottom };
}
