/**
 * A month chip says which course it is at a glance (low-vision QA, qav finding 1): at 200 % zoom (a
 * 683×450 CSS px window, where the demo's calendar is 609 px wide) its course name was cut to "Salg og
 * s…", "Matprod…", ti "መሸጣን ኣገል…", and its pictogram was dropped; at 1,366 px "Salg og service i d…".
 * The name now wraps between its words (a long word drawn a little smaller, never split), and the
 * pictogram stays where pictogram and start time fit a line.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { createInnherredSchedule } from '../../src/presets/schedule.js';
import { shadowAll } from '../helpers/index.js';
import { splitWords } from '../a11y/layout-checks.js';

type Lang = 'nb' | 'ar' | 'ti';

async function month(lang: Lang, width: number): Promise<VkCourseCalendar> {
  await setLocale(lang);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
    <vk-course-calendar .value=${createInnherredSchedule()} view="month" date="2026-03-12"></vk-course-calendar>
  </div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  await document.fonts.ready;
  return el;
}

const chips = (el: VkCourseCalendar): HTMLElement[] => shadowAll(el, '.month .session');

/** Chips whose course name is not wholly drawn (ellipsis, clamped lines, clipped), as "date: name". */
function cutNames(el: VkCourseCalendar): string[] {
  return chips(el).flatMap((chip) => {
    const course = chip.querySelector<HTMLElement>('.course')!;
    const c = chip.getBoundingClientRect();
    const r = course.getBoundingClientRect();
    const cut = course.scrollWidth > course.clientWidth + 0.5 || course.scrollHeight > course.clientHeight + 1 || r.left < c.left - 0.5 || r.right > c.right + 0.5 || r.bottom > c.bottom + 0.5;
    return cut ? [`${chip.dataset.on}: ${course.textContent}`] : [];
  });
}

/** Chips whose kind pictogram is not drawn. */
const withoutPictogram = (el: VkCourseCalendar): string[] =>
  chips(el).flatMap((chip) => {
    const picture = chip.querySelector<HTMLElement>('.vk-pictogram');
    return picture && picture.getBoundingClientRect().width > 0 ? [] : [`${chip.dataset.on}: ${chip.querySelector('.course')?.textContent}`];
  });

/** Chips whose start time is not on one line wholly inside the chip. */
const cutTimes = (el: VkCourseCalendar): string[] =>
  chips(el).flatMap((chip) => {
    const c = chip.getBoundingClientRect();
    const time = chip.querySelector<HTMLElement>('.time')!;
    const t = time.getBoundingClientRect();
    return t.left < c.left - 0.5 || t.right > c.right + 0.5 || time.getClientRects().length !== 1 ? [`${chip.dataset.on} ${time.textContent}`] : [];
  });

const LONG = 'Næringsmiddelhygieneopplæring og renhold i dagligvarehandel for nybegynnere og viderekomne';

describe('course calendar: month chips show their whole course name (qav 1)', () => {
  after(async () => {
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  // 609: the demo's calendar in a 683 px window (200 % zoom of 1,366); 694: a 768 px window;
  // 1,292: a 1,366 px window (one-line chips).
  for (const lang of ['nb', 'ar', 'ti'] as const) {
    for (const width of [609, 694, 1292]) {
      it(`${width} px (${lang}): every chip's course name is whole, no word split, its start time and pictogram drawn`, async () => {
        await setViewport({ width: width + 60, height: 800 });
        const el = await month(lang, width);
        expect(chips(el).length, 'the preset draws its March chips').to.be.above(50);
        // A long word is fitted when the page is next idle (legend-fit.ts): cut for a frame or two.
        await waitUntil(() => cutNames(el).length === 0, `names cut: ${cutNames(el).slice(0, 3).join(' | ')}`, { timeout: 3000 });
        expect(splitWords(el).filter((w) => w.where.includes('session'))).to.deep.equal([]);
        expect(cutTimes(el)).to.deep.equal([]);
        expect(withoutPictogram(el)).to.deep.equal([]);
      });
    }
  }

  // A host's name of any length: at most four lines, then an ellipsis; a word too wide even at the
  // fit's floor ends in one too; no word is split, nothing drawn outside the chip.
  it('a very long name (609 px, nb): four lines at most, no word split, inside its chip', async () => {
    await setViewport({ width: 669, height: 800 });
    await setLocale('nb');
    const value = { version: 1, courses: [{ id: 'l', title: { nb: LONG }, color: '#36c' }], sessions: [{ id: 's', courseId: 'l', start: '2026-03-12T09:00', end: '2026-03-12T10:00', kind: 'theory' }] } as const;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 609px"><vk-course-calendar .value=${value} view="month" date="2026-03-12"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await el.updateComplete;
    await document.fonts.ready;
    const course = el.shadowRoot!.querySelector<HTMLElement>('[data-session="s"] .course')!;
    await waitUntil(() => course.style.fontSize !== '', 'the long word is fitted', { timeout: 3000 });
    const lineHeight = parseFloat(getComputedStyle(course).lineHeight);
    const padding = parseFloat(getComputedStyle(course).paddingTop) + parseFloat(getComputedStyle(course).paddingBottom);
    expect((course.clientHeight - padding) / lineHeight, 'lines shown').to.be.at.most(4.05);
    expect(splitWords(el).filter((w) => w.where.includes('session'))).to.deep.equal([]);
    const chip = course.closest('.session')!.getBoundingClientRect();
    const box = course.getBoundingClientRect();
    expect(box.bottom, 'inside its chip').to.be.at.most(chip.bottom + 0.5);
    expect(box.right, 'inside its chip').to.be.at.most(chip.right + 0.5);
  });
});
