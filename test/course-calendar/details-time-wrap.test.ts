import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';

// A newcomer's look (7 Dec 2026), Ukrainian, 360 px: the session details' date line wrapped as
// "…2026 р., 09:00–" / "14:30": the line broke after the dash, which Unicode allows (an en dash
// breaks after). The week and the agenda keep an end with its dash (nowrap on .time-end); the
// details did not. At every width the end (dash and time) is now on one line.
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

describe('course calendar: the details keep a session\'s end with its dash', () => {
  it('at no width does the line break between "–" and the end time', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar style="inline-size: 1000px" view="week" date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar>`);
    await el.updateComplete;
    (el.shadowRoot!.querySelector('[data-session="a1"]') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    let end: HTMLElement | null = null;
    for (let i = 0; i < 60 && !(end = el.shadowRoot!.querySelector<HTMLElement>('[data-session-details] .time-end')); i++) await frame();
    const line = end!.closest('p')!;
    const split: number[] = [];
    for (let width = 80; width <= 420; width += 2) {
      line.style.inlineSize = `${width}px`;
      const tops = new Set([...end!.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) split.push(width);
    }
    expect(split, 'widths at which the end split from its dash').to.deep.equal([]);
  });
});
