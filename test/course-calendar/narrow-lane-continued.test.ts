/**
 * The piece of a night session drawn after midnight, in a narrow week lane (under 6 rem: a week at
 * 740 px, a 768 px tablet less the page's margins, in any language). Narrow lanes hide the end time, so Thursday's piece
 * of Wednesday 22:00 → Thursday 06:00, drawn from 00:00, read "22:00" at the top of Thursday's
 * night (the day after "fortsatt fra" cut off by its ellipsis): a sighted reader saw a session
 * starting Thursday 22:00. The last piece of a session longer than a day read "08:00" at the top
 * of a piece drawn from 00:00 to 16:00, what multi-day-labels.test.ts fixed for wide lanes. A piece
 * that continues from an earlier day now keeps its end drawn ("22:00–06:00"), in narrow lanes too.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { weekPart } from '../../src/course-calendar/calendar-parts.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { shadowAll } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

async function week(lang: string, dir: string, width: number): Promise<VkCourseCalendar> {
  const doc: ScheduleDocument = {
    ...sampleSchedule(),
    sessions: [
      { id: 'night', courseId: 'renhold', start: '2026-03-11T22:00', end: '2026-03-12T06:00', kind: 'practice' },
      { id: 'long', courseId: 'butikk', start: '2026-03-13T08:00', end: '2026-03-15T16:00', kind: 'theory' },
    ],
  };
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir} style="inline-size: ${width}px"><vk-course-calendar .value=${doc} view="week" date="2026-03-12"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await weekPart.load();
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

/** Whether `part` is drawn inside the chip's text box (not clipped away, not a 1 px visually hidden box). */
function drawn(part: Element, piece: HTMLElement): boolean {
  const box = part.getBoundingClientRect();
  const text = piece.querySelector('.session-text')!.getBoundingClientRect();
  return box.width > 4 && box.top >= text.top - 1 && box.bottom <= text.bottom + 1;
}

describe('vk-course-calendar: the end of a piece after midnight in a narrow week lane', () => {
  for (const [lang, dir, width] of [['nb', 'ltr', 740], ['ar', 'rtl', 740], ['nb', 'ltr', 360]] as const) {
    it(`${lang} at ${width} px: the piece after midnight shows its end, not only the start time`, async () => {
      const el = await week(lang, dir, width);
      const thursday = shadowAll(el, '[role="grid"] [data-session="night"]').find((p) => p.dataset.on === '2026-03-12')!;
      expect(thursday.hasAttribute('data-continued')).to.equal(true);
      const pictogram = thursday.querySelector('.vk-pictogram');
      expect(pictogram && getComputedStyle(pictogram).display, 'a narrow lane (under 6 rem: no pictogram)').to.equal('none');
      const end = thursday.querySelector('.time-end')!;
      expect(end.textContent?.replace(/\s+/g, ''), 'the end, without a date').to.equal('–06:00');
      expect(drawn(end, thursday), `"–06:00" drawn on the piece from 00:00`).to.equal(true);
      const sunday = shadowAll(el, '[role="grid"] [data-session="long"]').find((p) => p.dataset.on === '2026-03-15')!;
      const longEnd = sunday.querySelector('.time-end')!;
      expect(longEnd.textContent, 'the end with its date').to.match(/06:00|16:00/);
      expect(drawn(longEnd, sunday), 'the last piece of a session longer than a day shows its end').to.equal(true);
    });
  }

  it('a piece that does not continue from an earlier day keeps the narrow lane\'s start time alone', async () => {
    const el = await week('nb', 'ltr', 740);
    const wednesday = shadowAll(el, '[role="grid"] [data-session="night"]').find((p) => p.dataset.on === '2026-03-11')!;
    expect(drawn(wednesday.querySelector('.time-end')!, wednesday), 'end hidden, as before').to.equal(false);
  });
});
