import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { Session } from '../../src/course-calendar/course-calendar.types.js';
import { createInnherredSchedule } from '../../src/presets/schedule.js';
import { shadow, shadowAll } from '../helpers/index.js';
import { splitWords } from '../a11y/layout-checks.js';

// A month chip must show enough of its course name to tell courses apart without their colour
// (WCAG 1.4.1). On one line beside the pictogram and start time, the preset's names showed 0–3
// letters in a 640–900 px calendar ("09:00 Sa…", "09:00 M…"): the newcomer's "unreadable in
// ordinary column widths".

async function month(lang: 'nb' | 'ar', width: number, extra: Session[] = []): Promise<VkCourseCalendar> {
  await setLocale(lang);
  const doc = createInnherredSchedule();
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
    <vk-course-calendar .value=${{ ...doc, sessions: [...doc.sessions, ...extra] }} view="month" date="2026-03-12"></vk-course-calendar>
  </div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return el;
}

const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;

/**
 * How many characters of its name a chip's course element shows: those wholly inside its box, in
 * reading order, less the room the ellipsis takes when the name is cut (at its own end: the
 * element keeps the name's own direction).
 */
function visibleCharacters(course: HTMLElement): number {
  const text = course.firstChild as Text | null;
  if (!text) return 0;
  const box = course.getBoundingClientRect();
  const style = getComputedStyle(course);
  canvas.font = style.font;
  const ellipsis = course.scrollWidth > course.clientWidth ? canvas.measureText('…').width : 0;
  const [from, to] = style.direction === 'rtl' ? [box.left + ellipsis, box.right] : [box.left, box.right - ellipsis];
  const range = document.createRange();
  let shown = 0;
  for (; shown < text.length; shown++) {
    range.setStart(text, shown);
    range.setEnd(text, shown + 1);
    const r = range.getBoundingClientRect();
    if (r.left < from - 0.5 || r.right > to + 0.5) break;
  }
  return shown;
}

/** Chips showing fewer than `least` characters of their name (or than the whole of a shorter one), as "date: shown text…". */
function cutShort(el: VkCourseCalendar, least: number): string[] {
  return shadowAll(el, '.month .session').flatMap((chip) => {
    const course = chip.querySelector<HTMLElement>('.course') as HTMLElement;
    const name = course.textContent ?? '';
    const shown = visibleCharacters(course);
    return shown < Math.min(least, name.length) ? [`${chip.dataset.on}: "${name.slice(0, shown)}…" of "${name}"`] : [];
  });
}

/** Chips whose start time is not wholly inside the chip. */
function cutTimes(el: VkCourseCalendar): string[] {
  return shadowAll(el, '.month .session').flatMap((chip) => {
    const c = chip.getBoundingClientRect();
    const t = (chip.querySelector('.time') as HTMLElement).getBoundingClientRect();
    return t.left < c.left - 0.5 || t.right > c.right + 0.5 || t.width < 1 ? [`${chip.dataset.on} ${chip.querySelector('.time')?.textContent}`] : [];
  });
}

describe('course calendar: month chips show enough of the course name to tell courses apart', () => {
  after(async () => {
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  // The least a chip shows of a longer name, by the calendar's width (the preset's names are
  // 13–30 characters): the tier without pictogram (480–639 px), then from 640 px, then from 750 px.
  const least = (width: number): number => (width < 640 ? 4 : width < 750 ? 7 : 10);
  for (const lang of ['nb', 'ar'] as const) {
    for (const width of [480, 560, 640, 750, 900, 1024, 1280]) {
      it(`${width} px (${lang}): every chip shows at least ${least(width)} characters of its course name, its start time whole, no word split`, async () => {
        await setViewport({ width: Math.max(800, width + 40), height: 800 });
        const el = await month(lang, width);
        expect(shadowAll(el, '.month .session').length, 'the preset draws its March chips').to.be.above(50);
        expect(cutShort(el, least(width))).to.deep.equal([]);
        expect(cutTimes(el)).to.deep.equal([]);
        expect(splitWords(el).filter((w) => w.where.includes('session'))).to.deep.equal([]);
      });
    }
  }

  // Two-line chips are taller: a busy day's row grows with them, so "+N flere" still counts what
  // is not drawn, and nothing drawn is cut off by the day below.
  for (const lang of ['nb', 'ar'] as const) {
    it(`a busy day at 750 px (${lang}): two chips and "+4 flere" drawn wholly inside the day`, async () => {
      await setViewport({ width: 800, height: 800 });
      const busy: Session[] = Array.from({ length: 3 }, (_, i) => ({ id: `busy${i}`, courseId: 'renhold', start: `2026-03-12T1${i + 5}:00`, end: `2026-03-12T1${i + 6}:00`, kind: 'theory' }));
      const el = await month(lang, 750, busy);
      const day = shadow(el, '.day[data-date="2026-03-12"]');
      const chips = Array.from(day.querySelectorAll<HTMLElement>('.session'));
      const more = day.querySelector<HTMLElement>('[data-more]') as HTMLElement;
      expect(chips.length).to.equal(2);
      expect(more.textContent?.trim()).to.match(/4/);
      const cell = day.getBoundingClientRect();
      for (const part of [...chips, more]) {
        const r = part.getBoundingClientRect();
        expect(r.top, 'inside its day').to.be.at.least(cell.top - 0.5);
        expect(r.bottom, 'inside its day').to.be.at.most(cell.bottom + 0.5);
      }
    });
  }
});
