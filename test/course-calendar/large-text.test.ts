import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { shadow, shadowAll } from '../helpers/index.js';
import { overflows, pageScrollsSideways, splitWords } from '../a11y/layout-checks.js';
import { sampleSchedule } from './fixtures.js';

// Text at 200 % (WCAG 1.4.4) on a 360 px phone (and a 320 px one, its page's margins leaving 254 px): the month's seven
// days share the width (WCAG 1.4.10: before, 7 Dec pass 56, its rows kept 18 times the text size and the grid scrolled
// sideways inside the widget); day numbers and course markers are never painted over each other or past their day, the
// numbers no smaller than the default text, and no course name in the legend is split.

async function month(lang: 'nb' | 'ar', width: number): Promise<VkCourseCalendar> {
  await setLocale(lang);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
    <vk-course-calendar .value=${sampleSchedule()} view="month" date="2026-03-12"></vk-course-calendar>
  </div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return el;
}

/** Day numbers that show outside their day cell (inline axis), by date. */
function numbersOutsideTheirDay(el: VkCourseCalendar): string[] {
  return shadowAll(el, '.month .day').flatMap((day) => {
    const number = day.querySelector('.day-number')!.getBoundingClientRect();
    const cell = day.getBoundingClientRect();
    return number.left < cell.left - 0.5 || number.right > cell.right + 0.5 ? [(day as HTMLElement).dataset.date!] : [];
  });
}

/** Course markers (the narrow month's button per day) that show outside their day cell (inline axis), by date. */
function markersOutsideTheirDay(el: VkCourseCalendar): string[] {
  return shadowAll(el, '.month .day').flatMap((day) => {
    const cell = day.getBoundingClientRect();
    const out = Array.from(day.querySelectorAll('.marker')).some((m) => {
      const at = m.getBoundingClientRect();
      return at.left < cell.left - 0.5 || at.right > cell.right + 0.5;
    });
    return out ? [(day as HTMLElement).dataset.date!] : [];
  });
}

describe('course calendar: text at 200 % on a 360 px phone', () => {
  before(() => setViewport({ width: 360, height: 740 }));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(async () => {
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['nb', 'ar'] as const) {
    for (const width of [344, 254]) {
      it(`month, ${width} px: no sideways scrolling, every day number and marker inside its day (${lang})`, async () => {
        document.documentElement.style.fontSize = '200%';
        const el = await month(lang, width);
        const grid = shadow(el, '.month');
        expect(grid.scrollWidth, 'the grid scrolls sideways').to.be.at.most(grid.clientWidth);
        expect(numbersOutsideTheirDay(el), 'day numbers outside their day').to.deep.equal([]);
        expect(shadowAll(el, '.month .marker').length, 'the narrow month has markers').to.be.above(0);
        expect(markersOutsideTheirDay(el), 'markers outside their day').to.deep.equal([]);
        const number = parseFloat(getComputedStyle(shadow(el, '.month .day-number')).fontSize);
        expect(number, 'day numbers no smaller than the default text').to.be.at.least(16);
        expect(pageScrollsSideways(), 'the host page scrolls sideways').to.equal(false);
        expect(overflows(el), 'nothing shows outside the widget').to.deep.equal([]);
      });
    }

    it(`legend: a course name that does not fit beside its swatch and pictogram goes below them, never split (${lang})`, async () => {
      document.documentElement.style.fontSize = '200%';
      const el = await month(lang, 344);
      expect(splitWords(el.parentElement!).filter((w) => w.where.includes('legend'))).to.deep.equal([]);
    });
  }

  it('at the default text size a 320 px month still fits without scrolling', async () => {
    const el = await month('nb', 320);
    const grid = shadow(el, '.month');
    expect(grid.scrollWidth).to.be.at.most(grid.clientWidth);
    expect(numbersOutsideTheirDay(el)).to.deep.equal([]);
  });
});

// A course name whose longest word is wider than the whole legend less its button's sides: uk
// "обслуговування" at 200 % text in a 320 px phone (288 px of legend) was split mid-word. The
// legend's names are fitted when the page is next idle after a frame (course-calendar/legend-fit.ts:
// a style read before it would lay out a 500-session month twice), so the test waits for that.
describe('course calendar legend: a word wider than the legend with 200 % text', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(() => setViewport({ width: 800, height: 600 }));

  /** 200 % text, a Ukrainian page, a course named "Продаж і обслуговування". */
  async function ukrainianCalendar(): Promise<VkCourseCalendar> {
    document.documentElement.style.fontSize = '200%';
    const sample = sampleSchedule();
    const value = { ...sample, courses: sample.courses.map((c) => (c.id === 'butikk' ? { ...c, title: { nb: 'Salg og service', uk: 'Продаж і обслуговування' } } : c)) };
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="uk"><vk-course-calendar .value=${value} view="month" date="2026-03-12"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await el.updateComplete;
    return el;
  }

  const frames = async (n: number): Promise<void> => {
    for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  };

  it('is drawn a little smaller, never split; names that fit keep their size', async () => {
    const el = await ukrainianCalendar();
    const legend = shadow(el, '.legend');
    const title = shadow(el, '[data-course="butikk"] .legend-title');
    // Fitted when the page is next idle after a frame: wait for it (not for a number of frames).
    await waitUntil(() => title.style.fontSize, 'the long name is fitted', { timeout: 3000 });
    await frames(1);
    expect(splitWords(legend).map((w) => w.word)).to.deep.equal([]);
    expect(parseFloat(getComputedStyle(title).fontSize), 'smaller than the text around it').to.be.below(parseFloat(getComputedStyle(legend).fontSize));
    const others = shadowAll(el, '.legend-title').filter((t) => t !== title);
    expect(others.map((t) => getComputedStyle(t).fontSize), 'names that fit keep their size').to.deep.equal(others.map(() => getComputedStyle(legend).fontSize));
  });

  it('is measured again in each pressed state\'s weight (bold while shown)', async () => {
    const el = await ukrainianCalendar();
    const button = shadow(el, '[data-course="butikk"]');
    const title = button.querySelector('.legend-title') as HTMLElement;
    await waitUntil(() => title.style.fontSize, 'fitted while shown (bold)', { timeout: 3000 });
    const bold = title.style.fontSize;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    await waitUntil(() => title.style.fontSize !== bold, 'fitted again in the regular weight', { timeout: 3000 });
    button.click();
    await el.updateComplete;
    await waitUntil(() => title.style.fontSize === bold, 'and back in bold', { timeout: 3000 });
    await frames(1);
    expect(splitWords(shadow(el, '.legend')).map((w) => w.word)).to.deep.equal([]);
  });
  // The 10-letter rule (a shorter word always fits a box 10em wide) does not hold for a legend
  // narrower than 10em: uk "ЩОДЕННИК" (8 letters, 200 px in bold) at 200 % text in a calendar 230 px wide.
  it('in a legend narrower than 10em, a shorter word that does not fit is fitted too', async () => {
    document.documentElement.style.fontSize = '200%';
    const sample = sampleSchedule();
    const value = { ...sample, courses: sample.courses.map((c) => (c.id === 'butikk' ? { ...c, title: { nb: 'Dagbok', uk: 'ЩОДЕННИК' } } : c)) };
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="uk" style="inline-size: 230px"><vk-course-calendar .value=${value} view="month" date="2026-03-12"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await el.updateComplete;
    const title = shadow(el, '[data-course="butikk"] .legend-title');
    await waitUntil(() => title.style.fontSize, 'the name is fitted', { timeout: 3000 });
    await frames(1);
    expect(splitWords(shadow(el, '.legend')).map((w) => w.word)).to.deep.equal([]);
  });

  it('follows a change of text size with no resize of the window (a page\'s A+ button, the user\'s settings)', async () => {
    const el = await ukrainianCalendar();
    const legend = shadow(el, '.legend');
    const title = shadow(el, '[data-course="butikk"] .legend-title');
    await waitUntil(() => title.style.fontSize, 'fitted at 200 %', { timeout: 3000 });
    document.documentElement.style.fontSize = '100%';
    await waitUntil(() => !title.style.fontSize, 'its own size again once the word fits', { timeout: 3000 });
    document.documentElement.style.fontSize = '200%';
    await waitUntil(() => title.style.fontSize, 'fitted again at 200 %', { timeout: 3000 });
    await frames(1);
    expect(splitWords(legend).map((w) => w.word)).to.deep.equal([]);
  });
});
