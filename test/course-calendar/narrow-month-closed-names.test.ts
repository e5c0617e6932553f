/**
 * The narrow month (under 480 px of calendar; at 200 % text on a 320 or 360 px phone its days are
 * 31–40 px wide): a closed day's name showed one letter and "…" in its day ("F… j…" for "Første
 * juledag", "عيد ال…"). The names are now listed whole under the grid, each after its date, and the
 * day is marked by its underlined number; a long word in a name is drawn smaller, never split.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { shadowAll } from '../helpers/index.js';
import { splitWords } from '../a11y/layout-checks.js';
import { sampleSchedule } from './fixtures.js';

async function month(lang: 'nb' | 'ar', width: number, value: ScheduleDocument = sampleSchedule(), date = '2026-12-10'): Promise<VkCourseCalendar> {
  await setLocale(lang);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
    <vk-course-calendar .value=${value} view="month" date=${date}></vk-course-calendar>
  </div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return el;
}

/** The closed days' names, as each day's own (whole, hidden or shortened) name element holds them in its title. */
const namesSaid = (el: VkCourseCalendar): string[] => shadowAll(el, '.month .day[data-special] .special').map((special) => special.title);

/** Every drawn element that shows a closed day's name, with whether its text is cut (wider than its box, or an ellipsis). */
function drawnNames(el: VkCourseCalendar): { text: string; cut: boolean }[] {
  return shadowAll(el, '.month .special, .closed-days > li')
    .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility === 'visible')
    .map((e) => ({ text: e.textContent!.trim(), cut: e.scrollWidth > e.clientWidth + 1 }));
}

describe('course calendar: the narrow month shows closed days’ names whole', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(async () => {
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['nb', 'ar'] as const) {
    for (const [phone, width] of [
      [320, 254],
      [360, 294],
    ] as const) {
      it(`${phone} px phone, 200 % text (${lang}): every Christmas and New Year name is drawn whole, none cut to a letter and "…"`, async () => {
        await setViewport({ width: phone, height: 700 });
        document.documentElement.style.fontSize = '200%';
        const el = await month(lang, width);
        const said = namesSaid(el);
        expect(said.length, 'December 2026 has closed days in view').to.be.at.least(3);
        await waitUntil(() => drawnNames(el).every((n) => !n.cut), `names cut: ${JSON.stringify(drawnNames(el).filter((n) => n.cut))}`, { timeout: 3000 });
        const drawn = drawnNames(el);
        for (const name of said) expect(drawn.some((n) => n.text.includes(name)), `"${name}" drawn whole`).to.equal(true);
        expect(splitWords(el).filter((w) => w.where.includes('closed'))).to.deep.equal([]);
      });
    }
  }

  it('a long word in a closed day’s name is drawn smaller, whole on its line (320 px, 200 % text)', async () => {
    await setViewport({ width: 320, height: 700 });
    document.documentElement.style.fontSize = '200%';
    const value = { ...sampleSchedule(), closedDays: [{ date: '2026-12-18', title: 'Personalplanleggingsdag' }] };
    const el = await month('nb', 254, value);
    const line = shadowAll(el, '.closed-days > li').find((li) => li.textContent!.includes('Personalplanleggingsdag'))!;
    expect(line, 'the name is listed').to.exist;
    await waitUntil(() => line.style.fontSize !== '', 'the long word is fitted', { timeout: 3000 });
    const range = document.createRange();
    const text = [...line.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('Personalplanleggingsdag'))!;
    const at = text.textContent!.indexOf('Personalplanleggingsdag');
    range.setStart(text, at);
    range.setEnd(text, at + 'Personalplanleggingsdag'.length);
    const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0.5).map((r) => Math.round(r.top)));
    expect(lines.size, 'on one line').to.equal(1);
    expect(range.getBoundingClientRect().right, 'inside the calendar').to.be.at.most(el.getBoundingClientRect().right + 1);
  });
});

// The line of the focus date's names under a wider month (month-view.ts dayNames) had no word fit: a
// word wider than the line was split mid-word (the widget's overflow-wrap). Drawn smaller now, as the
// legend's names are (legend-fit.ts fitLines).
describe('course calendar: the names line under a month', () => {
  const WORD = 'Introduksjonsprogramdeltakerpersonalplanleggingsdagsarrangementsforberedelsene';
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['nb', 'ar'] as const) {
    it(`a word wider than the line is drawn smaller, whole on one line (150 % text, 730 px, ${lang})`, async () => {
      await setViewport({ width: 800, height: 700 });
      document.documentElement.style.fontSize = '150%';
      const value = { ...sampleSchedule(), closedDays: [{ date: '2026-03-18', title: WORD }] };
      const el = await month(lang, 730, value, '2026-03-18');
      const line = el.shadowRoot!.querySelector<HTMLElement>('.day-names')!;
      expect(line.textContent, 'the focus date’s name is shown').to.include(WORD);
      const range = document.createRange();
      const text = line.firstChild!.nodeType === Node.TEXT_NODE ? line.firstChild! : [...line.childNodes].find((n) => n.textContent!.includes(WORD))!;
      const at = text.textContent!.indexOf(WORD);
      range.setStart(text, at);
      range.setEnd(text, at + WORD.length);
      const lines = (): number => new Set([...range.getClientRects()].filter((r) => r.width > 0.5).map((r) => Math.round(r.top))).size;
      await waitUntil(() => lines() === 1, 'the word on one line', { timeout: 3000 });
      const box = line.getBoundingClientRect();
      const word = range.getBoundingClientRect();
      expect(word.left, 'inside the line').to.be.at.least(box.left - 1);
      expect(word.right, 'inside the line').to.be.at.most(box.right + 1);
    });
  }
});
