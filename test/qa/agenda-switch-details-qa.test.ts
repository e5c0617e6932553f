// QA of 2ff6a7a (a neighbouring month's session's open details follow it into that month's agenda),
// by a newcomer: Arabic right to left by a narrowing width, a session of the previous month (27
// February in March's grid), and back to the month grid with the details still open.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import { focused } from '../helpers/index.js';
import { agendaPart, detailsPart } from '../../src/course-calendar/calendar-parts.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { scheduleWith } from '../course-calendar/fixtures.js';
import { settleFrames } from '../course-calendar/focus-helpers.js';

const schedule = (): ScheduleDocument =>
  scheduleWith(
    { id: 'apr', courseId: 'butikk', start: '2026-04-02T09:00', end: '2026-04-02T12:00', kind: 'practice' },
    { id: 'feb', courseId: 'renhold', start: '2026-02-27T09:00', end: '2026-02-27T12:00', kind: 'theory' },
  );

const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

async function detailsOf(id: string, dir: 'ltr' | 'rtl'): Promise<{ el: VkCourseCalendar; wrapper: HTMLElement; panel: HTMLElement }> {
  if (dir === 'rtl') await setLocale('ar');
  const wrapper = await fixture<HTMLElement>(html`<div lang=${dir === 'rtl' ? 'ar' : 'nb'} dir=${dir} style="inline-size: 1000px"><vk-course-calendar .value=${schedule()} date="2026-03-11"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  expect(el.currentView).to.equal('month');
  el.shadowRoot!.querySelector<HTMLElement>(`[role="grid"] [data-session="${id}"]`)!.focus();
  await sendKeys({ press: 'Enter' });
  let panel: HTMLElement | null = null;
  for (let i = 0; i < 60 && !(panel = el.shadowRoot!.querySelector<HTMLElement>(':popover-open[data-positioned="true"]')); i++) await frames(1);
  expect(panel?.contains(focused(el)), 'focus in the details').to.equal(true);
  return { el, wrapper, panel: panel! };
}

async function narrowTo(el: VkCourseCalendar, wrapper: HTMLElement, width: number, view: string): Promise<void> {
  wrapper.style.inlineSize = `${width}px`;
  for (let i = 0; i < 20 && el.currentView !== view; i++) await frames(1);
  await settleFrames(el);
}

describe('QA: open details of a neighbouring month\'s session, the grid switched to the agenda', () => {
  before(() => Promise.all([agendaPart.load(), detailsPart.load()]));
  afterEach(() => setLocale('nb'));

  for (const [id, day, start, dir] of [
    ['apr', '2026-04-02', '2026-04-01', 'rtl'],
    ['feb', '2026-02-27', '2026-02-01', 'ltr'],
    ['feb', '2026-02-27', '2026-02-01', 'rtl'],
  ] as const) {
    it(`${id} (${dir}): its month's agenda, the details open with focus inside, Escape to its row`, async () => {
      const { el, wrapper, panel } = await detailsOf(id, dir);
      await narrowTo(el, wrapper, 360, 'agenda');
      expect(el.range.start).to.equal(start);
      expect(el.date).to.equal(day);
      expect(el.shadowRoot!.querySelector(':popover-open'), 'still open').to.equal(panel);
      expect(panel.contains(focused(el)), 'focus in the details').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await settleFrames(el);
      expect(focused(el), 'Escape to the row').to.equal(el.shadowRoot!.querySelector(`.agenda [data-session="${id}"]`));
      expect(document.activeElement).to.not.equal(document.body);
    });
  }

  it('to the agenda and back to the month grid, details open all the way: they stay, focus inside; the month is the session\'s', async () => {
    const { el, wrapper, panel } = await detailsOf('apr', 'ltr');
    await narrowTo(el, wrapper, 360, 'agenda');
    await narrowTo(el, wrapper, 1000, 'month');
    expect(el.currentView).to.equal('month');
    expect(el.date).to.equal('2026-04-02');
    expect(el.range.start <= '2026-04-02' && el.range.end > '2026-04-02', 'April\'s grid').to.equal(true);
    const open = el.shadowRoot!.querySelector(':popover-open');
    expect(open, 'still open').to.equal(panel);
    expect(panel.contains(focused(el)), 'focus in the details').to.equal(true);
  });
});
