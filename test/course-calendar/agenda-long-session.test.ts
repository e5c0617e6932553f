import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { settle } from '../helpers/index.js';
import { scheduleWith } from './fixtures.js';

// A newcomer's review: a session from 2020-01-01 09:00 to 2030-01-01 10:00 read, on every day of
// the agenda, "09:00–1. jan. 10:00 fortsatt fra ons. 1. jan.": no year (which 1 January?), and a
// start time on the days in the middle, as if it began there at 09:00.
const long = { id: 'long', courseId: 'renhold', start: '2020-01-01T09:00', end: '2030-01-01T10:00', kind: 'practice' as const };
const flat = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

async function agenda(date: string): Promise<VkCourseCalendar> {
  const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="agenda" date=${date} .value=${scheduleWith(long)}></vk-course-calendar>`);
  await settle(el);
  return el;
}
const chip = (el: VkCourseCalendar, on: string): HTMLElement => el.shadowRoot!.querySelector(`[data-session="long"][data-on="${on}"]`) as HTMLElement;

describe('agenda: a session of several years', () => {
  it('a day in the middle reads "hele dagen", not the start time; the dates carry their years', async () => {
    const el = await agenda('2025-06-15');
    const middle = chip(el, '2025-06-15');
    expect(middle, 'listed on a day in the middle').to.not.equal(null);
    const time = flat(middle.querySelector('.time'));
    expect(time, 'no start time in the middle').to.equal('hele dagen');
    expect(flat(middle.querySelector('.continued-from'))).to.equal('fortsatt fra ons. 1. jan. 2020');
    expect(flat(middle.querySelector('.continues'))).to.equal('fortsetter');
    // The whole time, with both years, stays in the tooltip.
    expect(middle.title).to.contain('09:00–1. jan. 2030 10:00');
  });

  it('the first day: its start time and the end with its year', async () => {
    const el = await agenda('2020-01-01');
    const first = chip(el, '2020-01-01');
    expect(flat(first.querySelector('.time'))).to.equal('09:00–1. jan. 2030 10:00');
    expect(first.querySelector('.continued-from')).to.equal(null);
  });

  it('the last day: the whole time, and where it began with the year', async () => {
    const el = await agenda('2030-01-01');
    const last = chip(el, '2030-01-01');
    expect(flat(last.querySelector('.time'))).to.equal('09:00–1. jan. 2030 10:00');
    expect(flat(last.querySelector('.continued-from'))).to.equal('fortsatt fra ons. 1. jan. 2020');
    expect(last.querySelector('.continues')).to.equal(null);
  });

  it('a night within one year keeps its dates without a year: "22:00–11. mars 02:00"', async () => {
    const night = { id: 'night', courseId: 'renhold', start: '2026-03-10T22:00', end: '2026-03-11T02:00', kind: 'practice' as const };
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="agenda" date="2026-03-10" .value=${scheduleWith(night)}></vk-course-calendar>`);
    await settle(el);
    const before = el.shadowRoot!.querySelector('[data-session="night"][data-on="2026-03-10"]');
    const after = el.shadowRoot!.querySelector('[data-session="night"][data-on="2026-03-11"]');
    expect(flat(before?.querySelector('.time'))).to.equal('22:00–11. mars 02:00');
    expect(flat(after?.querySelector('.time'))).to.equal('22:00–11. mars 02:00');
    expect(flat(after?.querySelector('.continued-from'))).to.equal('fortsatt fra tir. 10. mars');
  });
});
