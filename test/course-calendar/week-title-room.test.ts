/**
 * QA pass 58: the week title "Uke 11, 2026" with the text size doubled — "Uke 11," (kept on one line, core/keep-together.ts)
 * ran ~11 px out of the title's box, over the buttons beside it. The title's flex basis is 8rem (the page's root size, not
 * the calendar's text), and it could shrink (min-inline-size: 0) to what was left beside previous / today / next: with the
 * calendar's text at 32 px (`--vk-font-size: 2rem`) a 129–140 px box for a 141 px "Uke 11,". Now the title is never
 * narrower than its longest unbreakable part beside the buttons (it takes a row of its own instead), and in a calendar
 * narrower than that part (under 6em) the part wraps between its words: never cut, never over a button, never split.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { weekPart } from '../../src/course-calendar/calendar-parts.js';
import { splitWords } from '../a11y/layout-checks.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

/** A week-view calendar (week 11, 2026) in a wrapper whose width the test sets; `text`: the calendar's `--vk-font-size`. */
async function weekCalendar(text: string): Promise<{ wrapper: HTMLDivElement; el: VkCourseCalendar }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="--vk-font-size: ${text}"><vk-course-calendar .value=${sampleSchedule()} view="week" date="2026-03-12"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await weekPart.load();
  await settleFrames(el);
  return { wrapper, el };
}

/** How far the title's text reaches past its own box or the calendar's, and whether it overlaps a toolbar button. */
function titleFit(el: VkCourseCalendar): { outside: number; overButton: boolean } {
  const title = el.shadowRoot!.querySelector<HTMLElement>('#title')!;
  const box = title.getBoundingClientRect();
  const calendar = el.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(title);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0.5);
  let outside = 0;
  for (const r of rects) outside = Math.max(outside, r.right - box.right, box.left - r.left, r.right - calendar.right, calendar.left - r.left);
  const buttons = [...el.shadowRoot!.querySelectorAll('.tools button')].map((b) => b.getBoundingClientRect());
  const overButton = rects.some((r) => buttons.some((b) => Math.min(b.right, r.right) - Math.max(b.left, r.left) > 0.5 && Math.min(b.bottom, r.bottom) - Math.max(b.top, r.top) > 0.5));
  return { outside, overButton };
}

describe('course calendar: the week title has room for "Uke 11," at doubled text', () => {
  before(() => setLocale('nb'));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  // A 320–360 px phone's calendar (its page's margins less) and a 640–700 px column: there the title sat beside the arrows.
  it('the title beside previous / today / next is never narrower than "Uke 11,": nothing outside its box, over a button or split (calendar text 32 px)', async () => {
    const { wrapper, el } = await weekCalendar('2rem');
    expect(el.shadowRoot!.querySelector('#title .vk-nowrap')?.textContent, 'the kept-together part').to.equal('Uke 11, ');
    for (const width of [316, 320, 324, 328, 332, 680, 684, 688, 692, 696, 700]) {
      wrapper.style.inlineSize = `${width}px`;
      await settleFrames(el);
      const { outside, overButton } = titleFit(el);
      expect(outside, `${width} px: the title's words inside its box`).to.be.at.most(0.5);
      expect(overButton, `${width} px: no word over a button`).to.equal(false);
      expect(splitWords(wrapper).filter((w) => w.where.includes('title')), `${width} px: no word split`).to.deep.equal([]);
    }
  });

  it('in a calendar narrower than "Uke 11," (root text 200 %, calendar text 48 px, 150–200 px) the title wraps between its words, none outside or split', async () => {
    document.documentElement.style.fontSize = '200%';
    const { wrapper, el } = await weekCalendar('1.5rem');
    for (const width of [150, 170, 190, 200]) {
      wrapper.style.inlineSize = `${width}px`;
      await settleFrames(el);
      expect(titleFit(el).outside, `${width} px: the title's words inside its box`).to.be.at.most(0.5);
      expect(splitWords(wrapper).filter((w) => w.where.includes('title')), `${width} px: no word split`).to.deep.equal([]);
    }
  });
});
