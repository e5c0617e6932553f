import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { formatDate } from '../../src/core/dates.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { shadow, shadowAll } from '../helpers/index.js';
import { dates } from './icu-dates.js';
import { icu, ownOptionSets, weekdayNames, WIDGET_OPTION_SETS } from './own-dates.js';

// Nynorsk (nn): Chromium has no nn date data, so nn dates were bokmål's ("mandag", "tirsdag",
// "lørdag", "tor. 12.3."). CLDR 48's nn differs from nb only in its weekdays; core/nn.ts, loaded
// with the nn UI strings, writes them. The expected texts are ICU 78's with full data, written by
// Node into test/core/icu-dates.ts (scripts/icu-dates.mjs): Chromium cannot.
const FULL: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const WEEK_HEAD: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'numeric' };

describe('Nynorsk dates (nn): weekdays that load with the nn UI strings', () => {
  before(async () => {
    // Before the nn strings load: bokmål, as the fallback chain says.
    expect(formatDate('2026-05-04', 'nn', FULL)).to.equal(formatDate('2026-05-04', 'nb', FULL));
    await setLocale('nn');
  });
  after(async () => {
    await setLocale('nb');
  });

  it('each option set the widgets format with, as ICU 78 writes nn, for every month and weekday', () => {
    for (const [set, where] of WIDGET_OPTION_SETS) {
      for (const iso of dates.slice(0, 13)) expect(formatDate(iso, 'nn', set), `${where}: ${JSON.stringify(set)} ${iso}`).to.equal(icu('nn', set, iso));
    }
    expect(formatDate('2026-05-04', 'nn-NO', FULL)).to.equal(icu('nn', FULL, '2026-05-04'));
    // The ISO 639-2 tag, as a lang may write it (the nn UI, localize.ts's ALIASES).
    expect(formatDate('2026-05-04', 'nno', FULL)).to.equal(icu('nn', FULL, '2026-05-04'));
  });

  it('every option set of the broad table is ICU’s nn for every date, or bokmål’s', () => {
    const own = ownOptionSets('nn');
    for (const [set] of WIDGET_OPTION_SETS) expect(own.map((o) => JSON.stringify(o)), JSON.stringify(set)).to.include(JSON.stringify(set));
    // Every set without a weekday is bokmål's and nynorsk's alike; of those with one, those with a day.
    expect(own.length).to.be.above(50);
  });

  it('course calendar in nn: weekday heads, day names and week heads', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="nn"><vk-course-calendar .value=${sampleSchedule()} date="2026-03-04"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await el.updateComplete;
    const long = weekdayNames('nn', 'long');
    const short = weekdayNames('nn', 'short');
    const heads = shadowAll(el, '.weekday');
    expect(heads.map((h) => h.querySelector<HTMLElement>('.weekday-short')?.title)).to.deep.equal([...long.slice(1), long[0]]);
    expect(heads.map((h) => h.querySelector('.weekday-short')?.textContent)).to.deep.equal([...short.slice(1), short[0]]);
    expect(shadow(el, '.day[data-date="2026-03-04"] .vk-visually-hidden').textContent).to.contain(icu('nn', FULL, '2026-03-04'));
    el.view = 'week';
    await el.updateComplete;
    const weekHeads = shadowAll(el, '.weekday').map((h) => h.querySelector('span[aria-hidden]')?.textContent?.trim() ?? '');
    expect(weekHeads[2]).to.equal(icu('nn', WEEK_HEAD, '2026-03-04'));
  });
});
