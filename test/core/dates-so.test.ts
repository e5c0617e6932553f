import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { formatDate, formatTime } from '../../src/core/dates.js';
import { setLocale } from '../../src/core/localize.js';
import { languageName } from '../../src/core/text.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { shadow, shadowAll } from '../helpers/index.js';
import { dates } from './icu-dates.js';
import { icu, ownOptionSets, weekdayNames, WIDGET_OPTION_SETS } from './own-dates.js';

// Somali (so): Chromium has no so date data, so every date was bokmål ("mars 2026"). core/so.ts,
// loaded with the so UI strings, writes CLDR 48's Somali; the expected texts are ICU 78's with full
// data, written by Node into test/core/icu-dates.ts (scripts/icu-dates.mjs): Chromium cannot.
const TITLE: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
const FULL: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const DUE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const BOKMAL_WEEKDAYS = /mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag/;

describe('Somali dates (so): names that load with the so UI strings', () => {
  before(async () => {
    // Before the so strings load, no page pays for the names: bokmål, as the fallback chain says.
    expect(formatDate('2026-03-04', 'so', TITLE)).to.equal(formatDate('2026-03-04', 'nb', TITLE));
    await setLocale('so');
  });
  after(async () => {
    await setLocale('nb');
  });

  it('each option set the widgets format with, as ICU 78 writes so, for every month and weekday', () => {
    for (const [set, where] of WIDGET_OPTION_SETS) {
      for (const iso of dates.slice(0, 13)) expect(formatDate(iso, 'so', set), `${where}: ${JSON.stringify(set)} ${iso}`).to.equal(icu('so', set, iso));
    }
    // formatDate's default options are the due-date set.
    expect(formatDate('2026-08-04', 'so')).to.equal(icu('so', DUE, '2026-08-04'));
    // A month in a date and a month alone are spelt differently in CLDR's so.
    expect(formatDate('2026-08-04', 'so', TITLE)).to.equal(icu('so', TITLE, '2026-08-04'));
    expect(formatDate('2026-08-04', 'so', { month: 'long' })).to.equal(icu('so', { month: 'long' }, '2026-08-04'));
    expect(icu('so', TITLE, '2026-08-04')).to.not.contain(icu('so', { month: 'long' }, '2026-08-04'));
  });

  it('every option set of the broad table is ICU’s so for every date, or bokmål’s (left to Intl)', () => {
    const own = ownOptionSets('so');
    for (const [set] of WIDGET_OPTION_SETS) expect(own.map((o) => JSON.stringify(o)), JSON.stringify(set)).to.include(JSON.stringify(set));
    // Beyond the widgets' sets: a month alone, a month with a year, numeric months, narrow names.
    expect(own.length).to.be.above(40);
  });

  it('regional and ISO 639-2 tags (so-KE, som) are Somali too; two-digit fields and clock times go to bokmål', () => {
    expect(formatDate('2026-03-04', 'so-KE', FULL)).to.equal(icu('so', FULL, '2026-03-04'));
    // <html lang="som"> gives the so UI, and its text locale is "som" as written.
    expect(formatDate('2026-03-04', 'som', FULL)).to.equal(icu('so', FULL, '2026-03-04'));
    expect(formatDate('2026-03-04', 'so', { day: '2-digit', month: 'short' })).to.equal(formatDate('2026-03-04', 'nb', { day: '2-digit', month: 'short' }));
    // Bokmål's 24-hour clock, not ICU's "10:05 GD", as before.
    expect(formatTime('22:05', 'so')).to.equal('22:05');
  });

  it('course calendar in so: title, weekday heads, day names, week heads and agenda heads', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="so"><vk-course-calendar .value=${sampleSchedule()} date="2026-03-04"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await el.updateComplete;
    expect(shadow(el, '#title').textContent?.trim()).to.equal(icu('so', TITLE, '2026-03-04'));
    const long = weekdayNames('so', 'long');
    const heads = shadowAll(el, '.weekday');
    expect(heads.map((h) => h.querySelector<HTMLElement>('.weekday-short')?.title)).to.deep.equal([...long.slice(1), long[0]]);
    const short = weekdayNames('so', 'short');
    expect(heads.map((h) => h.querySelector('.weekday-short')?.textContent)).to.deep.equal([...short.slice(1), short[0]]);
    const narrow = weekdayNames('so', 'narrow');
    expect(heads.map((h) => h.querySelector('.weekday-narrow')?.textContent)).to.deep.equal([...narrow.slice(1), narrow[0]]);
    expect(shadow(el, '.day[data-date="2026-03-04"] .vk-visually-hidden').textContent).to.contain(icu('so', FULL, '2026-03-04'));
    el.view = 'week';
    await el.updateComplete;
    const weekHeads = shadowAll(el, '.weekday').map((h) => h.querySelector('span[aria-hidden]')?.textContent?.trim() ?? '');
    expect(weekHeads[2]).to.equal(icu('so', { weekday: 'short', day: 'numeric', month: 'numeric' }, '2026-03-04'));
    for (const head of weekHeads) expect(short.some((name) => head.startsWith(`${name}, `)), head).to.equal(true);
    el.date = '2026-03-12';
    el.view = 'agenda';
    await el.updateComplete;
    const agenda = shadowAll(el, '.agenda-date').map((p) => p.textContent ?? '');
    expect(agenda.length).to.be.above(0);
    for (const head of agenda) {
      expect(long.some((name) => head.includes(`${name}, ${icu('so', TITLE, '2026-03-04').split(' ')[0]} `)), head).to.equal(true);
      expect(head, head).to.not.match(BOKMAL_WEEKDAYS);
    }
  });

  it('step tracker and task ladder in so: due, sign-off and log dates', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="so">
      <vk-step-tracker .value=${{ version: 1, steps: [{ id: 's1', title: 'A', status: 'done', due: '2026-09-04' }] }} orientation="vertical"></vk-step-tracker>
      <vk-task-ladder .value=${{ ...sampleLadder(), phases: [{ id: 'p1', title: 'P', tasks: [{ id: 't1', title: 'T', level: 'independent', signoff: { by: 'Kari', date: '2026-11-04' }, log: [{ date: '2026-05-04', by: 'mentor', text: 'Bra' }] }] }] }}></vk-task-ladder>
    </div>`);
    const tracker = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
    const ladder = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
    await tracker.updateComplete;
    await ladder.updateComplete;
    expect(shadow(tracker, '.meta').textContent).to.contain(icu('so', DUE, '2026-09-04'));
    expect(shadow(ladder, '.task-button').textContent).to.contain(icu('so', DUE, '2026-11-04'));
    expect(shadow(ladder, '.task-button').textContent).to.contain(icu('so', DUE, '2026-05-04'));
  });

  it('languages are named in Somali (CLDR 48’s names, as Node’s ICU 78 writes them), not in bokmål', async () => {
    expect(['ar', 'uk', 'ti', 'fa', 'prs', 'nb', 'en'].map((tag) => languageName(tag, 'so'))).to.deep.equal(['Carabi', 'Yukreeniyaan', 'Tigrinya', 'Faarisi', 'Faarsi', 'Nawrijii Bokmål', 'Ingiriisi']);
    expect(languageName('so', 'so')).to.equal('Soomaali');
    const ladder = await fixture<VkTaskLadder>(html`<vk-task-ladder lang="so" .value=${sampleLadder()}></vk-task-ladder>`);
    await ladder.updateComplete;
    const silent = shadowAll(ladder, '.no-voice').map((b) => b.textContent!);
    expect(silent.length).to.be.greaterThan(0);
    for (const text of silent) {
      expect(text).to.contain('Carabi');
      expect(text).to.not.contain('arabisk');
    }
  });
});
