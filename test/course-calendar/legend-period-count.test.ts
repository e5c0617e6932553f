/**
 * A course turned off or on in the legend says how many of its sessions that hides or shows where the user looks: in the
 * period shown (the month grid's whole weeks, the week, the list's month), and says so ("… 3 økter i perioden som vises.").
 * Before (7 Dec, pass 55) it counted the course's sessions in every period: "Skjuler Renhold og smittevern: 4 økter." in a
 * week where two went.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { recordAnnouncements } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

/** The sample (Renhold og smittevern on 9 and 10 March) with two more of its sessions: 24 February (in March's grid) and 14 April. */
function schedule(): ScheduleDocument {
  const doc = sampleSchedule();
  return {
    ...doc,
    sessions: [
      ...doc.sessions,
      { id: 'feb', courseId: 'renhold', start: '2026-02-24T09:00', end: '2026-02-24T11:00', kind: 'theory' },
      { id: 'apr', courseId: 'renhold', start: '2026-04-14T09:00', end: '2026-04-14T11:00', kind: 'theory' },
    ],
  };
}

/** What hiding and showing Renhold og smittevern says in `view` on `date` (bidi isolates left out). */
async function toggled(view: string, date: string): Promise<string[]> {
  const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar lang="nb" style="inline-size: 1000px" view=${view} date=${date} .value=${schedule()}></vk-course-calendar>`);
  await settleFrames(el);
  const said = recordAnnouncements(el);
  const button = el.shadowRoot!.querySelector<HTMLElement>('.legend-item[data-course="renhold"]')!;
  button.click();
  await el.updateComplete;
  button.click();
  await el.updateComplete;
  return said.map((s) => s.replace(/[\u2066-\u2069]/g, ''));
}

const words = (n: string): string[] => [`Skjuler Renhold og smittevern: ${n} i perioden som vises.`, `Viser Renhold og smittevern: ${n} i perioden som vises.`];

describe('course calendar: the legend counts the sessions in the period shown', () => {
  it('month (its grid from 23 February): 3 of the 4; the list (March): 2; week 11: 2; week 16: "1 økt"', async () => {
    expect(await toggled('month', '2026-03-11')).to.deep.equal(words('3 økter'));
    expect(await toggled('agenda', '2026-03-11')).to.deep.equal(words('2 økter'));
    expect(await toggled('week', '2026-03-11')).to.deep.equal(words('2 økter'));
    expect(await toggled('week', '2026-04-14')).to.deep.equal(words('1 økt'));
  });
});
