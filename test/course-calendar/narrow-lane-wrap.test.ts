/**
 * A long session sharing a narrow lane (under 6 rem: sessions side by side in a day) showed one
 * shortened line per part, "Salg og serv…", above 200 px of empty chip: narrow lanes did not wrap.
 * Its course name and kind now wrap between words, as in a wide lane, and the chip shows as many
 * whole lines as it holds (since pass 57 a short chip too: before, under six lines tall, it kept one
 * shortened line each, "Norskopp…" above lines to spare); a word a little wider than the lane is
 * drawn smaller, whole.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { weekPart } from '../../src/course-calendar/calendar-parts.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { shadowAll } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { splitWords } from '../a11y/layout-checks.js';

const NAME = 'Salg og service i dagligvare';

/** The week of 9–15 March, 1000 px wide (or `width`): on Tuesday a session of `hours` beside a one-hour one, so both share narrow lanes. */
async function week(lang: 'nb' | 'ar', hours: number, name = NAME, width = 1000): Promise<VkCourseCalendar> {
  const base = sampleSchedule();
  const end = `2026-03-10T${String(9 + Math.floor(hours)).padStart(2, '0')}:${hours % 1 ? '30' : '00'}`;
  const doc: ScheduleDocument = {
    ...base,
    courses: base.courses.map((course) => (course.id === 'butikk' ? { ...course, title: { nb: name, ar: 'البيع والخدمة في متاجر البقالة' } } : course)),
    sessions: [
      { id: 'long', courseId: 'butikk', start: '2026-03-10T09:00', end, kind: 'practice' },
      { id: 'beside', courseId: 'renhold', start: '2026-03-10T09:00', end: '2026-03-10T10:00', kind: 'theory' },
    ],
  };
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: ${width}px"><vk-course-calendar .value=${doc} view="week" date="2026-03-12"></vk-course-calendar></div>`,
  );
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await weekPart.load();
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

/** The course name's lines in the chip of `id`, and whether any of them is shortened (its text wider than its box). */
function courseLines(el: VkCourseCalendar, id: string): { lines: number; shortened: boolean; narrow: boolean } {
  const chip = shadowAll(el, `.slot [data-session="${id}"]`)[0];
  const course = chip.querySelector('.course') as HTMLElement;
  const range = document.createRange();
  range.selectNodeContents(course);
  const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
  const narrow = getComputedStyle(chip.querySelector('.vk-pictogram') ?? chip).display === 'none' || chip.getBoundingClientRect().width < 96;
  return { lines: tops.size, shortened: course.scrollWidth > course.clientWidth + 1, narrow };
}

describe('vk-course-calendar: a long week chip in a narrow lane wraps its course name', () => {
  for (const lang of ['nb', 'ar'] as const) {
    it(`${lang}: a 5½-hour chip shows the whole course name on several lines`, async () => {
      const el = await week(lang, 5.5);
      const { lines, shortened, narrow } = courseLines(el, 'long');
      expect(narrow, 'the chip is in a narrow lane').to.equal(true);
      expect(lines, 'the course name takes more than one line').to.be.above(1);
      expect(shortened, 'no line of the course name is shortened').to.equal(false);
    });
  }

  // Before (7 Dec, pass 57) a chip under six lines tall kept one shortened line a part: "Salg og serv…",
  // "Norskopp…" above lines to spare. Its lines now wrap between words, as many whole lines as the chip holds.
  for (const lang of ['nb', 'ar'] as const) {
    it(`${lang}: a one-hour chip wraps its course name over the lines it has room for, none shortened`, async () => {
      const el = await week(lang, 1);
      const { narrow } = courseLines(el, 'long');
      expect(narrow).to.equal(true);
      // "dagligvare" is a little wider than the lane: drawn smaller when the page is next idle (legend-fit.ts fitSlotWords).
      await waitUntil(() => !courseLines(el, 'long').shortened, 'no line of the course name is shortened', { timeout: 3000 });
      expect(courseLines(el, 'long').lines, 'the course name takes more than one line').to.be.above(1);
      expect(splitWords(el).filter((w) => w.where.includes('session'))).to.deep.equal([]);
    });
  }

  it('nb: a word wider than the lane is drawn smaller, whole, where the chip has lines to spare (1200 px)', async () => {
    const el = await week('nb', 5.5, 'Norskopplæring for arbeidslivet', 1200);
    const chip = shadowAll(el, '.slot [data-session="long"]')[0];
    const course = chip.querySelector<HTMLElement>('.course')!;
    await waitUntil(() => course.scrollWidth <= course.clientWidth + 1, '"Norskopplæring" is not cut', { timeout: 3000 });
    expect(parseFloat(getComputedStyle(course).fontSize), 'smaller than the chip’s text').to.be.below(parseFloat(getComputedStyle(course.parentElement!).fontSize));
    expect(splitWords(el).filter((w) => w.where.includes('session'))).to.deep.equal([]);
  });
});
