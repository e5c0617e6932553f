import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { segmentsByDay } from '../../src/course-calendar/calendar-layout.js';
import type { ScheduleDocument, Session } from '../../src/course-calendar/course-calendar.types.js';

// Case systems write 9999-12-31 for "no end date", and a session may end on any real day up to
// then (contract §5). The calendar listed every day such a session covers — 2.9 million dates — to
// keep the few it shows: each render of the month, the week or the agenda froze the page for
// seconds (4–11 s in Chromium for one session), and a handful of them hung it past this test's
// timeout. Only the days shown are listed now.
const open = (id: string, start: string): Session => ({ id, courseId: 'c', start, end: '9999-12-31T23:59', kind: 'practice' });

describe('a session that ends in the year 9999', () => {
  it('has a piece on each day of the week shown, continuing, and one piece in month mode', () => {
    const week = segmentsByDay([open('x', '2026-03-10T09:00')], '2026-03-09', '2026-03-16', 'every-day');
    expect([...week.keys()]).to.deep.equal(['2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15']);
    const pieces = [...week.values()].map(([p]) => [p.start, p.end, p.continuesFrom, p.continues]);
    expect(pieces[0]).to.deep.equal([540, 1440, false, true]);
    expect(pieces[5]).to.deep.equal([0, 1440, true, true]);
    const month = segmentsByDay([open('x', '2020-01-01T00:00')], '2026-02-23', '2026-04-06', 'first-day');
    expect([...month.keys()]).to.deep.equal(['2026-02-23']);
    expect(month.get('2026-02-23')?.[0].continuesFrom).to.equal(true);
    const last = segmentsByDay([open('x', '2020-01-01T00:00')], '9999-12-27', '9999-12-31', 'every-day');
    expect([...last.keys()]).to.deep.equal(['9999-12-27', '9999-12-28', '9999-12-29', '9999-12-30']);
    expect(last.get('9999-12-30')?.[0].end).to.equal(1440);
  });

  it('the calendar draws twenty of them in every view, each on the days shown', async function () {
    const doc: ScheduleDocument = { version: 1, courses: [{ id: 'c', title: 'Praksis' }], sessions: Array.from({ length: 20 }, (_, i) => open(`s${i}`, `2026-03-${String(i + 1).padStart(2, '0')}T08:00`)) };
    const page = await fixture<HTMLDivElement>(html`<div style="inline-size: 900px"><vk-course-calendar view="week" date="2026-03-10" .value=${doc}></vk-course-calendar></div>`);
    const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
    for (const view of ['week', 'month', 'agenda'] as const) {
      el.view = view;
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('[data-session="s0"]'), view).to.not.equal(null);
    }
    expect(el.error).to.equal(null);
  });
});
