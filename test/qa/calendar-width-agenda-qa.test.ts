// QA of ac329e7 by the other route it names: no `view` set, the calendar made narrower than 480 px
// (a phone rotated, a side panel opened) while focus is on a session of a day other than the focus
// date. The month grid becomes the agenda in one update, focus stays on the session, its day the
// focus date.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { countUpdates, focused } from '../helpers/index.js';
import { agendaPart } from '../../src/course-calendar/calendar-parts.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { settleFrames } from '../course-calendar/focus-helpers.js';


describe('QA: a month grid that becomes the agenda by its width, under focus on a session', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`${dir}: one update, focus on the session, its day the focus date`, async () => {
      await agendaPart.load();
      const wrapper = await fixture<HTMLElement>(html`<div lang=${dir === 'rtl' ? 'ar' : 'nb'} dir=${dir} style="inline-size: 1000px"><vk-course-calendar .value=${sampleSchedule()} date="2026-03-11"></vk-course-calendar></div>`);
      const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
      await settleFrames(el);
      const chip = el.shadowRoot!.querySelector<HTMLElement>('[role="grid"] [data-session="a1"][data-on="2026-03-09"]')!;
      chip.focus();
      await settleFrames(el);
      const updates = countUpdates(el);
      wrapper.style.inlineSize = '360px';
      for (let i = 0; i < 3; i++) await settleFrames(el);
      expect(el.shadowRoot!.querySelector('.agenda'), 'the agenda shows').to.not.equal(null);
      const now = focused(el) as HTMLElement | null;
      expect(now?.dataset.session, `focus on ${now?.outerHTML.slice(0, 90)}`).to.equal('a1');
      expect(el.date).to.equal('2026-03-09');
      expect(updates.count, 'one update for the switch').to.equal(1);
    });
  }
});
