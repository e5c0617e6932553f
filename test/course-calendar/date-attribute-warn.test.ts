import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';

// QA (qdst F7): a host's `date` that names no day ("2026-12-31 " with a space, "20261231", "2026-W53",
// a date-time) shows today, as documented, but said nothing: the host could not tell why its date
// was not shown. Now it is said once on the console, as the other host mistakes are ("Veikart: …").

describe('course calendar: a `date` that names no day is said on the console', () => {
  let warnings: string[];
  let warn: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    warn = console.warn;
    console.warn = (...args: unknown[]) => (String(args[0]).includes('date=') ? warnings.push(args.join(' ')) : warn(...args));
  });
  afterEach(() => {
    console.warn = warn;
  });

  /** A month calendar with `date` set as an attribute, drawn. */
  async function calendar(date: string): Promise<VkCourseCalendar> {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="month" date=${date} .value=${sampleSchedule()}></vk-course-calendar>`);
    await el.updateComplete;
    return el;
  }

  for (const date of ['20261231', '2026-W53', '2026-02-30T10:00', '2026-03-12Tnoon', '2026-02-30']) {
    it(`"${date}": once, with the value and the form it takes; the calendar still shows today`, async () => {
      const el = await calendar(date);
      const today = (await calendar('')).focusDate;
      expect(el.focusDate, 'today').to.equal(today);
      el.requestUpdate(); // another render, the same date: nothing more said
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include(`date="${date}"`).and.include('YYYY-MM-DD');
    });
  }

  it('a new wrong date is said again; a real date, none, or a date before the year 1000 (no date) is not', async () => {
    const el = await calendar('2026-03-29');
    for (const date of ['', '0001-01-01', '2026-12-31']) {
      el.date = date;
      await el.updateComplete;
    }
    expect(warnings, 'nothing said').to.deep.equal([]);
    el.date = '31.12.2026';
    await el.updateComplete;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('date="31.12.2026"');
  });

  // QA round 2, F9: an ISO date-time (what a host's `toISOString()` or a date-time field gives) and a padded date showed today,
  // with the warning. Now the date part, trimmed, is the day shown, and nothing is said.
  for (const [date, day] of [
    ['2026-03-12T10:00', '2026-03-12'],
    ['2026-03-12T23:30:00.000Z', '2026-03-12'],
    ['2026-03-12T10:00:00+01:00', '2026-03-12'],
    [' 2026-03-12', '2026-03-12'],
    ['2026-12-31 ', '2026-12-31'],
  ]) {
    it(`"${date}": shows ${day}, silently`, async () => {
      const el = await calendar(date);
      expect(el.focusDate).to.equal(day);
      expect(el.range.start <= day && day < el.range.end, 'the month of the day shown').to.equal(true);
      expect(warnings, 'nothing said').to.deep.equal([]);
    });
  }
});
