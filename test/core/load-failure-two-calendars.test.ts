// Two calendars on a page show the week view, whose chunk cannot load (the connection gone for a
// moment): both say so. The connection back, a use in one of them (another week) brings the week
// view: the other calendar, whose week view is the same module, shows it too and its notice goes,
// without a use of its own. Before, it kept an empty week and 'reload the page' until its user
// switched view or week. A page of its own: the module map is the page's (load-failure-retry.test.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { block, frame, notice, noticeOf } from '../helpers/load-failure.js';

const warn = console.warn;
const weekGrid = (el: VkCourseCalendar): Element | null | undefined => el.shadowRoot?.querySelector('[data-view="week"] [role="grid"]');

describe('two calendars whose week view failed to load', () => {
  before(() => {
    console.warn = () => undefined;
  });
  after(async () => {
    console.warn = warn;
    await block([]);
  });

  it('a use in one brings the week view back in both, and both notices go', async () => {
    await block(['*/week-view.*']);
    const page = await fixture<HTMLDivElement>(html`<div>
      <vk-course-calendar view="week" date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar>
      <vk-course-calendar view="week" date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar>
    </div>`);
    const [first, second] = [...page.querySelectorAll<VkCourseCalendar>('vk-course-calendar')];
    await noticeOf(first);
    await noticeOf(second);
    await block([]);
    second.date = '2026-03-16'; // the next week: a use
    for (let i = 0; i < 100 && !(weekGrid(second) && weekGrid(first)); i++) await frame();
    await first.updateComplete;
    await second.updateComplete;
    expect(weekGrid(second), 'the calendar used shows its week').to.not.equal(null);
    expect(notice(second)).to.equal(null);
    expect(weekGrid(first), 'the other calendar shows its week too').to.not.equal(null);
    expect(notice(first)).to.equal(null);
  });
});
