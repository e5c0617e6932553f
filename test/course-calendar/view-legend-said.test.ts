/**
 * What the calendar says when the user changes what it shows. Before 7 Dec 2026 (a newcomer's QA)
 * month to list and back said nothing (the period title, all that was announced, stays "Mars 2026"),
 * and a course turned off or on in the legend changed only `aria-pressed`. Now another view with the
 * same title says its name with it ("Liste, mars 2026"), and the legend says what is hidden or shown
 * ("Skjuler Norskkurs: 12 økter i perioden som vises.").
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { recordAnnouncements } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

async function calendar(): Promise<VkCourseCalendar> {
  const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar lang="nb" style="inline-size: 1000px" date="2026-03-11" .value=${sampleSchedule()}></vk-course-calendar>`);
  await settleFrames(el);
  await el.updateComplete;
  return el;
}

describe('course calendar: a view or a course shown changed, said', () => {
  it('month to list and back (the same title): the view is said with the title', async () => {
    const el = await calendar();
    const said = recordAnnouncements(el);
    el.shadowRoot!.querySelector<HTMLElement>('[data-view="agenda"]')!.click();
    await el.updateComplete;
    await settleFrames(el);
    el.shadowRoot!.querySelector<HTMLElement>('[data-view="month"]')!.click();
    await el.updateComplete;
    await settleFrames(el);
    // The month mid-phrase, as written in running text (view-title-in-phrase.test.ts).
    expect(said).to.deep.equal(['Liste, mars 2026', 'Måned, mars 2026']);
  });

  it('a course turned off and on in the legend: what that hides or shows, with its sessions', async () => {
    const el = await calendar();
    const doc = sampleSchedule();
    const course = doc.courses[0];
    const n = doc.sessions.filter((s) => s.courseId === course.id).length;
    const name = el.shadowRoot!.querySelector(`.legend-item[data-course="${course.id}"] .legend-title`)!.textContent!.trim();
    const said = recordAnnouncements(el);
    const button = el.shadowRoot!.querySelector<HTMLElement>(`.legend-item[data-course="${course.id}"]`)!;
    button.click();
    await el.updateComplete;
    button.click();
    await el.updateComplete;
    const unit = n === 1 ? 'økt' : 'økter';
    // Its sessions in the period shown (all of them here, in March; legend-period-count.test.ts).
    expect(said).to.deep.equal([`Skjuler \u2068${name}\u2069: ${n} ${unit} i perioden som vises.`, `Viser \u2068${name}\u2069: ${n} ${unit} i perioden som vises.`]);
  });
});
