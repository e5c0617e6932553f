/**
 * A holiday or closed-day name too long for its month cell ends in an ellipsis ("Skjært…",
 * "Planleggi…": from 480 px up to 768 px, sooner with larger text; under 480 px the names are listed
 * whole under the grid instead, month-view.ts closedDays). Its full text was only in the
 * cell's accessible name and a `title`, which touch and keyboard never show. The focus date's names
 * are now written out in full under the grid (the day the user picked by tap, click or arrow keys),
 * a line kept in place for every month that has such a day, so picking a day does not move the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { settle } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

async function calendar(width: number, lang: 'nb' | 'ar', date: string): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: ${width}px">
    <vk-course-calendar view="month" date=${date} .value=${{ ...sampleSchedule(), closedDays: [{ date: '2026-04-15', title: { nb: 'Planleggingsdag' } }] }}></vk-course-calendar>
  </div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settle(el);
  return el;
}

/** The text of a visible element outside the day cells, the toolbar and the legend that holds `name` uncut, or null. */
function shownInFull(el: VkCourseCalendar, name: string): string | null {
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('.calendar *')) {
    if (node.children.length > 0 || node.closest('.day, [role="toolbar"], .legend, .vk-popover, .vk-visually-hidden, [hidden]') || !node.checkVisibility()) continue;
    const text = node.textContent!.replace(/[\u2066-\u2069]/g, '').trim();
    if (text.includes(name) && node.scrollWidth <= node.clientWidth + 1) return text;
  }
  return null;
}

const cut = (el: VkCourseCalendar, date: string): boolean => {
  const name = el.shadowRoot!.querySelector<HTMLElement>(`.day[data-date="${date}"] .special`)!;
  return name.scrollWidth > name.clientWidth + 1;
};

describe('vk-course-calendar month: a holiday name cut in its cell is shown in full for the day picked', () => {
  // Under 480 px the narrow form lists every closed day's name whole under the grid (narrow-month-closed-names.test.ts).
  for (const width of [481, 768]) {
    it(`${width} px: keyboard — the arrows reach a day with a cut name, and its names are shown in full`, async () => {
      const el = await calendar(width, 'nb', '2026-04-14');
      expect(cut(el, '2026-04-15'), 'Planleggingsdag is cut in its cell').to.equal(true);
      (el.shadowRoot!.querySelector('.day[tabindex="0"]') as HTMLElement).focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(shownInFull(el, 'Planleggingsdag')).to.equal('onsdag 15. april 2026, Planleggingsdag');
    });
  }

  it('481 px: touch or click — a tap on the day with a cut name shows it in full, and another day\'s replaces it', async () => {
    const el = await calendar(481, 'nb', '2026-04-14');
    expect(cut(el, '2026-04-02'), 'Skjærtorsdag is cut').to.equal(true);
    el.shadowRoot!.querySelector<HTMLElement>('.day[data-date="2026-04-02"]')!.click();
    await settle(el);
    expect(shownInFull(el, 'Skjærtorsdag')).to.equal('torsdag 2. april 2026, Skjærtorsdag');
    el.shadowRoot!.querySelector<HTMLElement>('.day[data-date="2026-04-03"]')!.click();
    await settle(el);
    expect(shownInFull(el, 'Langfredag')).to.equal('fredag 3. april 2026, Langfredag');
    expect(shownInFull(el, 'Skjærtorsdag'), 'the day left is no longer shown').to.equal(null);
  });

  it('ar, 481 px: the Arabic names in full, in the text language', async () => {
    const el = await calendar(481, 'ar', '2026-04-03');
    expect(shownInFull(el, 'الجمعة العظيمة')).to.equal('الجمعة، 3 أبريل 2026، الجمعة العظيمة');
  });

  it('picking a day without a name keeps the line in place (the grid and what follows do not move)', async () => {
    const el = await calendar(481, 'nb', '2026-04-15');
    expect(shownInFull(el, 'Planleggingsdag')).to.equal('onsdag 15. april 2026, Planleggingsdag');
    const height = el.getBoundingClientRect().height;
    el.shadowRoot!.querySelector<HTMLElement>('.day[data-date="2026-04-14"]')!.click();
    await settle(el);
    expect(el.getBoundingClientRect().height).to.equal(height);
  });
});
