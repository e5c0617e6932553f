/**
 * A host that sets a larger `--vk-font-size` on the calendar (2rem, the page's root at 16 px):
 * the week's minimum width was 40rem, which did not grow with the text, so at 768 px seven
 * columns of 2rem headings ("man. 9.3.") were drawn over each other. The week is now 40 times the
 * text size at least, and scrolls sideways inside the widget instead.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { weekPart } from '../../src/course-calendar/calendar-parts.js';
import { shadowAll } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

describe('vk-course-calendar: week view with a larger --vk-font-size', () => {
  for (const size of ['1.5rem', '2rem']) {
    it(`${size} in 768 px: no weekday heading is drawn over its neighbour`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 768px"><vk-course-calendar style="--vk-font-size: ${size}" .value=${sampleSchedule()} view="week" date="2026-03-12"></vk-course-calendar></div>`,
      );
      const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
      await weekPart.load();
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const days = shadowAll(el, '.week .head .weekday');
      expect(days.length, 'seven weekday headings').to.equal(7);
      for (const day of days) {
        // The date ("man. 9.3."), not a holiday name under it (that one is shortened with an ellipsis).
        const date = day.querySelector(':scope > [aria-hidden="true"]') as HTMLElement;
        const range = document.createRange();
        range.selectNodeContents(date);
        const ink = range.getBoundingClientRect();
        const box = day.getBoundingClientRect();
        expect(ink.left >= box.left - 0.5 && ink.right <= box.right + 0.5, `"${date.textContent?.trim()}" is drawn inside its column`).to.equal(true);
      }
      expect(el.getBoundingClientRect().width, 'the widget stays in its column').to.be.at.most(768.5);
    });
  }
});
