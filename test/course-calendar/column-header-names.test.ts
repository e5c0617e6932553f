import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { shadowAll } from '../helpers/index.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';
import { sampleSchedule } from './fixtures.js';

// A screen-reader QA (pass 57): the month's column headers carried a `title` equal to their name, so
// readers that say descriptions said "mandag mandag" at each header; the week's headers were named
// by their short form only ("man. 9.3."), while the month's say the whole weekday.

let count = 0;
const nodes = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(nodes)];

async function headers(view: 'month' | 'week', lang: string): Promise<{ el: VkCourseCalendar; heads: AxNode[] }> {
  const id = `col-heads-${++count}`;
  const wrapper = await fixture<HTMLElement>(html`<div id=${id} lang=${lang} style="inline-size: 1100px"><vk-course-calendar .value=${sampleSchedule()} view=${view} date="2026-03-12"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await waitUntil(() => el.shadowRoot!.querySelector('[role="grid"]'), `the ${view} view is drawn`);
  await el.updateComplete;
  const heads = nodes(await accessibilityTree(`#${id}`)).filter((n) => n.role === 'columnheader');
  return { el, heads };
}

describe('vk-course-calendar: column headers as a screen reader hears them', () => {
  for (const lang of ['nb', 'ar']) {
    it(`month (${lang}): each header is named by the whole weekday and not described by the same words again`, async () => {
      const { heads } = await headers('month', lang);
      const long = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 2, 9)));
      expect(heads.map((h) => h.name)).to.include(long);
      for (const head of heads) expect(head.description ?? '', `${head.name}'s description`).to.not.equal(head.name);
    });

    it(`week (${lang}): each day's header says its whole weekday and date, not only "man. 9.3."`, async () => {
      const { el, heads } = await headers('week', lang);
      expect(heads).to.have.length(7);
      const long = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 2, 9)));
      expect(heads[0].name, 'Monday 9 March').to.include(long);
      for (const head of heads) expect(head.description ?? '', `${head.name}'s description`).to.not.equal(head.name);
      const month = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 2, 9)));
      expect(heads[0].name, 'the month in words').to.include(month);
      // Still drawn short ("man. 9.3."): the long words are for assistive technology.
      const shown = shadowAll(el, '.week .head [role="columnheader"] > [aria-hidden="true"]').map((s) => s.textContent!.trim());
      expect(shown).to.have.length(7);
      expect(shown[0]).to.not.include(month);
    });
  }
});
