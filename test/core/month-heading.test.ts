// A month heading starts with a capital letter (docs/translations.md, "Month headings"): Intl writes
// a month and year as in running text, lowercase in Ukrainian ("березень 2026 р.") and Norwegian
// ("mars 2026", Språkrådet: month names are lowercase), but a heading, as a sentence, begins with a
// capital. Before, the calendar's title read "березень 2026 р." and "mars 2026".
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { formatDate, headingCase } from '../../src/core/dates.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { shadow } from '../helpers/index.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';

const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

describe('month headings begin with a capital letter', () => {
  it('headingCase capitalises the first letter only, in the locale; uncased scripts stay as they are', () => {
    expect(headingCase('березень 2026 р.', 'uk')).to.equal('Березень 2026 р.');
    expect(headingCase('mars 2026', 'nb')).to.equal('Mars 2026');
    expect(headingCase('مارس ۲۰۲۶', 'fa')).to.equal('مارس ۲۰۲۶');
    expect(headingCase('ማርች 2026', 'ti')).to.equal('ማርች 2026');
    expect(headingCase('', 'nb')).to.equal('');
    // A malformed text locale (a host's `lang`) capitalises by bokmål's rules instead of throwing.
    expect(headingCase('mars 2026', 'x_!')).to.equal('Mars 2026');
  });

  for (const lang of ['uk', 'nb', 'nn', 'en', 'ar', 'fa']) {
    it(`the calendar's month title in ${lang}: Intl's month and year, first letter a capital`, async () => {
      const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar lang=${lang} view="month" date="2026-03-12" .value=${sampleSchedule()}></vk-course-calendar>`);
      await el.updateComplete;
      const intl = formatDate('2026-03-12', lang, MONTH_YEAR);
      const title = shadow(el, '#title').textContent!.trim();
      expect(title.slice(1)).to.equal(intl.slice(1));
      expect(title[0]).to.equal(intl[0].toLocaleUpperCase(lang));
      if (lang === 'uk' || lang === 'nb') {
        // The case this is about: Intl's month is lowercase here, the heading's is not.
        expect(intl[0]).to.not.equal(intl[0].toLocaleUpperCase(lang));
        expect(title[0]).to.not.equal(title[0].toLocaleLowerCase(lang));
      }
    });
  }
});
