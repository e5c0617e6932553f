// One digit system per locale (docs/translations.md, "Digits"): every number a widget writes itself
// — day-of-month cells, clock times from the document ("09:00–11:30"), counts ("3 kort"), step,
// phase and week numbers — is in the numbering system Intl uses for the UI locale by default, the
// one its dates already use. Before, a Persian calendar wrote its dates "۴ مارس ۲۰۲۶" but its day
// cells, times and counts in Latin digits; an `<html lang="ar-EG">` page likewise.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { formatDate } from '../../src/core/dates.js';
import { asciiDigits } from '../../src/core/ascii-digits.js';
import { localDigits } from '../../src/core/digits.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import type { StepsDocument } from '../../src/step-tracker/step-tracker.types.js';

/** The ten digits Intl writes numbers with by default in `tag` ('0123456789' for Latin). */
const intlDigits = (tag: string): string => Array.from({ length: 10 }, (_, d) => new Intl.NumberFormat(tag).format(d)).join('');

/** Every digit in what a widget shows or names: its shadow text, its names and tooltips, a CSS-drawn number (`data-n`, `data-count`). */
function digitsShown(el: Element): string {
  const root = el.shadowRoot!;
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest('style')) parts.push(node.textContent ?? '');
  for (const item of root.querySelectorAll('*')) for (const name of ['aria-label', 'title', 'data-n', 'data-count']) parts.push(item.getAttribute(name) ?? '');
  return parts.join(' ').replace(/[^\p{Nd}]/gu, '');
}

/** A schedule with no digit in any text of its own: every digit shown is the widget's. */
const schedule = (): ScheduleDocument => ({
  version: 1,
  courses: [{ id: 'c', title: { nb: 'Norsk', fa: 'نروژی', ar: 'نرويجي' } }],
  sessions: [
    { id: 'a', courseId: 'c', start: '2026-03-04T09:00', end: '2026-03-04T11:30', kind: 'theory' },
    { id: 'b', courseId: 'c', start: '2026-03-04T12:15', end: '2026-03-04T13:45', kind: 'practice' },
  ],
});

const plan = (): PlanDocument => ({
  version: 1,
  columns: [
    { id: 'mon', title: { nb: 'Mandag', fa: 'دوشنبه' } },
    { id: 'tue', title: { nb: 'Tirsdag', fa: 'سه‌شنبه' } },
  ],
  cards: [
    { id: 'k1', columnId: 'mon', title: { nb: 'Buss', fa: 'اتوبوس' }, pictogram: 'vk:bus', time: '09:00-11:30', done: true },
    { id: 'k2', columnId: 'mon', title: { nb: 'Lege', fa: 'پزشک' }, pictogram: 'vk:doctor', time: '14:00' },
  ],
});

const steps = (): StepsDocument => ({
  version: 1,
  title: { nb: 'Mitt løp', fa: 'مسیر من' },
  steps: [
    { id: 's1', title: { nb: 'Kartlegging', fa: 'ارزیابی' }, status: 'done' },
    { id: 's2', title: { nb: 'Norskkurs', fa: 'کلاس نروژی' }, status: 'in-progress', checklist: [{ id: 'i1', title: 'Meld på', done: true }, { id: 'i2', title: 'Møt opp', done: false }] },
    { id: 's3', title: '', status: 'not-started' },
  ],
});

const ladder = {
  version: 1,
  title: { nb: 'Praksis', fa: 'کارآموزی' },
  phases: [{ id: 'p1', title: '', tasks: [{ id: 't1', title: { nb: 'Lege', fa: 'پزشک' }, level: 'independent' }, { id: 't2', title: '', level: 'with-support' }] }],
};

async function widgets(): Promise<Element[]> {
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <vk-course-calendar .value=${schedule()} view="month" date="2026-03-04"></vk-course-calendar>
    <vk-course-calendar .value=${schedule()} view="week" date="2026-03-04"></vk-course-calendar>
    <vk-course-calendar .value=${schedule()} view="agenda" date="2026-03-04"></vk-course-calendar>
    <vk-plan-board .value=${plan()}></vk-plan-board>
    <vk-step-tracker .value=${steps()}></vk-step-tracker>
    <vk-step-tracker compact .value=${steps()}></vk-step-tracker>
    <vk-task-ladder .value=${ladder}></vk-task-ladder>
  </div>`);
  const all = [...wrap.children];
  for (const el of all) await (el as VkCourseCalendar).updateComplete;
  // The agenda's part loads on first use: its week headings and rows are what is checked there.
  await waitUntil(() => all[2].shadowRoot!.querySelector('.agenda-week h3'), 'the agenda drawn', { timeout: 5000 });
  return all;
}

describe('digits: one numbering system per locale', () => {
  afterEach(async () => {
    document.documentElement.lang = 'nb';
    await setLocale('nb');
  });

  it('localDigits writes a number or a time in the digits Intl uses for the locale, its dates\' digits', () => {
    for (const tag of ['nb', 'en', 'uk', 'ar', 'ar-EG', 'ar-SY', 'fa', 'prs', 'fa-u-nu-latn']) {
      const digits = intlDigits(tag);
      expect(localDigits('09:00–11:30', tag), tag).to.equal(`${digits[0]}${digits[9]}:${digits[0]}${digits[0]}–${digits[1]}${digits[1]}:${digits[3]}${digits[0]}`);
      expect(localDigits(2026, tag), tag).to.equal(formatDate('2026-03-04', tag, { year: 'numeric' }));
    }
    // Persian and Dari are not Latin, whatever else this ICU does.
    expect(localDigits(12, 'fa')).to.not.match(/[0-9]/);
    // ti, so, nn: bokmål's dates, so bokmål's digits.
    expect(localDigits('09:00', 'ti')).to.equal('09:00');
  });

  it('a Persian UI writes every number in Persian digits, as its dates: day cells, times, counts, step and week numbers', async () => {
    document.documentElement.lang = 'fa';
    await setLocale('fa');
    const persian = intlDigits('fa');
    expect(persian).to.not.match(/[0-9]/);
    for (const el of await widgets()) {
      const shown = digitsShown(el);
      expect(shown, el.localName).to.not.equal('');
      expect(shown.replace(new RegExp(`[${persian}]`, 'g'), ''), `${el.localName}: digits not Persian`).to.equal('');
    }
  });

  it('an <html lang="ar-EG"> page writes them in its Arabic-Indic digits; "fa-u-nu-latn" in Latin throughout', async () => {
    for (const [tag, ui] of [['ar-EG', 'ar'], ['fa-u-nu-latn', 'fa']]) {
      document.documentElement.lang = tag;
      await setLocale(ui);
      const digits = intlDigits(tag);
      for (const el of await widgets()) {
        const shown = digitsShown(el);
        expect(shown, el.localName).to.not.equal('');
        expect(shown.replace(new RegExp(`[${digits}]`, 'g'), ''), `${tag} ${el.localName}`).to.equal('');
      }
    }
  });

  it('a bokmål UI keeps Latin digits', async () => {
    for (const el of await widgets()) expect(digitsShown(el), el.localName).to.match(/^[0-9]+$/);
  });
});

// One reader of digits in the library (core/ascii-digits.ts): the board's typed times read every decimal digit
// (plan-board/time-typed-digits.test.ts), and the ladder's phase numbers are compared by the same rule, not only in the
// Arabic-Indic and Persian digits a UI locale writes.
describe('asciiDigits: every Unicode decimal digit by its value', () => {
  it('Arabic-Indic, Persian, full-width, Devanagari and mathematical digits read as ASCII; other text is kept', () => {
    const written = ['٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹', '０１２３４５６７８９', '०१२३४५६७८९', '𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗', '𝟶𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾𝟿'];
    for (const digits of written) expect(asciiDigits(`Fase ${digits}:`), digits).to.equal('Fase 0123456789:');
    expect(asciiDigits('المرحلة ٢ / Fase 2 ½ ²')).to.equal('المرحلة 2 / Fase 2 ½ ²');
  });
});
