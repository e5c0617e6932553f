import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { followDocumentLanguage, getLocale, localeReady, normalizeLocale, setLocale } from '../../src/core/localize.js';
import { sampleSteps, shadow } from '../helpers/index.js';
import { baseLanguage } from '../../src/core/text.js';
import { holidayName, norwegianHolidays, type PublicHoliday } from '../../src/course-calendar/holidays.js';

describe('localization', () => {
  afterEach(async () => {
    document.documentElement.lang = 'nb';
    document.documentElement.removeAttribute('dir');
    await followDocumentLanguage();
  });

  it('maps language tags to UI locales', () => {
    expect(normalizeLocale('nb-NO')).to.equal('nb');
    expect(normalizeLocale('no')).to.equal('nb');
    expect(normalizeLocale('prs')).to.equal('fa');
    expect(normalizeLocale('ar-SY')).to.equal('ar');
    expect(normalizeLocale('de')).to.equal('nb');
    expect(normalizeLocale(undefined)).to.equal('nb');
  });

  it('follows <html lang> when it changes', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    document.documentElement.lang = 'en';
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    await localeReady();
    await el.updateComplete;
    expect(getLocale()).to.equal('en');
    expect(shadow(el, '.step-button[data-key="s3"]').textContent).to.contain('Not started');
    expect(shadow(el, '.step-button[data-key="s3"]').textContent).to.contain('Work practice');
  });

  it('setLocale() wins over <html lang> until followDocumentLanguage()', async () => {
    await setLocale('en');
    document.documentElement.lang = 'nn';
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    await localeReady();
    expect(getLocale()).to.equal('en');
    await followDocumentLanguage();
    expect(getLocale()).to.equal('nn');
  });

  it('shows document texts in the lang of the element when it sets one', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker lang="en" .value=${sampleSteps()}></vk-step-tracker>`);
    expect(shadow(el, '.step-button[data-key="s3"]').textContent).to.contain('Work practice');
  });

  it('finds the document-text lang across shadow roots and past an empty lang="" (UI stays bokmål)', async () => {
    // <section lang="en"> → host → shadow root → <div lang=""> → tracker: the empty lang says
    // nothing, the nearest real one is outside the host's shadow root.
    const outer = await fixture<HTMLElement>(html`<section lang="en"><div class="host"></div></section>`);
    const host = outer.querySelector('.host') as HTMLElement;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    inner.setAttribute('lang', '');
    const el = document.createElement('vk-step-tracker') as VkStepTracker;
    el.value = sampleSteps();
    inner.append(el);
    root.append(inner);
    await el.updateComplete;
    expect(getLocale()).to.equal('nb');
    expect(shadow(el, '.step-button[data-key="s3"]').textContent).to.contain('Work practice');
  });

  it('a Dari page (<html lang="prs">) shows Dari texts and month names as a lang="prs" wrapper does; Persian texts and holiday names where there is no Dari one', async () => {
    const schedule = {
      version: 1,
      courses: [
        { id: 'bus', title: { nb: 'Buss', fa: 'اتوبوس', prs: 'بس' } },
        { id: 'kurs', title: { nb: 'Norskkurs', fa: 'کلاس زبان نروژی' } },
      ],
      sessions: [
        { id: 's1', courseId: 'bus', start: '2026-03-09T09:00', end: '2026-03-09T10:00', kind: 'theory' },
        { id: 's2', courseId: 'kurs', start: '2026-03-09T11:00', end: '2026-03-09T12:00', kind: 'language' },
      ],
    };
    const seen = async (wrapperLang: string | null): Promise<string> => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${wrapperLang ?? ''}><vk-course-calendar view="agenda" date="2026-03-09" .value=${schedule}></vk-course-calendar></div>`);
      const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      return (el.shadowRoot as ShadowRoot).textContent ?? '';
    };
    document.documentElement.lang = 'prs';
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    await localeReady();
    expect(getLocale()).to.equal('fa');
    const page = await seen(null);
    const wrapped = await seen('prs');
    for (const [name, text] of [['<html lang="prs">', page], ['<div lang="prs">', wrapped]]) {
      expect(text, name).to.contain('بس');
      expect(text, name).to.not.contain('اتوبوس');
      expect(text, name).to.contain('کلاس زبان نروژی');
      expect(text, `${name}: the Afghan month name`).to.contain('مارچ');
    }
    const easter = norwegianHolidays(2026).find((h) => h.date === '2026-04-05') as PublicHoliday;
    expect(holidayName(easter, 'prs'), 'holidays in Persian, not bokmål').to.equal(easter.name.fa);
    document.documentElement.lang = 'fa-AF';
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    await localeReady();
    const afghan = await seen(null);
    expect(afghan, '<html lang="fa-AF">').to.contain('مارچ');
    // fa-AF is Dari too (docs/translations.md): the Text's prs entry, not the Persian one.
    expect(afghan, '<html lang="fa-AF">').to.contain('بس');
    expect(afghan, '<html lang="fa-AF">').to.not.contain('اتوبوس');
    expect(afghan, '<html lang="fa-AF">: Persian where there is no Dari text').to.contain('کلاس زبان نروژی');
    // setLocale() still wins over <html lang> for texts and dates.
    await setLocale('en');
    const english = await seen(null);
    expect(english).to.contain('Buss');
    expect(english).to.contain('March');
  });

  // <html lang> is used as written when it names the UI locale: a CMS that writes "en_US"
  // (normalizeLocale reads it as en) must still get English texts and dates, as it did when the
  // UI locale stood in for it ("en_US" is no BCP 47 tag: Intl throws, and the base language
  // was "en_us").
  it('an English page written <html lang="en_US"> shows English texts and dates', async () => {
    document.documentElement.lang = 'en_US';
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    await localeReady();
    expect(getLocale()).to.equal('en');
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    expect(shadow(el, '.step-button[data-key="s3"]').textContent).to.contain('Work practice');
    const calendar = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<vk-course-calendar view="agenda" date="2026-03-09" .value=${{ version: 1, courses: [], sessions: [] }}></vk-course-calendar>`);
    await calendar.updateComplete;
    expect(calendar.shadowRoot?.textContent).to.contain('March');
    expect(baseLanguage('en_US')).to.equal('en');
  });

  it('lays out right to left under an ar/rtl ancestor, with Arabic texts', async () => {
    await setLocale('ar');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><vk-step-tracker .value=${sampleSteps()}></vk-step-tracker></div>`);
    const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
    await el.updateComplete;
    expect(getComputedStyle(shadow(el, '.tracker')).direction).to.equal('rtl');
    expect(shadow(el, '.step-button[data-key="s2"]').textContent).to.contain('دورة اللغة النرويجية');
  });
});
