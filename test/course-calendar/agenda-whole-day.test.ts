/**
 * A newcomer's review: in the agenda, a session from 00:00 to 00:00 the next day read
 * "00:00–29. des. 00:00", and the last day of a session ending at 00:00 (so covering that day to
 * its end) read its time range, where a day in the middle said "hele dagen". Now a day a session
 * covers from 00:00 to 24:00 says "hele dagen", and a session of exactly one day is one row on
 * that day (RFC 5545: DTEND is exclusive), none on the next.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { settle } from '../helpers/index.js';
import { scheduleWith } from './fixtures.js';

const oneDay = { id: 'day', courseId: 'renhold', start: '2026-12-28T00:00', end: '2026-12-29T00:00', kind: 'practice' as const };
const toMidnight = { id: 'long', courseId: 'renhold', start: '2026-12-30T09:00', end: '2027-01-02T00:00', kind: 'practice' as const };
const flat = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

async function agenda(date: string): Promise<VkCourseCalendar> {
  const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="agenda" date=${date} .value=${scheduleWith(oneDay, toMidnight)}></vk-course-calendar>`);
  await settle(el);
  return el;
}
const rows = (el: VkCourseCalendar, id: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`.agenda [data-session="${id}"]`)];

describe('agenda: a day covered from 00:00 to 24:00', () => {
  it('a session 00:00 to 00:00 the next day is one "hele dagen" row on its day, none on the next', async () => {
    const el = await agenda('2026-12-28');
    const listed = rows(el, 'day');
    expect(listed.map((r) => r.dataset.on), 'one row, on 28 December').to.deep.equal(['2026-12-28']);
    expect(flat(listed[0]!.querySelector('.time'))).to.equal('hele dagen');
    expect(listed[0]!.querySelector('.continues'), 'not "fortsetter"').to.equal(null);
  });

  it('the last day of a session ending at 00:00 the next day reads "hele dagen"; its first day keeps its start time', async () => {
    const el = await agenda('2027-01-01');
    const last = rows(el, 'long');
    expect(last.map((r) => r.dataset.on), 'January: its last day only, not 2 January').to.deep.equal(['2027-01-01']);
    expect(flat(last[0]!.querySelector('.time'))).to.equal('hele dagen');
    expect(flat(last[0]!.querySelector('.continued-from'))).to.contain('fortsatt fra');
    const december = rows(await agenda('2026-12-30'), 'long');
    expect(december.map((r) => r.dataset.on)).to.deep.equal(['2026-12-30', '2026-12-31']);
    expect(flat(december[0]!.querySelector('.time')), 'from 09:00: not the whole day').to.match(/^09:00–/);
    expect(flat(december[1]!.querySelector('.time'))).to.equal('hele dagen');
  });
});
