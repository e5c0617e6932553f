import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { shadow } from '../helpers/index.js';
import { runClock } from '../helpers/clock.js';
import { scheduleWith } from './fixtures.js';

// The minute tick (week-view.ts moveNow) shows or hides the "now" line behind Lit's back; the
// render binds `hidden` with live(), so a render that computes the value Lit committed last still
// writes it when the tick changed it: a host value that moves the axis's ends shows or hides the line.

describe('course calendar: the "now" line after a host value that moves the axis', () => {
  let restore: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  async function week(at: number, value: ReturnType<typeof scheduleWith>): Promise<VkCourseCalendar> {
    restore = await runClock(at, 'UTC');
    const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: 1100px"><vk-course-calendar .value=${value} view="week"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await el.updateComplete;
    await el.updateComplete;
    return el;
  }

  it('is shown when a wider axis has the time on it (the tick hid it past the old end)', async () => {
    // 18:00:58.5 in Oslo on Thursday 12 March (CET): on the default axis's end (07:00–18:00).
    const el = await week(Date.UTC(2026, 2, 12, 17, 0, 58, 500), scheduleWith());
    const line = shadow(el, '.now');
    expect(line.hidden, 'shown at 18:00').to.equal(false);
    await waitUntil(() => line.hidden, 'the tick hides it at 18:01, past the axis', { timeout: 5000 });

    // The host adds an evening session this week: the axis now runs to 20:00, so 18:01 is on it.
    el.value = scheduleWith({ id: 'kveld', courseId: 'butikk', start: '2026-03-10T18:00', end: '2026-03-10T20:00', kind: 'theory' });
    await el.updateComplete;
    const now = shadow(el, '.now');
    expect(now.dataset.axis).to.equal('420 1200');
    expect(now.hidden, 'the line on the new axis').to.equal(false);
  });

  it('is hidden when a narrower axis no longer has the time on it (the tick showed it at the old start)', async () => {
    // 05:59:58.5 in Oslo on Thursday 12 March, with an early session this week: the axis starts at 06:00.
    const early = { id: 'tidlig', courseId: 'butikk', start: '2026-03-10T06:00', end: '2026-03-10T07:00', kind: 'theory' } as const;
    const el = await week(Date.UTC(2026, 2, 12, 4, 59, 58, 500), scheduleWith(early));
    const line = shadow(el, '.now');
    expect(line.dataset.axis).to.equal('360 1080');
    expect(line.hidden, 'hidden at 05:59').to.equal(true);
    await waitUntil(() => !line.hidden, 'the tick shows it at 06:00, on the axis', { timeout: 5000 });

    // The host removes the early session: the axis starts at 07:00 again, so 06:00 is off it.
    el.value = scheduleWith();
    await el.updateComplete;
    const now = shadow(el, '.now');
    expect(now.dataset.axis).to.equal('420 1080');
    expect(now.hidden, 'the line off the new axis').to.equal(true);
  });
});
