/**
 * A newcomer (d3, d4): in the agenda a closed day's name got no word fit. At 320 px with text at
 * 200 % "Personalplanleggingsdag" ran 37 px out of the calendar, and a 51-letter name made the
 * page scroll sideways at 360 px. The name is now fitted to its line (core/word-fit.ts): a word
 * wider than the line is drawn smaller, whole; one wider even at the fit's smallest wraps.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { settleFrames } from './focus-helpers.js';

const doc = (name: string): ScheduleDocument => ({
  version: 1,
  courses: [{ id: 'c', title: 'Salg og service', color: '#36c' }],
  sessions: [{ id: 's1', courseId: 'c', start: '2026-03-16T09:00', end: '2026-03-16T14:30', kind: 'practice' }],
  closedDays: [{ date: '2026-03-18', title: name }],
});

/** Lines the text `word` lies on inside `el`. */
function linesOf(el: Element, word: string): number {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node.textContent ?? '').indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  }
  return 0;
}

async function agenda(lang: string, dir: string, width: number, name: string): Promise<{ el: VkCourseCalendar; line: HTMLElement; name: HTMLElement }> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir} style="inline-size: ${width}px"><vk-course-calendar .value=${doc(name)} view="agenda" date="2026-03-16"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('[data-agenda-date="2026-03-18"] .special'); i++) await settleFrames(el);
  await settleFrames(el);
  const line = el.shadowRoot!.querySelector<HTMLElement>('[data-agenda-date="2026-03-18"] .agenda-date')!;
  return { el, line, name: line.querySelector<HTMLElement>('.special')! };
}

/** `inner`'s box lies within `outer`'s, along the line (1 px for rounding). */
function inside(inner: Element, outer: Element): void {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  expect(a.left, 'start edge').to.be.at.least(b.left - 1);
  expect(a.right, 'end edge').to.be.at.most(b.right + 1);
}

describe('vk-course-calendar: a closed day’s long name in the agenda', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  for (const [lang, dir] of [
    ['nb', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`${lang}: at 320 px and 200 % text, "Personalplanleggingsdag" is drawn smaller, whole on one line, inside the calendar`, async () => {
      document.documentElement.style.fontSize = '32px';
      const { el, line, name } = await agenda(lang, dir, 304, 'Personalplanleggingsdag');
      inside(name, el);
      inside(name, line);
      expect(linesOf(name, 'Personalplanleggingsdag'), 'one line').to.equal(1);
      expect(parseFloat(getComputedStyle(name.firstElementChild!).fontSize), 'drawn smaller').to.be.below(parseFloat(getComputedStyle(name).fontSize));
    });
  }

  it('a 51-letter name at 360 px wraps inside the calendar; the page does not scroll sideways', async () => {
    const { el, line, name } = await agenda('nb', 'ltr', 344, 'Planleggingsdagforkursholderneogsamarbeidspartnerne');
    inside(name, el);
    inside(name, line);
    expect(document.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(document.documentElement.clientWidth);
  });

  it('a short name keeps its size', async () => {
    const { name } = await agenda('nb', 'ltr', 600, 'Stengt');
    expect(getComputedStyle(name.firstElementChild!).fontSize).to.equal(getComputedStyle(name).fontSize);
  });
});
