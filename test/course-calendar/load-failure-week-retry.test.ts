// The week view's part cannot be fetched, and a browser that keeps a failed import for the page's
// life (whatwg/html#6768: Chromium with a 404, as after a deploy while the page is open) rejects
// the next `import()` at once. The user asks for the week, goes back to the month and asks again:
// `retryOnUse` clears the kept failure, the render says "Laster ukevisning …", and the load fails
// before anything else renders. Before, nothing rendered after that failure (the notice was already
// up, so the announcer drew nothing new): "Laster ukevisning …" stayed beside "Noe kunne ikke
// lastes" for good. Now the failure re-renders, and the loading text goes.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { weekPart } from '../../src/course-calendar/calendar-parts.js';
import { sampleSchedule } from './fixtures.js';
import { blockDuring, frame, noticeOf } from '../helpers/load-failure.js';

const loadingText = (el: VkCourseCalendar): string => el.shadowRoot!.querySelector('.week-loading')?.textContent?.trim() ?? '';

describe('the week view cannot load, asked for twice', () => {
  blockDuring(['*/week-view.*']);

  it('the second failure takes the loading text away, as the first did', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar>`);
    const weekButton = (): HTMLButtonElement =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Uke')!;
    weekButton().click();
    await noticeOf(el);
    await el.updateComplete;
    expect(loadingText(el), 'after the first failure').to.equal('');

    el.view = 'month';
    await el.updateComplete;
    const load = weekPart.load;
    let asked = 0;
    // The kept failure: rejected at once (a microtask), as Chromium does for a module that 404ed.
    weekPart.load = () => (asked++, Promise.resolve().then(() => ((weekPart.failed = true), Promise.reject(new Error('kept failure')))));
    try {
      weekButton().click(); // a use: the part is asked for again
      for (let i = 0; i < 20; i++) await frame();
      expect(asked, 'asked again').to.be.greaterThan(0);
      expect(el.currentView).to.equal('week');
      expect(loadingText(el), 'after the second failure').to.equal('');
    } finally {
      weekPart.load = load;
    }
  });
});
