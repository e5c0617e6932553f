/**
 * A month chip's course name wraps to four lines at most (course-calendar.styles.ts). A longer one
 * showed a sliver of its fifth line under the "…": the padding below the fourth line (which keeps
 * an Arabic yeh's dots inside the clip) let the tops of the next line's letters through. A name
 * longer than its four lines is now clipped at the fourth line's end; the whole name stays in the
 * chip's name and title.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';

const LONG = { nb: 'Norskopplæring for arbeidslivet med praksis i butikk og kantine', ar: 'تعليم اللغة النرويجية للحياة العملية مع التدريب في المتاجر والمقاصف' };
const SHORT = { nb: 'Salg og service i dagligvare', ar: 'البيع والخدمة في متاجر البقالة' };

/** A month with a chip of a course named `title` on 12 March (and one named `other` on the 13th). */
async function chip(lang: 'nb' | 'ar', title: Record<string, string>, other = title): Promise<{ el: VkCourseCalendar; course: HTMLElement }> {
  await setLocale(lang);
  const value = {
    version: 1,
    courses: [
      { id: 'l', title, color: '#36c' },
      { id: 'o', title: other, color: '#c63' },
    ],
    sessions: [
      { id: 's', courseId: 'l', start: '2026-03-12T09:00', end: '2026-03-12T10:00', kind: 'theory' },
      { id: 't', courseId: 'o', start: '2026-03-13T09:00', end: '2026-03-13T10:00', kind: 'theory' },
    ],
  } as const;
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 694px" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}><vk-course-calendar .value=${value} view="month" date="2026-03-12"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  await document.fonts.ready;
  return { el, course: el.shadowRoot!.querySelector<HTMLElement>('[data-session="s"] .course')! };
}

/** The name's line boxes (top, bottom): as many as its text has lines, from the top of its content box, a line height each. */
function lineBoxes(course: HTMLElement): { top: number; bottom: number }[] {
  const range = document.createRange();
  range.selectNodeContents(course);
  const style = getComputedStyle(course);
  const lineHeight = parseFloat(style.lineHeight);
  const first = course.getBoundingClientRect().top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
  const count = new Set([...range.getClientRects()].filter((r) => r.width > 0.5).map((r) => Math.round(r.top))).size;
  return Array.from({ length: count }, (_, i) => ({ top: first + i * lineHeight, bottom: first + (i + 1) * lineHeight }));
}

/** The lowest edge at which the name's box shows anything: its border box less a clip-path inset at its bottom. */
function shownBottom(course: HTMLElement): number {
  const box = course.getBoundingClientRect();
  const clip = getComputedStyle(course).clipPath;
  // inset(top [sides [bottom]]): the bottom is the third value, or the first when there are fewer.
  const inset = clip.startsWith('inset(') ? clip.slice(6, -1).split(/\s+/u).map(parseFloat) : [0];
  return box.bottom - (inset.length > 2 ? inset[2] : inset[0]);
}

describe('course calendar: a month chip’s name longer than four lines', () => {
  after(async () => {
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['nb', 'ar'] as const) {
    it(`${lang}: shows four whole lines and nothing of the fifth`, async () => {
      await setViewport({ width: 768, height: 800 });
      const { course } = await chip(lang, LONG);
      expect(lineBoxes(course).length, 'the name has more than four lines').to.be.above(4);
      // Its long word is fitted when the page is next idle (legend-fit.ts): the lines are measured as they are then.
      await waitUntil(() => shownBottom(course) <= lineBoxes(course)[4].top + 0.5, `shown to ${shownBottom(course)}, the fifth line starts at ${lineBoxes(course)[4]?.top}`, { timeout: 3000 });
      expect(shownBottom(course), 'the fourth line is shown whole').to.be.at.least(lineBoxes(course)[3].bottom - 0.5);
      expect(course.closest('.session')!.getAttribute('title')).to.include(LONG[lang]);
    });

    it(`${lang}: a name of four lines or fewer keeps the room below its last line (an Arabic yeh's dots)`, async () => {
      await setViewport({ width: 768, height: 800 });
      const { el, course: long } = await chip(lang, LONG, SHORT);
      const course = el.shadowRoot!.querySelector<HTMLElement>('[data-session="t"] .course')!;
      // The long name beside it clipped: the chips have been fitted.
      await waitUntil(() => shownBottom(long) <= lineBoxes(long)[4].top + 0.5, 'the long name is clipped', { timeout: 3000 });
      const lines = lineBoxes(course);
      expect(lines.length).to.be.within(1, 4);
      expect(shownBottom(course), 'room below the last line').to.be.above(lines[lines.length - 1].bottom + 1);
    });
  }
});
