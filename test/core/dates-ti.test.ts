import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { formatDate, formatTime } from '../../src/core/dates.js';
import { followDocumentLanguage, setLocale } from '../../src/core/localize.js';
import { languageName } from '../../src/core/text.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { shadow, shadowAll } from '../helpers/index.js';
import { ownOptionSets, WIDGET_OPTION_SETS } from './own-dates.js';

// CLDR 48's Tigrinya (ti) Gregorian names, as ICU 78 with full data writes them (Node 24:
// `new Intl.DateTimeFormat('ti', { month: 'long' })`); Chromium ships no ti date data.
const MONTHS = ['ጥሪ', 'ለካቲት', 'መጋቢት', 'ሚያዝያ', 'ጉንበት', 'ሰነ', 'ሓምለ', 'ነሓሰ', 'መስከረም', 'ጥቅምቲ', 'ሕዳር', 'ታሕሳስ'];
const MONTHS_SHORT = ['ጥሪ', 'ለካ', 'መጋ', 'ሚያ', 'ግን', 'ሰነ', 'ሓም', 'ነሓ', 'መስ', 'ጥቅ', 'ሕዳ', 'ታሕ'];
// Sunday to Saturday.
const WEEKDAYS = ['ሰንበት', 'ሰኑይ', 'ሰሉስ', 'ረቡዕ', 'ሓሙስ', 'ዓርቢ', 'ቀዳም'];
const WEEKDAYS_SHORT = ['ሰን', 'ሰኑ', 'ሰሉ', 'ረቡ', 'ሓሙ', 'ዓር', 'ቀዳ'];
const WEEKDAYS_NARROW = ['ሰ', 'ሰ', 'ሰ', 'ረ', 'ሓ', 'ዓ', 'ቀ'];
const ETHIOPIC = /\p{Script=Ethiopic}/u;
const LATIN_LETTERS = /\p{Script=Latin}/u;

const iso = (month: number, day: number): string => `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

describe('Tigrinya dates (ti): names that load with the ti UI strings', () => {
  before(async () => {
    // Before the ti strings load, no page pays for the names: bokmål, as the fallback chain says.
    expect(formatDate('2026-03-12', 'ti', { month: 'long', year: 'numeric' })).to.equal(formatDate('2026-03-12', 'nb', { month: 'long', year: 'numeric' }));
    await setLocale('ti');
  });
  after(async () => {
    await setLocale('nb');
  });

  it('every month, long and short, in CLDR’s names', () => {
    for (let m = 1; m <= 12; m++) {
      expect(formatDate(iso(m, 4), 'ti', { month: 'long', year: 'numeric' }), `month ${m}`).to.equal(`${MONTHS[m - 1]} 2026`);
      expect(formatDate(iso(m, 4), 'ti', { day: 'numeric', month: 'short', year: 'numeric' }), `month ${m}`).to.equal(`4 ${MONTHS_SHORT[m - 1]} 2026`);
    }
  });

  it('every weekday, long, short and narrow (1 March 2026 is a Sunday)', () => {
    for (let d = 0; d < 7; d++) {
      expect(formatDate(iso(3, 1 + d), 'ti', { weekday: 'long' })).to.equal(WEEKDAYS[d]);
      expect(formatDate(iso(3, 1 + d), 'ti', { weekday: 'short' })).to.equal(WEEKDAYS_SHORT[d]);
      expect(formatDate(iso(3, 1 + d), 'ti', { weekday: 'narrow' })).to.equal(WEEKDAYS_NARROW[d]);
    }
  });

  it('each option set the widgets format with, in CLDR’s ti patterns', () => {
    const cases: Array<[Intl.DateTimeFormatOptions | undefined, string]> = [
      [undefined, '12 መጋ 2026'], // formatDate's default: tracker due dates, ladder log and sign-off dates
      [{ month: 'long', year: 'numeric' }, 'መጋቢት 2026'], // calendar title
      [{ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, 'ሓሙስ፣ 12 መጋቢት 2026'], // day names, agenda heads, popover
      [{ weekday: 'short', day: 'numeric', month: 'numeric' }, 'ሓሙ፣ 12/3'], // week view heads
      [{ weekday: 'short', day: 'numeric', month: 'short' }, 'ሓሙ፣ 12 መጋ'], // a session's day in a chip's name
      [{ day: 'numeric', month: 'short' }, '12 መጋ'], // the end day of a session past midnight
    ];
    for (const [options, expected] of cases) expect(formatDate('2026-03-12', 'ti', options), JSON.stringify(options)).to.equal(expected);
    expect(formatDate('2026-03-12', 'ti-ER', { month: 'long', year: 'numeric' })).to.equal('መጋቢት 2026');
    // The ISO 639-2 tag (localize.ts's ALIASES give it the ti UI): a text locale as a lang writes it.
    expect(formatDate('2026-03-12', 'tir', { month: 'long', year: 'numeric' })).to.equal('መጋቢት 2026');
    // Clock times keep the 24-hour clock (bokmål's), not ICU's "10:05 ድ.ቀ.", as before.
    expect(formatTime('22:05', 'ti')).to.equal('22:05');
  });

  it('every option set of the broad ICU 78 table is ICU’s ti for every date (years 0–9999), or bokmål’s', () => {
    // test/core/icu-dates.ts, written by Node (scripts/icu-dates.mjs). Year 0 (1 BC) was "0": ICU writes 1.
    const own = ownOptionSets('ti');
    for (const [set] of WIDGET_OPTION_SETS) expect(own.map((o) => JSON.stringify(o)), JSON.stringify(set)).to.include(JSON.stringify(set));
  });

  it('course calendar in ti: title, weekday heads, day names, week heads and agenda heads', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ti"><vk-course-calendar .value=${sampleSchedule()} date="2026-03-12"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await el.updateComplete;
    expect(shadow(el, '#title').textContent?.trim()).to.equal('መጋቢት 2026');
    const heads = shadowAll(el, '.weekday');
    expect(heads.map((h) => h.querySelector<HTMLElement>('.weekday-short')?.title)).to.deep.equal([...WEEKDAYS.slice(1), WEEKDAYS[0]]);
    expect(heads.map((h) => h.querySelector('.weekday-short')?.textContent)).to.deep.equal([...WEEKDAYS_SHORT.slice(1), WEEKDAYS_SHORT[0]]);
    expect(shadow(el, '.day[data-date="2026-03-12"] .vk-visually-hidden').textContent).to.contain('ሓሙስ፣ 12 መጋቢት 2026');
    el.view = 'week';
    await el.updateComplete;
    // The date itself (a head may go on with a closed day's title, from the document: nb here).
    const weekHeads = shadowAll(el, '.weekday').map((h) => h.querySelector('span[aria-hidden]')?.textContent?.trim() ?? '');
    expect(weekHeads[3]).to.equal('ሓሙ፣ 12/3');
    for (const head of weekHeads) expect(head, head).to.not.match(LATIN_LETTERS);
    el.view = 'agenda';
    await el.updateComplete;
    const agenda = shadowAll(el, '.agenda-date').map((p) => p.textContent ?? '');
    expect(agenda.length).to.be.above(0);
    expect(agenda[0]).to.contain('ሰኑይ፣ 9 መጋቢት 2026');
    for (const head of agenda) expect(head, head).to.match(ETHIOPIC);
  });

  it('a widget in lang="tir" (and a page in it) shows Tigrinya dates, as its Tigrinya UI', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="tir"><vk-course-calendar .value=${sampleSchedule()} date="2026-03-12"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await el.updateComplete;
    expect(shadow(el, '#title').textContent?.trim()).to.equal('መጋቢት 2026');
    // <html lang="tir">: the UI follows it (ti) and the text locale is "tir" as written.
    const lang = document.documentElement.lang;
    document.documentElement.lang = 'tir';
    try {
      await followDocumentLanguage();
      const page = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${sampleSchedule()} date="2026-03-12"></vk-course-calendar>`);
      await page.updateComplete;
      expect(shadow(page, '#title').textContent?.trim()).to.equal('መጋቢት 2026');
    } finally {
      document.documentElement.lang = lang;
      await setLocale('ti');
    }
  });

  it('step tracker and task ladder in ti: due, sign-off and log dates', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ti">
      <vk-step-tracker .value=${{ version: 1, steps: [{ id: 's1', title: 'A', status: 'done', due: '2026-03-12' }] }} orientation="vertical"></vk-step-tracker>
      <vk-task-ladder .value=${{ ...sampleLadder(), phases: [{ id: 'p1', title: 'P', tasks: [{ id: 't1', title: 'T', level: 'independent', signoff: { by: 'Kari', date: '2026-03-12' }, log: [{ date: '2026-05-04', by: 'mentor', text: 'Bra' }] }] }] }}></vk-task-ladder>
    </div>`);
    const tracker = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
    const ladder = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
    await tracker.updateComplete;
    await ladder.updateComplete;
    expect(shadow(tracker, '.meta').textContent).to.contain('12 መጋ 2026');
    expect(shadow(ladder, '.task-button').textContent).to.contain('12 መጋ 2026');
    expect(shadow(ladder, '.task-button').textContent).to.contain('4 ግን 2026');
  });

  it('languages are named in Tigrinya (CLDR’s names), not in bokmål: "ንዓረብኛ ድምጺ የለን", not "ንarabisk"', async () => {
    expect(['ar', 'uk', 'so', 'fa', 'prs', 'nb', 'en'].map((tag) => languageName(tag, 'ti'))).to.deep.equal(['ዓረብኛ', 'ዩክረይንኛ', 'ሶማሊ', 'ፋርስኛ', 'ዳሪ', 'ኖርወያዊ ቦክማል', 'እንግሊዝኛ']);
    expect(languageName('ti', 'ti')).to.equal('ትግርኛ');
    // Other UI locales are untouched: bokmål's names where the browser has none (nn), Intl's elsewhere.
    expect(languageName('ar', 'nn')).to.equal('arabisk');
    expect(languageName('ar', 'uk')).to.equal(new Intl.DisplayNames(['uk'], { type: 'language' }).of('ar'));
    const ladder = await fixture<VkTaskLadder>(html`<vk-task-ladder lang="ti" .value=${sampleLadder()}></vk-task-ladder>`);
    await ladder.updateComplete;
    const silent = shadowAll(ladder, '.no-voice').map((b) => b.textContent!.replace(/[\u2068\u2069]/g, ''));
    expect(silent.length).to.be.greaterThan(0);
    for (const text of silent) {
      expect(text).to.contain('ዓረብኛ');
      expect(text).to.not.match(LATIN_LETTERS);
    }
  });
});
