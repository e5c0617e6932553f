/**
 * Screen-reader QA #1 (7 Dec 2026): in week view the title heading and the grid it names were heard as "Uke 11,2026" (Ukrainian
 * "Тиждень 11,2026"): Chromium's name from content dropped the space that began the text node after the `.vk-nowrap` span
 * ("Uke 11," then " 2026") and a whitespace-only text node between two parts (uk: "11,", " ", "2026"). With a Norwegian voice
 * "11,2026" is a decimal number. The name is the title as written, space and all, in every locale.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

const all = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(all)];

/** The week title as drawn, and the accessible names of the title heading and the grid, in `lang`. */
async function weekNames(lang: string): Promise<{ title: string; heading: string | undefined; grid: string | undefined }> {
  await setLocale(lang);
  const page = await fixture<HTMLElement>(html`<div id="week-title-host" role="group" aria-label="Host" lang=${lang} style="inline-size: 1000px"><vk-course-calendar view="week" date="2026-03-11" .value=${sampleSchedule()}></vk-course-calendar></div>`);
  const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  const nodes = all(await accessibilityTree('#week-title-host'));
  const title = el.shadowRoot!.querySelector<HTMLElement>('#title')!.textContent!.replace(/\s+/g, ' ').trim();
  return { title, heading: nodes.find((n) => n.role === 'heading' && n.level === 2)?.name, grid: nodes.find((n) => n.role === 'grid')?.name };
}

describe('course calendar: the week title keeps its space in the accessible name', () => {
  afterEach(() => setLocale('nb'));

  for (const [lang, expected] of [
    ['nb', 'Uke 11, 2026'],
    ['uk', 'Тиждень 11, 2026'],
    ['en', 'Week 11, 2026'],
    ['ar', 'الأسبوع 11، 2026'],
  ] as const) {
    it(`${lang}: the heading and the grid are named "${expected}"`, async () => {
      const { title, heading, grid } = await weekNames(lang);
      expect(title).to.equal(expected);
      expect(heading).to.equal(expected);
      expect(grid).to.equal(expected);
    });
  }
});
