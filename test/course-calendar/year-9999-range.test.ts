import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { rangeFor } from '../../src/course-calendar/calendar-dates.js';
import { segmentsByDay } from '../../src/course-calendar/calendar-layout.js';
import { timesInRange } from '../../src/course-calendar/calendar-queries.js';
import { specialDays } from '../../src/course-calendar/holidays.js';
import type { ScheduleDocument, Session } from '../../src/course-calendar/course-calendar.types.js';

// Dates run to 9999-12-31 (contract §4, the schema's years 0000–9999; the focus date 1000–9999). The
// periods that hold the last days of 9999 end in 10000 ("10000-01-03" for December's grid and the
// last week, "10000-01-01" for its agenda), which sorts before every "9999-…" as a string: their
// sessions, holidays and even the month grid's weeks were left out.
const session = (id: string, start: string, end: string): Session => ({ id, courseId: 'c', start, end, kind: 'practice' });
const sessions = [session('mid', '9999-12-20T10:00', '9999-12-20T12:00'), session('last', '9999-12-31T22:00', '9999-12-31T23:59'), session('night', '9999-12-30T23:00', '9999-12-31T01:00')];
const doc: ScheduleDocument = { version: 1, courses: [{ id: 'c', title: 'Praksis' }], sessions, closedDays: [{ date: '9999-12-31', title: 'Siste dag' }] };

describe('the last days of the year 9999', () => {
  it('are in the ranges that end after 9999: sessions, holidays and session times', () => {
    for (const view of ['month', 'week', 'agenda'] as const) {
      const range = rangeFor(view, '9999-12-31');
      const byDay = segmentsByDay(sessions, range.start, range.end, view === 'month' ? 'first-day' : 'every-day');
      expect(byDay.get('9999-12-31')?.map((s) => s.session.id) ?? [], view).to.include('last');
      const special = specialDays(range.start, range.end, doc, 'nb');
      expect(special.get('9999-12-31'), view).to.deep.equal(['Siste dag']);
      if (view !== 'week') expect(special.get('9999-12-26'), view).to.deep.equal(['Andre juledag']);
      expect(timesInRange(sessions[1], range), view).to.equal(true);
    }
    expect([...segmentsByDay(sessions, '9999-12-27', '10000-01-03', 'every-day').keys()].sort()).to.deep.equal(['9999-12-30', '9999-12-31']);
  });

  it('the calendar draws them in every view, with the grid’s whole weeks and a week of seven days', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="inline-size: 900px"><vk-course-calendar view="month" date="9999-12-15" .value=${doc}></vk-course-calendar></div>`);
    const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
    await el.updateComplete;
    const root = el.shadowRoot as ShadowRoot;
    const cells = [...root.querySelectorAll('[role="gridcell"][data-date]')].map((c) => c.getAttribute('data-date'));
    expect([cells.length, cells[0], cells.at(-1)]).to.deep.equal([35, '9999-11-29', '10000-01-02']);
    for (const id of ['mid', 'last', 'night']) expect(root.querySelector(`[data-session="${id}"]`), `month ${id}`).to.not.equal(null);
    el.view = 'week';
    el.date = '9999-12-31';
    await el.updateComplete;
    expect(root.querySelectorAll('[role="gridcell"][data-date]').length).to.equal(7);
    for (const id of ['last', 'night']) expect(root.querySelector(`[data-session="${id}"]`), `week ${id}`).to.not.equal(null);
    el.view = 'agenda';
    await el.updateComplete;
    for (const id of ['mid', 'last', 'night']) expect(root.querySelector(`[data-session="${id}"]`), `agenda ${id}`).to.not.equal(null);
    expect(el.error).to.equal(null);
  });
});
