/**
 * A newcomer's QA round (54): the week piece after midnight of Friday 23:00 → Saturday 01:00 read
 * "fortsatt fra fre. 27." at 1,280 px, its "mars" on a third line the one-hour chip cannot show,
 * and a narrow lane (a week at 360 px) cut it to "fortsatt fra l…". A week slot shows the day as
 * the column headers do ("fortsatt fra fre. 27.3."), whole; a narrow lane wraps it between words.
 * The chip's accessible name keeps "fre. 27. mars".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { weekPart } from '../../src/course-calendar/calendar-parts.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { shadowAll } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { sessionButtonNames } from './focus-helpers.js';

async function week(width: number, lang = 'nb', dir = 'ltr'): Promise<VkCourseCalendar> {
  const doc: ScheduleDocument = { ...sampleSchedule(), sessions: [{ id: 'e', courseId: 'renhold', start: '2026-03-27T23:00', end: '2026-03-28T01:00', kind: 'exam' }] };
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir} style="inline-size: ${width}px"><vk-course-calendar id="cal" .value=${doc} view="week" date="2026-03-28"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await weekPart.load();
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

const saturday = (el: VkCourseCalendar): HTMLElement => shadowAll(el, '[role="grid"] [data-session="e"]').find((p) => p.dataset.on === '2026-03-28')!;

/** The bottom of the lines the chip's text box shows (its clip keeps whole lines only). */
function shownBottom(piece: HTMLElement): number {
  const text = piece.querySelector('.session-text')!;
  const box = text.getBoundingClientRect();
  const line = parseFloat(getComputedStyle(text).lineHeight);
  return box.top + Math.floor(box.height / line + 0.001) * line;
}

/** The "fortsatt fra" text drawn (not the hidden one the name reads). */
const shown = (piece: HTMLElement): HTMLElement => piece.querySelector<HTMLElement>('.continued-from > [aria-hidden="true"]') ?? piece.querySelector<HTMLElement>('.continued-from')!;

describe('vk-course-calendar: "fortsatt fra" on a week piece shows its day whole', () => {
  for (const [lang, dir] of [['nb', 'ltr'], ['ar', 'rtl']] as const) {
    it(`${lang} at 1,280 px: a one-hour piece never shows part of its day (nb: all of it)`, async () => {
      const el = await week(1280, lang, dir);
      const piece = saturday(el);
      const day = [...shown(piece).querySelectorAll('bdi')].at(-1) ?? shown(piece);
      const rects = [...day.getClientRects()];
      expect(rects.length, 'the day drawn').to.be.greaterThan(0);
      const within = rects.map((r) => r.bottom <= shownBottom(piece) + 1);
      // Whole or not at all (a line the chip cannot show), never "fre. 27." without its month.
      expect(new Set(within).size, `"${day.textContent}" shown whole or not at all`).to.equal(1);
      if (lang === 'nb') expect(within[0], `"${day.textContent}" within the lines shown`).to.equal(true);
    });
  }

  it('nb: the visible day is the column headers\' "fre. 27.3.", the name keeps "fre. 27. mars"', async () => {
    const el = await week(1280);
    const piece = saturday(el);
    expect(shown(piece).textContent?.replace(/\s+/g, ' ').trim()).to.equal('fortsatt fra fre. 27.3.');
    const names = await sessionButtonNames();
    expect(names.find((n) => n.includes('fortsatt fra'))).to.include('fortsatt fra fre. 27. mars');
  });

  it('nb at 360 px (a narrow lane): "fortsatt fra fre. 27.3." is not cut, its words wrap', async () => {
    const el = await week(360);
    const piece = saturday(el);
    expect(piece.closest('.slot')!.getBoundingClientRect().width, 'a narrow lane').to.be.below(96);
    const from = piece.querySelector<HTMLElement>('.continued-from')!;
    expect(from.scrollWidth, 'no line wider than the lane (cut with "…")').to.be.at.most(from.clientWidth + 1);
    for (const r of from.getClientRects()) expect(r.bottom).to.be.at.most(shownBottom(piece) + 1);
  });

  it('nb at 1,280 px, three lanes: the last piece\'s end day is not cut to "–27. …", its words wrap', async () => {
    const doc: ScheduleDocument = {
      ...sampleSchedule(),
      sessions: [
        { id: 'm', courseId: 'butikk', start: '2026-03-25T08:00', end: '2026-03-27T16:00', kind: 'theory' },
        { id: 'x', courseId: 'renhold', start: '2026-03-27T01:00', end: '2026-03-27T05:00', kind: 'practice' },
        { id: 'y', courseId: 'butikk', start: '2026-03-27T02:00', end: '2026-03-27T06:00', kind: 'language' },
      ],
    };
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 1280px"><vk-course-calendar .value=${doc} view="week" date="2026-03-27"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await weekPart.load();
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const piece = shadowAll(el, '[role="grid"] [data-session="m"]').find((p) => p.dataset.on === '2026-03-27')!;
    expect(piece.closest('.slot')!.getBoundingClientRect().width, 'a narrow lane').to.be.below(96);
    expect(piece.querySelector('.time-end')!.textContent?.replace(/\s+/g, ' ')).to.equal('–27. mars 16:00');
    const time = piece.querySelector<HTMLElement>('.time')!;
    expect(time.scrollWidth, 'no line of the time wider than the lane').to.be.at.most(time.clientWidth + 1);
  });
});
