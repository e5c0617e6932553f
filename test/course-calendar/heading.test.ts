import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { shadow, shadowAll } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

// WCAG 2.4.6 / 1.3.1: heading navigation reaches the calendar like the other three widgets
// (docs/accessibility.md: "CC: month/week heading"). The month or week title was a <p>, so a
// screen-reader user jumping by headings skipped the calendar, and the agenda's week headings
// (level 3) hung under nothing.

async function calendar(view: 'month' | 'week' | 'agenda'): Promise<VkCourseCalendar> {
  const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar lang="nb" view=${view} .value=${sampleSchedule()}></vk-course-calendar>`);
  await el.updateComplete;
  return el;
}

describe('course calendar: the period title is a heading', () => {
  for (const view of ['month', 'week', 'agenda'] as const) {
    it(`${view} view: the title is a level-2 heading that names the calendar`, async () => {
      const el = await calendar(view);
      const title = shadow<HTMLElement>(el, '#title');
      expect(title.tagName).to.equal('H2');
      expect(title.textContent?.trim()).to.not.equal('');
    });
  }

  it('agenda: the week headings sit one level below the title', async () => {
    const el = await calendar('agenda');
    const levels = shadowAll<HTMLElement>(el, 'h2, h3').map((h) => Number(h.tagName[1]));
    expect(levels[0]).to.equal(2);
    expect(levels.slice(1).length).to.be.greaterThan(0);
    expect(levels.slice(1).every((l) => l === 3)).to.equal(true);
  });
});
