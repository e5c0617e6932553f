/**
 * A holiday or closed day's name in the week view's column header. Before (7 Dec, pass 56) it was one line ending in
 * "…" ("Andre påsked…", "Planleggingsda…" at 768 px; "يوم التخطيط للمع…"), whole only in a `title`, which touch and
 * keyboard never show. Now it wraps between its words, a word too wide for the column is drawn a little smaller, never
 * split; and a word too wide even then leaves the name whole in a line above the week for the day picked (a tap on
 * the day or its header, the arrow keys), as the month has under its grid; the day's cell names it to a screen reader.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { settle } from '../helpers/index.js';
import { splitWords } from '../a11y/layout-checks.js';
import { sampleSchedule } from './fixtures.js';

async function week(width: number, lang: 'nb' | 'ar', closed: Record<string, string>, date = '2026-04-07'): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: ${width}px">
    <vk-course-calendar view="week" date=${date} .value=${{ ...sampleSchedule(), closedDays: [{ date: '2026-04-08', title: closed }] }}></vk-course-calendar>
  </div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settle(el);
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

const header = (el: VkCourseCalendar, date: string): HTMLElement =>
  el.shadowRoot!.querySelectorAll<HTMLElement>('.week .head [role="columnheader"]')[Number(date.slice(8)) - 6];

/** A header's name cut along its line (an ellipsis) or past its column. */
function cut(el: VkCourseCalendar, date: string): boolean {
  const name = header(el, date).querySelector<HTMLElement>('.special')!;
  const column = header(el, date).getBoundingClientRect();
  const shown = Array.from(name.getClientRects());
  return name.scrollWidth > name.clientWidth + 1 || shown.some((r) => r.left < column.left - 0.5 || r.right > column.right + 0.5);
}

/** The text of a visible element outside the grid, the toolbar and the legend that holds `name` uncut, or null. */
function shownInFull(el: VkCourseCalendar, name: string): string | null {
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('.calendar *')) {
    if (node.children.length > 0 || node.closest('.grid, [role="toolbar"], .legend, .vk-popover, .vk-visually-hidden, [hidden]') || !node.checkVisibility()) continue;
    const text = node.textContent!.replace(/[\u2066-\u2069]/g, '').trim();
    if (text.includes(name) && node.scrollWidth <= node.clientWidth + 1) return text;
  }
  return null;
}

describe('vk-course-calendar week: holiday names in the column headers', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [lang, width, large] of [['nb', 768, false], ['ar', 768, false], ['nb', 360, true], ['ar', 360, true]] as const) {
    it(`${lang}, ${width} px${large ? ', 200 % text' : ''}: names of several words and long words are shown whole, no word split`, async () => {
      await setViewport({ width, height: 800 });
      if (large) document.documentElement.style.fontSize = '200%';
      const el = await week(width, lang, { nb: 'Planleggingsdag for lærerne', ar: 'يوم التخطيط للمعلمين' });
      for (const date of ['2026-04-06', '2026-04-08']) expect(cut(el, date), `${date}'s name cut`).to.equal(false);
      expect(splitWords(el.shadowRoot!.querySelector('.week .head')!).map((w) => w.word), 'words split across lines').to.deep.equal([]);
    });
  }

  it('a word too wide for its column even drawn smaller: the day picked by keyboard or a tap on its header shows its name whole', async () => {
    await setViewport({ width: 768, height: 800 });
    const name = 'Næringsmiddelhygieneopplæringsdag';
    const el = await week(768, 'nb', { nb: name });
    expect(cut(el, '2026-04-08'), 'the long word is cut').to.equal(true);
    (el.shadowRoot!.querySelector('.week-day[tabindex="0"]') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(shownInFull(el, name), 'arrow keys').to.equal(`onsdag 8. april 2026, ${name}`);
    header(el, '2026-04-07').click();
    await settle(el);
    expect(shownInFull(el, name), 'the day left').to.equal(null);
    header(el, '2026-04-08').querySelector<HTMLElement>('.special')!.click();
    await settle(el);
    expect(shownInFull(el, name), 'a tap on its header').to.equal(`onsdag 8. april 2026, ${name}`);
    expect(el.shadowRoot!.getElementById('cell-2026-04-08')!.textContent, 'the cell names it').to.include(name);
  });
});
