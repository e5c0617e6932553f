/**
 * A week chip sharing a narrow lane (under 6 rem: two overlapping sessions side by side) hid its
 * end time in an absolutely positioned 1 px box, and Chromium puts a space around such a box in
 * the name: "18:00 –15. mars 00:00 …", "09:00 –10:30 …", where the same chip alone in its day
 * reads "18:00–15. mars 00:00 …". The end now stays text in the time's line (its glyphs take no
 * room), so the chip is named the same in a narrow lane and a wide one.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { weekPart } from '../../src/course-calendar/calendar-parts.js';
import type { ScheduleDocument, Session } from '../../src/course-calendar/course-calendar.types.js';
import { shadowAll } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { sessionButtonNames } from './focus-helpers.js';

/** The week of 9–15 March, 1000 px wide: a night session on Saturday and a morning one on Tuesday, each beside another session (`lanes`) or alone. */
async function week(lang: 'nb' | 'ar', lanes: boolean): Promise<VkCourseCalendar> {
  const sessions: Session[] = [
    { id: 'morning', courseId: 'renhold', start: '2026-03-10T09:00', end: '2026-03-10T10:30', kind: 'language' },
    { id: 'night', courseId: 'renhold', start: '2026-03-14T18:00', end: '2026-03-15T00:00', kind: 'theory' },
  ];
  if (lanes) {
    sessions.push(
      { id: 'beside-morning', courseId: 'butikk', start: '2026-03-10T10:00', end: '2026-03-10T11:00', kind: 'exam' },
      { id: 'beside-night', courseId: 'butikk', start: '2026-03-14T17:00', end: '2026-03-14T19:00', kind: 'practice' },
    );
  }
  const doc: ScheduleDocument = { ...sampleSchedule(), sessions };
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: 1000px"><vk-course-calendar id="cal" .value=${doc} view="week" date="2026-03-12"></vk-course-calendar></div>`,
  );
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await weekPart.load();
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

/**
 * The chip of `id` is drawn in a narrow lane: its kind pictogram is not drawn (or, in a week that
 * draws course pictures, week-lane-pictures.test.ts, not there), nor its end time inside its text box.
 */
function inNarrowLane(el: VkCourseCalendar, id: string): boolean {
  const chip = shadowAll(el, `.slot [data-session="${id}"]`)[0];
  const end = chip.querySelector('.time-end')!.getBoundingClientRect();
  const text = chip.querySelector('.session-text')!.getBoundingClientRect();
  const kind = chip.querySelector(':scope > .vk-pictogram');
  const endShown = end.width > 1 && end.right > text.left + 1 && end.left < text.right - 1;
  return chip.closest('.slot')?.getAttribute('data-lanes') === '2' && (kind === null || getComputedStyle(kind).display === 'none') && !endShown;
}

describe('vk-course-calendar: the name of a week chip in a narrow lane', () => {
  it('nb: "18:00–15. mars 00:00 …" and "09:00–10:30 …", no space before the dash', async () => {
    const el = await week('nb', true);
    expect(inNarrowLane(el, 'night') && inNarrowLane(el, 'morning'), 'both chips share a narrow lane').to.equal(true);
    expect(await sessionButtonNames()).to.deep.equal([
      '09:00–10:30 Renhold og smittevern Norsk',
      '10:00–11:00 Salg og service Prøve',
      '17:00–19:00 Salg og service Praksis',
      '18:00–15. mars 00:00 Renhold og smittevern Teori',
    ]);
  });

  for (const lang of ['nb', 'ar'] as const) {
    it(`${lang}: a chip in a narrow lane is named as the same chip alone in its day`, async () => {
      await week(lang, false);
      const [morning, night] = await sessionButtonNames();
      expect(night).to.match(lang === 'nb' ? /^18:00–15\. mars 00:00 / : /^18:00–15 مارس 00:00 /);
      fixtureCleanup();
      const el = await week(lang, true);
      expect(inNarrowLane(el, 'night')).to.equal(true);
      const names = await sessionButtonNames();
      expect([names[0], names[3]]).to.deep.equal([morning, night]);
    });
  }
});
