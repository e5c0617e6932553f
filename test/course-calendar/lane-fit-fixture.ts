/**
 * A week at 200 % text on a 320 px phone (the page's root text 32 px, the calendar 254 px: the phone less its page's
 * margins), where a day is as wide as the view beside the hours and its two lanes are 61 px each; and what of a chip's
 * text is drawn outside what the chip shows. Shared by week-lane-words.test.ts and week-lane-time.test.ts.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { weekPart } from '../../src/course-calendar/calendar-parts.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

/** On Tuesday 10 March a long-named course without a picture (its name shown in every lane) beside a session of a course with one. */
export function laneSchedule(): ScheduleDocument {
  const base = sampleSchedule();
  return {
    ...base,
    courses: [...base.courses, { id: 'arbeid', title: { nb: 'Arbeidsrettet norskopplæring', ar: 'تعليم اللغة النرويجية المرتبط بالعمل' }, color: '#a50' }],
    sessions: [
      { id: 'long', courseId: 'arbeid', start: '2026-03-10T09:00', end: '2026-03-10T14:30', kind: 'theory', title: { nb: 'Teori i klasserommet', ar: 'نظري في الفصل' } },
      { id: 'beside', courseId: 'renhold', start: '2026-03-10T09:00', end: '2026-03-10T11:00', kind: 'practice' },
    ],
  };
}

/** The calendar of `laneSchedule`, `width` px wide at root text `text` (%), in week view on 10 March, once the chips' words are fitted (legend-fit.ts, when the page is idle). */
export async function laneWeek(lang: 'nb' | 'ar', width = 254, text = 200): Promise<VkCourseCalendar> {
  await setViewport({ width: width + 66, height: 900 });
  await setLocale(lang);
  document.documentElement.style.fontSize = `${text}%`;
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: ${width}px"><vk-course-calendar .value=${laneSchedule()} view="week" date="2026-03-10"></vk-course-calendar></div>`,
  );
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await weekPart.load();
  await settleFrames(el);
  const course = () => el.shadowRoot!.querySelector<HTMLElement>('.slot [data-session="long"] .course');
  await waitUntil(() => course()?.style.fontSize, 'the chips’ words were fitted', { timeout: 3000 });
  await settleFrames(el);
  return el;
}

export async function resetPage(): Promise<void> {
  document.documentElement.style.removeProperty('font-size');
  await setLocale('nb');
  await setViewport({ width: 800, height: 600 });
}

export const chipOf = (el: VkCourseCalendar, id: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(`.slot [data-session="${id}"]`)!;

/** A word of a chip's text as drawn: its element (the direct child of the text box), the word and its line boxes. */
export interface DrawnWord {
  part: HTMLElement;
  word: string;
  rects: DOMRect[];
  /** The font size it is drawn in (px). */
  size: number;
}

/** Every word a chip draws (not its visually hidden text, not text drawn at size 0). */
export function drawnWords(chip: HTMLElement): DrawnWord[] {
  const words: DrawnWord[] = [];
  for (const part of chip.querySelectorAll<HTMLElement>('.session-text > :not(.vk-visually-hidden)')) {
    const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const size = parseFloat(getComputedStyle(node.parentElement!).fontSize);
      if (!size || node.parentElement!.closest('.vk-visually-hidden')) continue;
      for (const match of node.data.matchAll(/\S+/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0.5);
        if (rects.length) words.push({ part, word: match[0], rects, size });
      }
    }
  }
  return words;
}

/** How far a drawn word reaches past its own line's box or its lane (the slot), in px (0: whole in view). */
export function outside(chip: HTMLElement, word: DrawnWord): number {
  const lane = chip.closest('.slot')!.getBoundingClientRect();
  const box = word.part.getBoundingClientRect();
  const [left, right] = [Math.max(lane.left, box.left), Math.min(lane.right, box.right)];
  return Math.max(0, ...word.rects.map((r) => Math.max(r.right - right, left - r.left)));
}
