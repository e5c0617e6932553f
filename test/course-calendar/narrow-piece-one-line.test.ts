/**
 * A newcomer's QA round (54): the piece after midnight of a short night session (23:45–00:15) in a
 * narrow lane (three sessions side by side on Sunday 29 March 2026, a 1,280 px week) is one line
 * tall. Its time broke before the dash ("23:45 / –00:15") and the whole-line clip left "23:45",
 * which read as that Sunday's 23:45. A continued piece keeps its end (docs/course-calendar.md): one
 * line shows "–00:15"; the chip's name keeps the whole time.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { weekPart } from '../../src/course-calendar/calendar-parts.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { shadowAll } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

const S = (id: string, courseId: string, start: string, end: string): ScheduleDocument['sessions'][number] => ({ id, courseId, start, end, kind: 'practice' });

async function week(lang: string, dir: string, width: number, sessions: ScheduleDocument['sessions']): Promise<VkCourseCalendar> {
  const doc: ScheduleDocument = { ...sampleSchedule(), sessions };
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir} style="inline-size: ${width}px"><vk-course-calendar .value=${doc} view="week" date="2026-03-28"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await weekPart.load();
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

/** The lines the chip's text box shows (its clip keeps whole lines only). */
function shownBottom(piece: HTMLElement): number {
  const text = piece.querySelector('.session-text')!;
  const box = text.getBoundingClientRect();
  const line = parseFloat(getComputedStyle(text).lineHeight);
  return box.top + Math.floor(box.height / line + 0.001) * line;
}

const crowded = [
  S('a', 'renhold', '2026-03-28T23:45', '2026-03-29T00:15'),
  S('b', 'butikk', '2026-03-28T22:00', '2026-03-29T06:00'),
  S('c', 'renhold', '2026-03-29T02:30', '2026-03-29T03:30'),
  S('d', 'butikk', '2026-03-29T01:45', '2026-03-29T03:15'),
];

describe('vk-course-calendar: a one-line piece after midnight in a narrow lane shows its end', () => {
  for (const [lang, dir] of [['nb', 'ltr'], ['ar', 'rtl']] as const) {
    it(`${lang}: 23:45–00:15 on Sunday shows "–00:15" on its one line, named with the whole time`, async () => {
      const el = await week(lang, dir, 1280, crowded);
      const piece = shadowAll(el, '[role="grid"] [data-session="a"]').find((p) => p.dataset.on === '2026-03-29')!;
      expect(piece.hasAttribute('data-continued')).to.equal(true);
      expect(piece.closest('.slot')!.getBoundingClientRect().width, 'a narrow lane (under 6em: 96 px)').to.be.below(96);
      const end = piece.querySelector('.time-end')!;
      expect(end.textContent?.replace(/\s+/g, '')).to.equal('–00:15');
      const drawnEnd = end.getBoundingClientRect();
      expect(drawnEnd.width).to.be.greaterThan(4);
      expect(drawnEnd.bottom, '"–00:15" within the lines shown').to.be.at.most(shownBottom(piece) + 1);
      expect(piece.getAttribute('aria-label') ?? piece.textContent).to.match(/23:45/);
    });
  }

  it('a piece with room for two lines keeps "23:45 / –00:30" (the start is drawn)', async () => {
    const el = await week('nb', 'ltr', 1280, [S('a', 'renhold', '2026-03-28T23:30', '2026-03-29T01:30'), ...crowded.slice(1)]);
    const piece = shadowAll(el, '[role="grid"] [data-session="a"]').find((p) => p.dataset.on === '2026-03-29')!;
    const start = piece.querySelector('.time > bdi')!.getBoundingClientRect();
    expect(start.width, 'the start drawn').to.be.greaterThan(4);
    expect(piece.querySelector('.time-end')!.getBoundingClientRect().bottom).to.be.at.most(shownBottom(piece) + 1);
  });
});
