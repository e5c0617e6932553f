/**
 * WCAG 3.1.2 Language of Parts: the widgets' own UI strings (msg(): buttons, headings, hints,
 * summaries, status words) are in the UI locale, the document's texts and the dates written in
 * the text locale are in theirs, and each says so. Shadow content inherits the host's language, so
 * before, (1) a Norwegian UI in `lang="ar"` content was read with an Arabic voice, and (2) an Arabic
 * UI chosen with setLocale() on a `<html lang="nb">` page was read as Norwegian.
 *
 * The language asked for is the computed one: the nearest `[lang]` ancestor, going on from a
 * shadow root to its host (as the browser does; checked against `:lang()` too).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import { sampleSteps } from '../helpers/index.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';

/** The language an element's (or text node's) text is in: its nearest `lang`, across shadow roots. */
function langOf(node: Node): string {
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  while (element) {
    const found = element.closest('[lang]');
    if (found) return found.getAttribute('lang')!;
    const root = element.getRootNode();
    element = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** The first text node in `el`'s shadow root (popovers included) whose text contains `words`. */
function textNode(el: Element, words: string): Text {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent!.includes(words)) return node as Text;
  throw new Error(`no text "${words}" in ${el.localName}`);
}

function part(el: Element, selector: string): Element {
  const found = el.shadowRoot!.querySelector(selector);
  if (!found) throw new Error(`no ${selector} in ${el.localName}`);
  return found;
}

/** Expects every element or text node in `nodes` to be in `lang`, by its `[lang]` ancestor and by `:lang()`. */
function expectLang(lang: string, nodes: Record<string, Node>): void {
  for (const [what, node] of Object.entries(nodes)) {
    expect(langOf(node), what).to.equal(lang);
    const element = node instanceof Element ? node : node.parentElement!;
    expect(element.matches(`:lang(${lang})`), `${what} :lang(${lang})`).to.equal(true);
  }
}

type VkElement = HTMLElement & { updateComplete: Promise<boolean> };

type Case = {
  name: string;
  /** The UI locale and the language the document's texts and dates are in. */
  ui: 'nb' | 'ar';
  text: 'nb' | 'ar';
  mount(widget: TemplateResult): Promise<VkElement>;
};

const cases: Case[] = [
  {
    name: '(1) <html lang="nb">, the widget in <div lang="ar">: a Norwegian UI over Arabic texts',
    ui: 'nb',
    text: 'ar',
    async mount(widget) {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl" style="inline-size: 1300px">${widget}</div>`);
      return wrapper.firstElementChild as VkElement;
    },
  },
  {
    name: '(2) <html lang="nb"> and setLocale("ar"): an Arabic UI (and texts) on a Norwegian page',
    ui: 'ar',
    text: 'ar',
    async mount(widget) {
      await setLocale('ar');
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1300px">${widget}</div>`);
      return wrapper.firstElementChild as VkElement;
    },
  },
  {
    name: '(2b) setLocale("ar") on a widget with lang="nb": an Arabic UI over Norwegian texts',
    ui: 'ar',
    text: 'nb',
    async mount(widget) {
      await setLocale('ar');
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="nb" style="inline-size: 1300px">${widget}</div>`);
      return wrapper.firstElementChild as VkElement;
    },
  },
];

describe('language of parts (WCAG 3.1.2): UI strings in the UI locale, document texts in theirs', () => {
  let pageLang: string;
  before(() => {
    pageLang = document.documentElement.lang;
    document.documentElement.lang = 'nb';
  });
  after(() => {
    document.documentElement.lang = pageLang;
  });
  afterEach(() => setLocale('nb'));

  for (const c of cases) {
    describe(c.name, () => {
      it('task ladder: phase, progress, level and buttons in the UI locale; titles, sign-off and log dates in theirs', async () => {
        const el = await c.mount(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
        await el.updateComplete;
        expectLang(c.ui, {
          'the ladder': part(el, '.ladder'),
          'phase number': part(el, '.phase-number'),
          'progress text': part(el, '.progress-text'),
          'level word': part(el, '[data-key="t1"] .level span'),
          'log button': part(el, '.log-control'),
          'next level button': part(el, '.level-control'),
          hint: part(el, '#hint'),
        });
        if (c.ui === 'nb') expect(part(el, '.log-control').textContent).to.equal('Skriv i loggboka');
        // The sign-off line is a UI sentence with the date in the text locale.
        const signoff = part(el, '[data-key="t1"] .signoff');
        expectLang(c.ui, { 'sign-off words': signoff.firstChild! });
        expectLang(c.text, { 'sign-off date': signoff.querySelector('bdi')!, 'log date': part(el, '[data-key="t2"] .latest-log bdi') });
        // A logbook entry is in the language its letters tell (core writtenLang), whatever the UI and
        // text locales: "Gikk fint", Latin letters beside an Arabic participant, is Norwegian.
        expectLang('nb', { 'log text (Latin letters, Arabic participant)': part(el, '[data-key="t2"] .log-text') });
        // Titles: each line in its own language.
        expectLang('ar', { 'task title, Arabic line': textNode(el, 'غسل الأطباق'), 'ladder title, Arabic line': textNode(el, 'تدريب في المطبخ') });
        expectLang('nb', { 'task title, Norwegian line': textNode(el, 'Ta oppvasken'), 'a task titled with a plain string (its Norwegian first line)': textNode(el, 'Lage dagens rett') });
      });

      it('step tracker: summary and status words in the UI locale; title, step titles and due date in theirs', async () => {
        const el = await c.mount(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
        await el.updateComplete;
        expectLang(c.ui, {
          'the tracker': part(el, '.tracker'),
          summary: part(el, '.summary'),
          'status word': part(el, '.step:nth-child(2) .status-text'),
          'due words': part(el, '.step:nth-child(2) .meta').firstChild!,
        });
        const title = c.text === 'ar' ? 'مساري' : 'Mitt løp';
        const step = c.text === 'ar' ? 'دورة اللغة النرويجية' : 'Norskkurs';
        expectLang(c.text, { title: textNode(el, title), 'step title': textNode(el, step), 'due date': part(el, '.step:nth-child(2) .meta bdi') });
        // A plain string is taken to be in the text locale (contract §4).
        expectLang(c.text, { 'a step titled with a plain string': textNode(el, 'Jobb') });
      });

      it('step tracker, compact: its summary in the UI locale, its title in its own', async () => {
        const el = await c.mount(html`<vk-step-tracker compact .value=${sampleSteps()}></vk-step-tracker>`);
        await el.updateComplete;
        expectLang(c.ui, { 'compact summary': part(el, '.summary'), 'the tracker': part(el, '.tracker') });
        expectLang(c.text, { 'compact title': part(el, '.title') });
      });

      it('course calendar: toolbar, views and session counts in the UI locale; month, weekdays, days and course names in theirs', async () => {
        const el = await c.mount(html`<vk-course-calendar .value=${sampleSchedule()} view="month" date="2026-03-12"></vk-course-calendar>`);
        await el.updateComplete;
        expectLang(c.ui, {
          'the calendar': part(el, '.calendar'),
          'today button': part(el, '[data-action="today"]'),
          'month view button': part(el, '[data-view="month"]'),
          'add button': part(el, '[data-action="add"]'),
          'session count of a day': part(el, '[data-date="2026-03-09"] .vk-visually-hidden span'),
        });
        if (c.ui === 'nb') expect(part(el, '[data-action="today"]').textContent).to.equal('I dag');
        const course = c.text === 'ar' ? 'التنظيف ومكافحة العدوى' : 'Renhold og smittevern';
        expectLang(c.text, {
          'month title (a date)': part(el, '#title'),
          'weekday head': part(el, '.weekday'),
          'legend course': part(el, '.legend-item[data-course="renhold"] .legend-title'),
        });
        expectLang(c.text, { 'a day\'s full date': part(el, '[data-date="2026-03-09"] .vk-visually-hidden').firstChild! });
        // The course name in a chip: by content or by the chip's own language.
        const chip = part(el, '[data-date="2026-03-09"] [data-session="a1"]');
        const name = chip.getAttribute('aria-label');
        if (name) {
          // An aria-label is spoken in its element's language, the UI locale's: only where the texts share it.
          expect(c.text, 'a chip named by aria-label').to.equal(c.ui);
          expect(langOf(chip)).to.equal(c.ui);
        }
        else expectLang(c.text, { 'chip course': chip.querySelector('.course')!, 'chip course text': textNode(el, course) });
      });

      it('course calendar: the session details\' words in the UI locale, its course, date and place in theirs', async () => {
        const el = await c.mount(html`<vk-course-calendar .value=${sampleSchedule()} view="agenda" date="2026-03-09"></vk-course-calendar>`);
        await el.updateComplete;
        (el.shadowRoot!.querySelector('[data-session="a1"]') as HTMLElement).click();
        await el.updateComplete;
        const details = part(el, '[data-session-details="a1"]');
        expectLang(c.ui, { 'close button': details.querySelector('[data-action="close"]')!, 'remove button': details.querySelector('[data-action="remove"]')! });
        expectLang(c.text, { 'course name': details.querySelector('.details-name')!, date: details.querySelector('p bdi')!, 'agenda date': part(el, '.agenda-date') });
      });

      it('plan board: summary, toolbar and column words in the UI locale; title, columns and cards in theirs', async () => {
        const el = await c.mount(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
        await el.updateComplete;
        expectLang(c.ui, {
          'the board': part(el, '.board'),
          summary: part(el, '.summary'),
          'undo button': part(el, '.tool[data-history="undo"]'),
          'empty column': part(el, '.column-empty'),
          hint: part(el, '#hint'),
        });
        if (c.ui === 'nb') expect(part(el, '.column-empty').textContent).to.equal('Ingen kort');
        expectLang('ar', { 'card title, Arabic line': textNode(el, 'طبيب'), 'column title, Arabic line': textNode(el, 'الاثنين') });
        expectLang('nb', { 'card title, Norwegian line': textNode(el, 'Lege'), 'card titled in Norwegian only': textNode(el, 'Buss') });
      });
    });
  }
});
