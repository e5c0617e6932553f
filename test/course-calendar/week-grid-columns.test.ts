/**
 * The week view's grid (role="grid"): its header row had eight column headers ("Uke 11" over the
 * hour axis, then the seven days) over a row of seven day cells (the axis is aria-hidden), so by
 * position, as assistive technology pairs them, Monday's cell sat under "Uke 11", Tuesday's under
 * "man. 9.3." and Sunday's under "lør. 14.3.": a screen reader moving across the week heard the
 * day before as the column's header. Every row now has as many cells as the header has headers,
 * and each day's header is over its own day (the month view already pairs a row header with the
 * week-number column).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { weekPart } from '../../src/course-calendar/calendar-parts.js';
import { sampleSchedule } from './fixtures.js';

/** The cells of a row as assistive technology gets them: cell roles, not in an aria-hidden subtree. */
function cells(row: Element): HTMLElement[] {
  return Array.from(row.querySelectorAll<HTMLElement>('[role="columnheader"], [role="rowheader"], [role="gridcell"]')).filter((c) => c.closest('[role="row"]') === row && !c.closest('[aria-hidden="true"]'));
}

describe('vk-course-calendar: the week grid\'s columns', () => {
  for (const [lang, dir] of [['nb', 'ltr'], ['ar', 'rtl']] as const) {
    it(`${lang}: each row has as many cells as the header row, and each day's header is over that day`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir} style="inline-size: 1100px"><vk-course-calendar .value=${sampleSchedule()} view="week" date="2026-03-11"></vk-course-calendar></div>`);
      const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
      await weekPart.load();
      await el.updateComplete;
      const rows = Array.from(el.shadowRoot!.querySelectorAll('[role="grid"] [role="row"]'));
      expect(rows.length, 'a header row and a row of days').to.equal(2);
      const [head, body] = rows.map(cells);
      expect(body.length, 'cells in the row of days').to.equal(head.length);
      const days = body.filter((c) => c.getAttribute('role') === 'gridcell');
      expect(days.map((d) => d.dataset.date)).to.deep.equal(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15']);
      for (const day of days) {
        const header = head[body.indexOf(day)];
        expect(header?.getAttribute('role'), `the header over ${day.dataset.date}`).to.equal('columnheader');
        // The header names the day of month of its column ("man. 9.3.", "الاثنين، 9‏/3").
        const dayOfMonth = String(Number(day.dataset.date!.slice(8)));
        const digits = (header?.textContent ?? '').replace(/[^\d]+/g, ' ').trim().split(' ');
        expect(digits, `the header over ${day.dataset.date}: "${header?.textContent?.trim()}"`).to.include(dayOfMonth);
      }
    });
  }
});
