// The whole-calendar tests' shared fixture and gestures (course-calendar.test.ts, course-calendar.editing.test.ts).
import { fixture, html } from '@open-wc/testing';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { focused, press, shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
export async function calendar(doc: ScheduleDocument = sampleSchedule(), attrs: { view?: string; date?: string; readonly?: boolean } = {}): Promise<VkCourseCalendar> {
  const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${doc} view=${attrs.view ?? 'month'} date=${attrs.date ?? '2026-03-12'} ?readonly=${attrs.readonly ?? false}></vk-course-calendar>`);
  await el.updateComplete;
  return el;
}

/** Today in Oslo (the documents' time), from the browser's tz database: the calendar's "today" in any browser zone. */
export function osloToday(): string {
  return new Intl.DateTimeFormat('sv', { timeZone: 'Europe/Oslo' }).format(new Date());
}

export function cell(el: VkCourseCalendar, date: string): HTMLElement {
  return shadow(el, `.day[data-date="${date}"]`);
}

/** An element's text without what is `aria-hidden` (a month chip's shown start: its whole time is in hidden text before it). */
export function spoken(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function session(el: VkCourseCalendar, id: string): HTMLElement {
  return shadow(el, `[role="grid"] [data-session="${id}"], .agenda [data-session="${id}"]`);
}

export async function key(el: VkCourseCalendar, k: string, init: KeyboardEventInit = {}): Promise<KeyboardEvent> {
  const target = focused(el) as HTMLElement;
  const event = press(target, k, init);
  await el.updateComplete;
  await el.updateComplete;
  return event;
}

/**
 * Starts a pointer drag of session a2 (10 March) in month view, past the drag threshold, and
 * returns the centre of 17 March, where the tests move or release it.
 */
export async function dragA2Toward17March(el: VkCourseCalendar): Promise<{ x: number; y: number }> {
  // Both cells must be inside the viewport for hit testing (wrapped chips make rows taller).
  cell(el, '2026-03-17').scrollIntoView({ block: 'end' });
  const source = session(el, 'a2');
  const from = centre(source);
  const to = centre(cell(el, '2026-03-17'));
  await hover(el, source);
  pointer('pointerdown', source, from.x, from.y);
  pointer('pointermove', window, from.x + 20, from.y + 20);
  await el.updateComplete;
  return to;
}

export function pointer(type: string, target: EventTarget, x: number, y: number): void {
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, pointerId: 7, button: 0, isPrimary: true }));
}

/**
 * A real pointer passes over a session before pressing it: the calendar then loads its moves
 * (they load on first use) and `updateComplete` waits for them.
 */
export async function hover(el: VkCourseCalendar, target: EventTarget): Promise<void> {
  target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerId: 7, isPrimary: true }));
  await el.updateComplete;
}

export function centre(node: Element): { x: number; y: number } {
  const r = node.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}
