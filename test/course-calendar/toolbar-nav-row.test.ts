/**
 * A newcomer's review: at 200 % text (html font-size 32px) on a 320 px phone, in Ukrainian, "›"
 * wrapped alone under "‹ Сьогодні" (the period buttons are one group: previous, today, next).
 * Now the three stay on one row (the arrows 44 px wide, not 2.25rem), nothing drawn outside the
 * widget, in every language checked (uk and so wrapped before). A second newcomer found it again
 * where the phone's page has margins (the demo's 254 px column at 320 px): uk's row was 281 px, so's
 * 256; the period buttons now keep only a sliver of side and gap at that size.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { shadow } from '../helpers/index.js';
import { overflows } from '../a11y/layout-checks.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

describe('course calendar: previous, today and next on one row at 200 % text on a 320 px phone', () => {
  before(() => setViewport({ width: 320, height: 740 }));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(async () => {
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const [lang, column] of [['uk', ''], ['nb', ''], ['ar', ''], ['fa', ''], ['ti', ''], ['so', ''], ['uk', '254px'], ['so', '254px'], ['en', '254px'], ['nb', '254px']] as const) {
    it(`${lang}: the three period buttons share one line, inside the widget${column ? ` (in a ${column} column)` : ''}`, async () => {
      document.documentElement.style.fontSize = '32px';
      await setLocale(lang);
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr'} style=${column ? `inline-size: ${column}` : ''}>
        <vk-course-calendar editable .value=${sampleSchedule()} date="2026-03-12"></vk-course-calendar>
      </div>`);
      const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
      await settleFrames(el);
      const tops = ['previous', 'today', 'next'].map((key) => shadow(el, `[data-key="${key}"]`).offsetTop);
      expect(new Set(tops).size, `offsetTop of previous, today, next: ${tops.join(', ')}`).to.equal(1);
      expect(shadow(el, '[data-key="today"]').scrollWidth, '"today" shows its whole word').to.be.at.most(shadow(el, '[data-key="today"]').clientWidth + 1);
      expect(overflows(el), 'nothing drawn outside the widget').to.deep.equal([]);
    });
  }
});
