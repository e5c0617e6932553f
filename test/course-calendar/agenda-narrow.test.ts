/**
 * The agenda on a 320 px phone with text at 200 % (root font 32 px): a course name's longest word
 * ("dagligvarehandel", uk "Виробництво") was wider than what the kind's picture left beside it,
 * and the list's auto-sized grid column grew to it, pushing the page sideways (7 px in nb, 29 px in
 * uk). The list is now one column as wide as the agenda, and in a narrow agenda the picture goes
 * above the time and name, which get the chip's whole width.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { settleFrames } from './focus-helpers.js';

const doc = (title: string): ScheduleDocument => ({
  version: 1,
  courses: [{ id: 'c', title, color: '#36c' }],
  sessions: [{ id: 's1', courseId: 'c', start: '2026-03-16T09:00', end: '2026-03-16T14:30', kind: 'practice' }],
});

/** Words of `el`'s text that lie on more than one line. */
function splitWords(el: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of (node.textContent ?? '').matchAll(/\S+/gu)) {
      const range = document.createRange();
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + m[0].length);
      if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) out.push(m[0]);
    }
  }
  return out;
}

describe('vk-course-calendar: the agenda on a 320 px phone at 200 % text', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  for (const [lang, title] of [
    ['nb', 'Salg og service i dagligvarehandel'],
    ['uk', 'Виробництво харчових продуктів'],
  ] as const) {
    it(`${lang}: no sideways overflow, the session inside the agenda, the course name's words whole`, async () => {
      document.documentElement.style.fontSize = '32px';
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} style="inline-size: 304px"><vk-course-calendar .value=${doc(title)} view="agenda" date="2026-03-16"></vk-course-calendar></div>`);
      const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
      for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('.agenda [data-session]'); i++) await settleFrames(el);
      const chip = el.shadowRoot!.querySelector<HTMLElement>('.agenda [data-session="s1"]')!;
      const host = el.getBoundingClientRect();
      const box = chip.getBoundingClientRect();
      expect(box.right, 'the chip ends inside the calendar').to.be.at.most(host.right + 0.5);
      expect(box.left).to.be.at.least(host.left - 0.5);
      const agenda = el.shadowRoot!.querySelector<HTMLElement>('.agenda')!;
      expect(agenda.scrollWidth, 'nothing wider than the agenda').to.be.at.most(agenda.clientWidth);
      expect(splitWords(chip.querySelector('.course')!), 'words split across lines').to.deep.equal([]);
    });
  }
});
