/**
 * On a touch screen the calendar's toolbar and legend buttons are at least 44 × 44 CSS px (WCAG 2.5.5, the size the
 * board's and the ladder's participant controls have). QA, 8 Dec 2026 (a participant on a phone, every language): Previous,
 * Today, Next, the views and the actions were 36 × 36 px at the default text size, the 2.25rem every button has, which a
 * mouse needs and a finger misses. With a mouse they stay 36 px: an adviser's toolbar keeps its room.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

async function calendarAt(width: number, lang = 'nb', touch = false): Promise<VkCourseCalendar> {
  await setViewport({ width, height: 740 });
  // After the viewport: setting it turns touch off (puppeteer's viewport has a hasTouch of its own).
  if (touch) await executeServerCommand('vk-touch-emulation', { enabled: true });
  const page = await fixture<HTMLElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}><vk-course-calendar .value=${sampleSchedule()} date="2026-03-11"></vk-course-calendar></div>`);
  const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  await settleFrames(el);
  return el;
}

/** The toolbar's and legend's buttons under 44 × 44 px, by their text or name. */
function small(el: VkCourseCalendar): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tools button, .legend button')]
    .filter((b) => b.checkVisibility())
    .filter((b) => {
      const r = b.getBoundingClientRect();
      return r.width < 43.5 || r.height < 43.5;
    })
    .map((b) => `${(b.getAttribute('aria-label') ?? b.textContent ?? '').trim().slice(0, 30)} ${Math.round(b.getBoundingClientRect().width)}×${Math.round(b.getBoundingClientRect().height)}`);
}

describe('vk-course-calendar: touch targets on a touch screen', () => {
  afterEach(async () => {
    await executeServerCommand('vk-touch-emulation', { enabled: false });
    await setViewport({ width: 800, height: 600 });
  });

  for (const [width, lang] of [[360, 'nb'], [360, 'ar'], [768, 'nb'], [1280, 'uk']] as const) {
    it(`${width} px, ${lang}: every toolbar and legend button is at least 44 × 44 px`, async () => {
      const el = await calendarAt(width, lang, true);
      expect(matchMedia('(pointer: coarse)').matches, 'a touch screen').to.equal(true);
      expect(el.shadowRoot!.querySelectorAll('.tools button').length, 'toolbar buttons').to.be.greaterThan(4);
      expect(small(el)).to.deep.equal([]);
    });
  }

  it('with a mouse, the toolbar keeps the 2.25rem buttons (36 px at 16 px text)', async () => {
    const el = await calendarAt(360);
    expect(matchMedia('(pointer: coarse)').matches).to.equal(false);
    const today = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tools button')].find((b) => b.checkVisibility())!;
    expect(Math.round(today.getBoundingClientRect().height)).to.equal(36);
  });
});
