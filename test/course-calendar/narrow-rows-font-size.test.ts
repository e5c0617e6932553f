/**
 * The agenda's and the day list's narrow rows (picture above time and name) follow the widget's own
 * text size, `--vk-font-size`, not only the page's: their container queries were `18rem` (agenda)
 * and `18em` (day list). A container query's rem is the root's font size, so with
 * `--vk-font-size: 2rem` at a 16 px root a 360 px agenda (22.5rem, 11.25 of its 32 px text) kept
 * its rows' pictures beside the text and the rows crowded. Both now switch under 18em, the em of
 * the calendar's own text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { settleFrames } from './focus-helpers.js';

const value: ScheduleDocument = {
  version: 1,
  courses: [{ id: 'c', title: 'Salg og service i dagligvarehandel', color: '#36c', pictogram: 'vk:kitchen' }],
  sessions: [
    { id: 's1', courseId: 'c', start: '2026-03-16T09:00', end: '2026-03-16T14:30', kind: 'practice' },
    { id: 's2', courseId: 'c', start: '2026-03-16T15:00', end: '2026-03-16T16:00', kind: 'exam', cancelled: true },
  ],
};

describe('vk-course-calendar: narrow rows at --vk-font-size 2rem (16 px root)', () => {
  for (const [lang, dir] of [
    ['nb', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`${lang}: a 360 px agenda's rows have their picture above the time and name, nothing sideways`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir} style="inline-size: 360px; --vk-font-size: 2rem"><vk-course-calendar .value=${value} view="agenda" date="2026-03-16"></vk-course-calendar></div>`);
      const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
      for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('.agenda [data-session]'); i++) await settleFrames(el);
      await settleFrames(el);
      expect(parseFloat(getComputedStyle(el).fontSize), 'the widget’s text at 32 px').to.equal(32);
      const agenda = el.shadowRoot!.querySelector<HTMLElement>('.agenda')!;
      expect(agenda.scrollWidth, 'nothing wider than the agenda').to.be.at.most(agenda.clientWidth);
      const host = el.getBoundingClientRect();
      const rows = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.agenda [data-session]'));
      expect(rows).to.have.length(2);
      for (const row of rows) {
        const box = row.getBoundingClientRect();
        expect(box.right, 'the row ends inside the calendar').to.be.at.most(host.right + 0.5);
        expect(box.left).to.be.at.least(host.left - 0.5);
        expect(getComputedStyle(row).display, 'the narrow form: a one-column grid').to.equal('grid');
        const picture = row.querySelector('.vk-pictogram')!.getBoundingClientRect();
        const text = row.querySelector('.session-text')!.getBoundingClientRect();
        expect(picture.bottom, `${row.dataset.session}: the picture above the time and name`).to.be.at.most(text.top + 0.5);
        expect(row.querySelector<HTMLElement>('.stripe')!.getBoundingClientRect().height, 'the stripe down the whole row').to.be.at.least(box.height - 3);
      }
    });
  }
});
