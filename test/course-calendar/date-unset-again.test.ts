import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { shadowAll } from '../helpers/index.js';
import { runClock } from '../helpers/clock.js';
import { sampleSchedule } from './fixtures.js';

// docs/course-calendar.md (`date`): an unset `date` stands for the day it was first drawn on; the
// host changing `date` again, to a date or to another unset value ('' ↔ undefined, or
// removeAttribute('date'): null), makes unset today again. The value it already has ('' again)
// is no change to Lit (no `changed.has('date')`): documented, not a way to go to today.

const MIDNIGHT = Date.UTC(2026, 2, 31, 22); // 31 March -> 1 April in Oslo (CEST)
const marked = (el: VkCourseCalendar): string[] => shadowAll(el, '[data-today]').map((node) => node.closest('[data-date]')?.getAttribute('data-date') ?? '');

describe('course calendar: `date` unset again after midnight', () => {
  let restore: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  /** A calendar with `date` unset, first drawn on 31 March, past Oslo's midnight. */
  async function pastMidnight(): Promise<VkCourseCalendar> {
    restore = await runClock(MIDNIGHT - 1500, 'UTC');
    const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: 1100px"><vk-course-calendar .value=${sampleSchedule()} view="month"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await el.updateComplete;
    await waitUntil(() => marked(el)[0] === '2026-04-01', 'midnight', { timeout: 5000 });
    expect(el.focusDate, 'still the day it was first drawn on').to.equal('2026-03-31');
    return el;
  }

  it('removeAttribute("date") makes it today', async () => {
    const el = await pastMidnight();
    el.removeAttribute('date');
    await el.updateComplete;
    expect(el.focusDate).to.equal('2026-04-01');
  });

  it('date = undefined makes it today', async () => {
    const el = await pastMidnight();
    el.date = undefined as unknown as string;
    await el.updateComplete;
    expect(el.focusDate).to.equal('2026-04-01');
    el.date = '';
    await el.updateComplete;
    expect(el.focusDate, "'' again, from undefined").to.equal('2026-04-01');
  });

  it("date = '' when it is '' is no change (as documented)", async () => {
    const el = await pastMidnight();
    el.date = '';
    await el.updateComplete;
    expect(el.focusDate).to.equal('2026-03-31');
  });
});
