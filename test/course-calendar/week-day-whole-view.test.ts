/**
 * The week on a 320 px phone with text at 200 % (a 254 px calendar, 7.9 times its text): the week
 * scrolled sideways at 40 times its text, so each day was 164 px wide in 124 px of view beside the
 * hours, and no day's heading ("man. 9.3.") or chips were ever whole in one view. There a day is now
 * as wide as that view.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { weekPart } from '../../src/course-calendar/calendar-parts.js';
import { shadow, shadowAll } from '../helpers/index.js';
import { splitWords } from '../a11y/layout-checks.js';
import { sampleSchedule } from './fixtures.js';

async function week(lang: 'nb' | 'ar', width: number): Promise<VkCourseCalendar> {
  await setLocale(lang);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
    <vk-course-calendar .value=${sampleSchedule()} view="week" date="2026-03-12"></vk-course-calendar>
  </div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await weekPart.load();
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('.week .head .weekday'), 'the week is drawn');
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return el;
}

describe('course calendar week: a day whole in one view with text at 200 % on a phone', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(async () => {
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['nb', 'ar'] as const) {
    it(`320 px phone (${lang}): every day's heading and column fit the view beside the hours; scrolled to, it is whole`, async () => {
      await setViewport({ width: 320, height: 700 });
      document.documentElement.style.fontSize = '200%';
      const el = await week(lang, 254);
      const scroller = shadow(el, '.week-scroll');
      const hours = shadow(el, '.week .head .weeknum-head').getBoundingClientRect().width;
      const view = scroller.clientWidth - hours;
      for (const heading of shadowAll(el, '.week .head .weekday')) {
        expect(heading.getBoundingClientRect().width, `${heading.textContent!.trim()} fits the view`).to.be.at.most(view + 1);
        // Scrolled so the day starts where the hours end (as the keyboard's scroll-padding does).
        const port = scroller.getBoundingClientRect();
        const [start, end] = lang === 'ar' ? [port.left, port.right - hours] : [port.left + hours, port.right];
        const before = heading.getBoundingClientRect();
        scroller.scrollLeft += lang === 'ar' ? before.right - end : before.left - start;
        const at = heading.getBoundingClientRect();
        expect(at.left, `${heading.textContent!.trim()}: its start in view`).to.be.at.least(start - 1);
        expect(at.right, `${heading.textContent!.trim()}: its end in view`).to.be.at.most(end + 1);
      }
      expect(splitWords(el).filter((w) => w.where.includes('weekday'))).to.deep.equal([]);
    });
  }

  it('a wider calendar keeps its seven days in 40 times its text (360 px phone at 200 %: 328 px)', async () => {
    await setViewport({ width: 360, height: 700 });
    document.documentElement.style.fontSize = '200%';
    const el = await week('nb', 328);
    expect(shadow(el, '.week').getBoundingClientRect().width).to.be.closeTo(40 * 32, 2);
  });
});
