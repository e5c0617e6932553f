// A course title full of combining marks ("Zalgo" text: hundreds of accents stacked on one letter)
// draws far above and below its line. In the legend it drew over the calendar's toolbar (the
// "I dag" button, measured at 300 marks a letter); each legend button now clips what it holds.
// (Session chips already clipped: month and week chips are overflow: hidden/clip.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/course-calendar/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';

const zalgo = [...'Zalgo'].map((c, i) => c + Array.from({ length: 300 }, (_, j) => String.fromCharCode(0x300 + ((i * 7 + j) % 0x70))).join('')).join('');

describe('hostile course titles in the legend', () => {
  it('a legend button clips its content, so a title cannot draw over the toolbar', async () => {
    const doc = sampleSchedule();
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="month" date="2026-03-09"></vk-course-calendar>`);
    el.value = { ...doc, courses: [{ ...doc.courses[0], title: zalgo }, doc.courses[1]] };
    await el.updateComplete;
    const items = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('.legend-item') ?? [])];
    expect(items.length).to.be.greaterThan(1);
    expect(items[0].textContent).to.include(zalgo.slice(0, 50));
    for (const item of items) expect(getComputedStyle(item).overflow, item.textContent?.slice(0, 20)).to.equal('clip');
  });
});
