/**
 * The toolbar and legend at text 200 % (html font-size 32px) on a 360 px phone (the calendar 328 px
 * wide, about 10em). Before: every toolbar button on a line of its own but two ("Måned Uke", then
 * "Liste", "Ny økt", "Planlegg kurs", "Last ned (.ics)"), each 72 px tall (the 2.25rem minimum) for
 * a 44 px line of text, and an Arabic course name beside its swatch and picture in five lines. Now
 * the views share one row, each button is its line of text and a little padding tall, and a
 * course's name runs on after its swatch and picture, wrapping under them; the same buttons, names
 * and order (the rows and each row read in the toolbar's Tab and arrow order).
 *
 * The three actions then still took a row each (five rows of buttons): now they share one row,
 * their words a quarter smaller and each label wrapping between its words ("Planlegg / kurs"),
 * so three rows of buttons; their names are unchanged.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { shadow, shadowAll } from '../helpers/index.js';
import { overflows, splitWords } from '../a11y/layout-checks.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

async function calendar(lang: 'nb' | 'ar'): Promise<VkCourseCalendar> {
  await setLocale(lang);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 328px" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
    <vk-course-calendar .value=${sampleSchedule()} view="agenda" date="2026-03-12"></vk-course-calendar>
  </div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  return el;
}

/** The line boxes of a button's words. */
function textRects(button: HTMLElement): DOMRectList {
  const range = document.createRange();
  range.selectNodeContents(button);
  return range.getClientRects();
}

/** The toolbar's buttons in the order Tab and ←/→ go (the DOM's), with where each is drawn. */
const buttons = (el: VkCourseCalendar): { key: string; name: string; box: DOMRect }[] =>
  shadowAll(el, '.tools button').map((b) => ({ key: (b as HTMLElement).dataset.key!, name: b.getAttribute('aria-label') ?? b.textContent!.trim(), box: b.getBoundingClientRect() }));

describe('course calendar: the toolbar and legend at 200 % text on a 360 px phone', () => {
  before(() => setViewport({ width: 360, height: 740 }));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(async () => {
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['nb', 'ar'] as const) {
    it(`${lang}: the views share one row, the actions another; buttons a line (actions their longest label's lines) of text tall; three rows in Tab order, nothing cut or split`, async () => {
      document.documentElement.style.fontSize = '32px';
      const el = await calendar(lang);
      const all = buttons(el);
      expect(all.map((b) => b.key), 'the same buttons in the same order').to.deep.equal(['previous', 'today', 'next', 'month', 'week', 'agenda', 'add', 'plan', 'ics']);
      const views = all.filter((b) => ['month', 'week', 'agenda'].includes(b.key));
      expect(new Set(views.map((b) => Math.round(b.box.top))).size, 'Måned, Uke and Liste on one row').to.equal(1);
      const line = parseFloat(getComputedStyle(shadow(el, '[data-key="today"]')).lineHeight) || 32 * 1.2;
      const actions = ['add', 'plan', 'ics'];
      expect(all.filter((b) => actions.includes(b.key)).map((b) => b.name), 'the actions keep their names').to.deep.equal(lang === 'nb' ? ['Ny økt', 'Planlegg kurs', 'Last ned til kalender (.ics)'] : ['حصة جديدة', 'تخطيط دورة', 'تنزيل إلى التقويم (.ics)']);
      const actionLine = parseFloat(getComputedStyle(shadow(el, '[data-key="plan"]')).lineHeight) || 24 * 1.2;
      // The row is as tall as its tallest label: "Last ned til kalender (.ics)" (QA F11: "Last ned (.ics)" said nothing of what
      // the file is for) wraps between its words in four lines, "تنزيل إلى التقويم (.ics)" in three; before, two lines each.
      const actionLines = Math.max(...actions.map((key) => new Set([...textRects(shadow(el, `[data-key="${key}"]`))].map((r) => Math.round(r.top))).size)) * actionLine;
      expect(actionLines, 'at most four lines').to.be.at.most(4 * actionLine);
      for (const b of all) {
        if (actions.includes(b.key)) expect(b.box.height, `${b.key}: as tall as the longest label's lines and a little padding`).to.be.at.most(actionLines + 24);
        else expect(b.box.height, `${b.key}: a line of text and a little padding tall`).to.be.at.most(Math.max(44, line + 24));
      }
      // Rows top to bottom, and along each row in the reading direction: the order Tab and the arrows take.
      const rows = [...new Set(all.map((b) => Math.round(b.box.top)))];
      expect(rows, 'nav, views, actions').to.have.length(3);
      for (let i = 1; i < all.length; i++) {
        const [a, b] = [all[i - 1]!.box, all[i]!.box];
        if (Math.round(a.top) === Math.round(b.top)) expect(lang === 'ar' ? b.right <= a.left + 0.5 : b.left >= a.right - 0.5, `${all[i]!.key} after ${all[i - 1]!.key}`).to.equal(true);
        else expect(b.top, `${all[i]!.key} below ${all[i - 1]!.key}`).to.be.greaterThan(a.top);
      }
      expect(overflows(el), 'nothing drawn outside the widget').to.deep.equal([]);
      expect(splitWords(el.parentElement!).filter((w) => w.where.includes('tools') || w.where.includes('legend')), 'no word split').to.deep.equal([]);
    });
  }

  // The download button's words (QA F11) are longer in every locale: still whole words, the three actions still one row.
  for (const lang of ['nn', 'en', 'uk', 'ti', 'so', 'fa'] as const) {
    it(`${lang}: the actions share one row, no word split or cut, nothing outside the widget`, async () => {
      document.documentElement.style.fontSize = '32px';
      await setLocale(lang);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 328px" lang=${lang} dir=${lang === 'fa' ? 'rtl' : 'ltr'}>
        <vk-course-calendar .value=${sampleSchedule()} view="agenda" date="2026-03-12"></vk-course-calendar>
      </div>`);
      const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
      await settleFrames(el);
      const tops = new Set(['add', 'plan', 'ics'].map((key) => Math.round(shadow(el, `[data-key="${key}"]`).getBoundingClientRect().top)));
      expect(tops.size, 'the actions on one row, or (a word too wide for a third) two').to.be.at.most(2);
      expect(overflows(el), 'nothing drawn outside the widget').to.deep.equal([]);
      expect(splitWords(el.parentElement!).filter((w) => w.where.includes('tools')), 'no word split').to.deep.equal([]);
    });
  }

  it('ar: a course name runs on beside its swatch (and picture) and wraps under them, the button as tall as its lines', async () => {
    document.documentElement.style.fontSize = '32px';
    const el = await calendar('ar');
    for (const course of ['renhold', 'butikk']) {
      const item = shadow(el, `.legend-item[data-course="${course}"]`);
      const title = item.querySelector('.legend-title')!;
      const swatch = item.querySelector('.swatch')!.getBoundingClientRect();
      const lines = new Set([...title.getClientRects()].map((r) => Math.round(r.bottom))).size;
      expect(title.getClientRects()[0]!.top, `${course}: its first words on the swatch's line`).to.be.below(swatch.bottom);
      expect(item.getBoundingClientRect().height, `${course}: the button as tall as its ${lines} lines of text`).to.be.at.most(lines * parseFloat(getComputedStyle(title).lineHeight) + 32);
    }
  });
});
