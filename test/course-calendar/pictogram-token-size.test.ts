/**
 * A host that sets a larger `--vk-font-size` on the calendar (2rem): the legend's and the chips'
 * pictogram plates (and the toolbar's arrows) were sized in rem and kept their size while their padding (0.3em) grew with the
 * text, so the legend's pictures shrank to 7 px beside 32 px names. The plates are now in times the
 * widget's text size: as before at the default size, twice as large at 2rem.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

const width = (el: VkCourseCalendar, selector: string): number => shadow(el, selector).getBoundingClientRect().width;

describe('vk-course-calendar: pictograms follow --vk-font-size', () => {
  for (const [size, px] of [
    ['', 16],
    ['2rem', 32],
  ] as const) {
    it(`text of ${px} px (--vk-font-size: ${size || 'unset'}): legend, toolbar, agenda and month chips`, async () => {
      for (const view of ['agenda', 'month'] as const) {
        // At 2rem 1,300 px wide: the month's chips show their pictogram from 40em of the calendar's
        // text (1,280 px at 32 px; below it they drop it, as at 32 px root text).
        const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar style=${size ? `--vk-font-size: ${size}; inline-size: 1300px` : ''} view=${view} date="2026-03-12" .value=${sampleSchedule()}></vk-course-calendar>`);
        await el.updateComplete;
        expect(width(el, '.legend-item .vk-pictogram'), `legend (${view})`).to.be.closeTo(1.75 * px, 0.5);
        expect(width(el, '.legend-item .swatch'), `legend swatch (${view})`).to.be.closeTo(px, 0.5);
        expect(width(el, '[data-action="previous"] .chevron'), `toolbar chevron (${view})`).to.be.closeTo(1.25 * px, 0.5);
        expect(width(el, '.session .vk-pictogram'), `${view} chip`).to.be.closeTo((view === 'month' ? 1.1 : 1.4) * px, 0.5);
      }
    });
  }
});
