/**
 * A day's list (the details a month day's "+N" or markers open) on a 320 px phone with text at
 * 200 % (root font 32 px): each row's picture stood beside its time and name, "Matproduksjon" was
 * wider than what the picture left, and the list's auto-sized column grew to it: 324 px of content
 * in a 302 px panel, which scrolled sideways (WCAG 1.4.10), the name running past its edge. The
 * list is one column as wide as the panel, and there each row's picture goes above its time and
 * name, as in the agenda.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { splitWords } from '../a11y/layout-checks.js';
import { settleFrames } from './focus-helpers.js';

const doc = (): ScheduleDocument => ({
  version: 1,
  courses: [
    { id: 'mat', title: { nb: 'Matproduksjon', uk: 'Виробництво харчових продуктів', ar: 'إنتاج الأغذية' }, color: '#a3480f', pictogram: 'vk:kitchen' },
    { id: 'butikk', title: { nb: 'Salg og service i dagligvare', uk: 'Продаж і обслуговування', ar: 'البيع والخدمة في متاجر البقالة' }, color: '#1d5fbf' },
  ],
  sessions: [
    { id: 's1', courseId: 'mat', start: '2026-03-12T09:00', end: '2026-03-12T14:30', kind: 'practice' },
    { id: 's2', courseId: 'butikk', start: '2026-03-12T09:00', end: '2026-03-12T14:30', kind: 'theory', title: { nb: 'Teori i klasserommet', uk: 'Теорія в класі', ar: 'دروس نظرية' } },
    { id: 's3', courseId: 'mat', start: '2026-03-12T15:00', end: '2026-03-12T16:00', kind: 'exam', cancelled: true },
  ],
});

describe('vk-course-calendar: a day’s list on a 320 px phone at 200 % text', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [lang, dir] of [
    ['nb', 'ltr'],
    ['uk', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`${lang}: nothing scrolls sideways, the rows inside the panel, words whole, times and pictures at their size`, async () => {
      document.documentElement.style.fontSize = '32px';
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}><vk-course-calendar .value=${doc()} view="month" date="2026-03-12"></vk-course-calendar></div>`);
      const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
      await el.updateComplete;
      const opener = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[data-more="2026-03-12"]')).find((b) => b.checkVisibility());
      expect(opener, 'the day’s markers or "+N"').to.exist;
      opener!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('.vk-popover .day-list [data-session]'), 'the day’s list opens', { timeout: 5000 });
      await settleFrames(el);
      const popover = el.shadowRoot!.querySelector<HTMLElement>('.vk-popover')!;
      expect(popover.scrollWidth, 'nothing scrolls sideways in the panel').to.be.at.most(popover.clientWidth);
      const panel = popover.getBoundingClientRect();
      const rows = Array.from(popover.querySelectorAll<HTMLElement>('.day-list [data-session]'));
      expect(rows).to.have.length(3);
      for (const row of rows) {
        const box = row.getBoundingClientRect();
        expect(box.right, 'the row ends inside the panel').to.be.at.most(panel.right);
        expect(box.left).to.be.at.least(panel.left);
        const course = row.querySelector<HTMLElement>('.course')!;
        expect(course.scrollWidth, `"${course.textContent}" ends inside its row`).to.be.at.most(course.clientWidth);
        // The start time and its end on one line, in the row's own size; the picture at its size (1.4 times the text).
        const time = row.querySelector<HTMLElement>('.time')!;
        expect(new Set(Array.from(time.getClientRects(), (r) => Math.round(r.top))).size, 'the time on one line').to.equal(1);
        expect(getComputedStyle(time).fontSize).to.equal(getComputedStyle(row).fontSize);
        expect(row.querySelector('.vk-pictogram')!.getBoundingClientRect().width, 'the picture keeps its size').to.be.at.least(1.4 * 32 - 0.5);
        // The stripe along the row's start edge (right in Arabic).
        const stripe = row.querySelector('.stripe')!.getBoundingClientRect();
        if (dir === 'rtl') expect(box.right - stripe.right).to.be.below(2);
        else expect(stripe.left - box.left).to.be.below(2);
      }
      expect(splitWords(popover).map((w) => w.word), 'words split across lines').to.deep.equal([]);
    });
  }

  // Wider than any row there is: shortened with an ellipsis on one line, as in a week chip, never
  // split ("Næringsmiddel|hygiene…") nor clipped at the row's edge with no mark.
  it('a word wider than its row ends in an ellipsis inside the row', async () => {
    document.documentElement.style.fontSize = '32px';
    const value = doc();
    const courses = value.courses.map((c) => (c.id === 'mat' ? { ...c, title: 'Næringsmiddelhygieneopplæring' } : c));
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${{ ...value, courses }} view="month" date="2026-03-12"></vk-course-calendar>`);
    await el.updateComplete;
    Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[data-more="2026-03-12"]')).find((b) => b.checkVisibility())!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.vk-popover .day-list [data-session]'), 'the day’s list opens', { timeout: 5000 });
    await settleFrames(el);
    const popover = el.shadowRoot!.querySelector<HTMLElement>('.vk-popover')!;
    expect(popover.scrollWidth, 'nothing scrolls sideways in the panel').to.be.at.most(popover.clientWidth);
    const row = popover.querySelector<HTMLElement>('[data-session="s1"]')!;
    const course = row.querySelector<HTMLElement>('.course')!;
    expect(course.scrollWidth, 'the word is wider than its row').to.be.above(course.clientWidth);
    expect(course.getBoundingClientRect().right, 'the name’s box ends inside its row').to.be.at.most(row.getBoundingClientRect().right);
    expect(new Set(Array.from(course.getClientRects(), (r) => Math.round(r.top))).size, 'on one line, not split').to.equal(1);
    expect(getComputedStyle(course).textOverflow).to.equal('ellipsis');
    expect(row.title, 'the full name in the row’s title').to.include('Næringsmiddelhygieneopplæring');
  });
});
