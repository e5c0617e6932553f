/**
 * The week view's lanes follow the width of its day columns. Before, a day held two lanes at any
 * width (`MAX_LANES = 2`): the demo's week, three sessions overlapping each day, showed one session
 * and "+2" in every 163 px column of a 1,280 px page, where three sessions fit side by side. Now a
 * day holds as many lanes of at least 3em of the calendar's text as its column has room for (never
 * fewer than two), and "+N" stands only for the sessions that do not fit.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { LANE_MIN_EM, weekLanes } from '../../src/course-calendar/calendar-layout.js';
import type { Session } from '../../src/course-calendar/course-calendar.types.js';
import { scheduleWith } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

/** `n` sessions overlapping on Monday 9 March (with the sample's a1, 09:00–14:30), 10:00–12:00. */
const crowd = (n: number): Session[] => Array.from({ length: n }, (_, i): Session => ({ id: `x${i}`, courseId: i % 2 ? 'butikk' : 'renhold', start: '2026-03-09T10:00', end: '2026-03-09T12:00', kind: 'theory' }));

async function week(width: number, sessions: number, style = ''): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: ${width}px; ${style}"><vk-course-calendar .value=${scheduleWith(...crowd(sessions))} view="week" date="2026-03-09"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  return el;
}

const monday = (el: VkCourseCalendar): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('.week-day[data-date="2026-03-09"]')!;
const drawn = (el: VkCourseCalendar): string[] => [...monday(el).querySelectorAll<HTMLElement>('[data-session]')].map((c) => c.dataset.session!);
const more = (el: VkCourseCalendar): string | null => monday(el).querySelector('.more')?.textContent?.replace(/[\u2066-\u2069]/g, '') ?? null;

describe('vk-course-calendar: week lanes by the width of a day', () => {
  it('weekLanes: a seventh of the calendar less its hours, over 3em; two at least', () => {
    expect(LANE_MIN_EM).to.equal(3);
    expect(weekLanes(1206, 16), 'the demo at 1,280 px: 163 px days').to.equal(3);
    expect(weekLanes(1526, 16), '209 px days').to.equal(4);
    expect(weekLanes(694, 16), 'the demo at 768 px: 90 px days').to.equal(2);
    expect(weekLanes(326, 16), 'a phone: the week scrolls at 40em').to.equal(2);
    expect(weekLanes(1206, 32), 'text at 200 %').to.equal(2);
  });

  it('1,206 px (the demo at 1,280): three overlapping sessions side by side, no "+N", each lane at least 3em', async () => {
    const el = await week(1206, 2);
    expect(drawn(el)).to.have.members(['a1', 'x0', 'x1']);
    expect(more(el), 'no "+N"').to.equal(null);
    for (const id of drawn(el)) expect(monday(el).querySelector(`[data-session="${id}"]`)!.closest('.slot')!.getBoundingClientRect().width, id).to.be.at.least(48);
  });

  it('1,206 px, four overlapping: two lanes of sessions and "+2" (only what does not fit)', async () => {
    const el = await week(1206, 3);
    expect(drawn(el)).to.have.length(2);
    expect(more(el)).to.equal('+2');
  });

  it('widened from 900 px (119 px days: two lanes, "+2") to 1,206: three lanes; its text doubled: two again', async () => {
    const el = await week(900, 2);
    expect(drawn(el)).to.have.length(1);
    expect(more(el)).to.equal('+2');
    const settle = async (done: () => boolean): Promise<void> => {
      for (let i = 0; i < 10 && !done(); i++) await settleFrames(el);
    };
    el.parentElement!.style.inlineSize = '1206px';
    await settle(() => more(el) === null);
    expect(drawn(el), 'widened (the ResizeObserver the narrow form has)').to.have.members(['a1', 'x0', 'x1']);
    expect(more(el)).to.equal(null);
    el.style.setProperty('--vk-font-size', '2rem');
    await settle(() => more(el) !== null);
    expect(drawn(el), 'at --vk-font-size 2rem (its width probe)').to.have.length(1);
    expect(more(el)).to.equal('+2');
  });
});
