/**
 * A pointer drop that takes a session out of the week shown: a Sunday-night shift (Sunday 22:00 →
 * Monday 03:00) seen from the next week has only its piece after midnight drawn, on Monday.
 * Dragged up four hours it becomes Sunday 18:00–23:00, wholly in the week before. The calendar
 * stayed on the week it showed, the session gone from it and focus on Monday's cell, where a
 * keyboard move goes to the session's week and keeps focus on it. It now follows the session
 * there, as the keyboard does, and focus is on it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { focused, shadow } from '../helpers/index.js';
import { settleFrames } from './focus-helpers.js';
import { TOUCH_HOLD } from '../../src/course-calendar/calendar-moves.js';

const doc: ScheduleDocument = {
  version: 1,
  courses: [{ id: 'c', title: 'Helsefagarbeider', color: '#36c' }],
  sessions: [
    { id: 'n2', courseId: 'c', start: '2026-03-15T22:00', end: '2026-03-16T03:00', kind: 'practice' },
    { id: 'd', courseId: 'c', start: '2026-03-17T09:00', end: '2026-03-17T10:00', kind: 'theory' },
  ],
};

function touch(type: string, target: EventTarget, x: number, y: number): void {
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, pointerId: 5, pointerType: 'touch', button: 0, isPrimary: true }));
}

async function calendar(): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: ${Math.min(760, window.innerWidth - 20)}px"><vk-course-calendar .value=${doc} view="week" date="2026-03-16"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('[data-session="n2"]'); i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await settleFrames(el);
  return el;
}

/** Drags Monday's piece of `n2` up by `hours` (touch; the pointer may leave the grid, as a finger does). */
async function dragUp(el: VkCourseCalendar, hours: number): Promise<void> {
  const piece = shadow(el, '[data-session="n2"][data-on="2026-03-16"]');
  piece.scrollIntoView({ block: 'center', inline: 'center' });
  const r = piece.getBoundingClientRect();
  const column = shadow(el, '.week-day').getBoundingClientRect().height;
  const perHour = column / Number(shadow(el, '[data-hours]').dataset.hours);
  const x = Math.round(r.left + r.width / 2);
  const y = Math.round(r.top + r.height / 2);
  touch('pointerdown', piece, x, y);
  // A finger rests on the session before it lifts it (touch-hold.test.ts).
  await new Promise((resolve) => setTimeout(resolve, TOUCH_HOLD));
  for (let step = 1; step <= 4; step++) {
    touch('pointermove', window, x, Math.round(y - (perHour * hours * step) / 4));
    await settleFrames(el);
  }
  touch('pointerup', window, x, Math.round(y - perHour * hours));
  await settleFrames(el);
}

describe('vk-course-calendar: a pointer drop that takes the session out of the week shown', () => {
  it('goes to the session\'s week and keeps focus on the session, as a keyboard move does', async () => {
    const el = await calendar();
    await dragUp(el, 4);
    expect(el.value!.sessions[0].start, 'moved').to.equal('2026-03-15T18:00');
    expect(el.range.start, 'the week of the session (Sunday 15 March)').to.equal('2026-03-09');
    expect(document.activeElement, 'focus in the calendar').to.equal(el);
    const piece = focused(el) as HTMLElement | null;
    expect(`${piece?.dataset.session}@${piece?.dataset.on}`, 'focus on the moved session').to.equal('n2@2026-03-15');
  });

  it('a drop that leaves a piece in the week shown stays on that week', async () => {
    const el = await calendar();
    await dragUp(el, 2); // Sunday 20:00 → Monday 01:00: Monday's piece still drawn
    expect(el.value!.sessions[0].start).to.equal('2026-03-15T20:00');
    expect(el.range.start, 'still the week of 16 March').to.equal('2026-03-16');
    const piece = focused(el) as HTMLElement | null;
    expect(`${piece?.dataset.session}@${piece?.dataset.on}`).to.equal('n2@2026-03-16');
  });
});
