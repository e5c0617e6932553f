/**
 * The details of a night session opened from its piece after midnight (Thursday's "fortsatt fra"
 * piece of Wednesday 22:00 → Thursday 06:00, in week view or the agenda): they pointed at the
 * session's first piece, on Wednesday, and Escape or "Lukk" put focus there: another day's column,
 * or back up the agenda's list, not where the user was (contract §2: Escape closes popovers,
 * returning focus where it was). They now belong to the piece they were opened from.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { focused, shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

async function calendar(view: 'week' | 'agenda'): Promise<VkCourseCalendar> {
  const doc: ScheduleDocument = { ...sampleSchedule(), sessions: [...sampleSchedule().sessions, { id: 'night', courseId: 'renhold', start: '2026-03-11T22:00', end: '2026-03-12T06:00', kind: 'practice' }] };
  const wrapper = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl" style="inline-size: 1100px"><vk-course-calendar .value=${doc} view=${view} date="2026-03-12"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('[data-session="night"]'); i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

async function openFromThursday(el: VkCourseCalendar): Promise<void> {
  shadow(el, '[data-session="night"][data-on="2026-03-12"]').focus();
  await sendKeys({ press: 'Enter' });
  for (let i = 0; i < 60 && !el.shadowRoot!.querySelector(':popover-open[data-positioned="true"]'); i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  expect(shadow(el, '.vk-popover').contains(focused(el)), 'focus in the details').to.equal(true);
}

const focusedPiece = (el: VkCourseCalendar): string => {
  expect(document.activeElement, 'focus in the calendar').to.equal(el);
  const piece = focused(el) as HTMLElement;
  return `${piece.dataset.session}@${piece.dataset.on}`;
};

describe('vk-course-calendar: details opened from the piece of a night session after midnight', () => {
  for (const view of ['week', 'agenda'] as const) {
    it(`${view}: Escape and "Lukk" return focus to Thursday's piece, where they were opened`, async () => {
      const el = await calendar(view);
      await openFromThursday(el);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(focusedPiece(el), 'after Escape').to.equal('night@2026-03-12');
      await openFromThursday(el);
      shadow(el, '.vk-popover [data-action="close"]').click();
      await el.updateComplete;
      expect(focusedPiece(el), 'after "Lukk"').to.equal('night@2026-03-12');
    });
  }

  it('opened from the first piece, they still return to it', async () => {
    const el = await calendar('week');
    shadow(el, '[data-session="night"][data-on="2026-03-11"]').focus();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 60 && !el.shadowRoot!.querySelector(':popover-open[data-positioned="true"]'); i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(focusedPiece(el)).to.equal('night@2026-03-11');
  });
});
