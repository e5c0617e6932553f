/**
 * A host that sets `date` while the user's focus is on a day of the grid (a case system moving the
 * calendar to a participant's next session, a "go to date" field of its own): the grid re-renders
 * its cells in place, so focus stayed on the cell that had it, which now showed another day (in a
 * Wednesday's place, 15 April instead of the host's 20 April), with tabindex -1 and not selected.
 * Arrows went on from that day, and Tab out and back in landed somewhere else. Focus now moves to
 * the day the host chose (the grid's one Tab stop), in month and week view, LTR and RTL.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { focused } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

async function calendar(view: 'month' | 'week', dir: 'ltr' | 'rtl'): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${dir === 'rtl' ? 'ar' : 'nb'} dir=${dir} style="inline-size: 1100px"><vk-course-calendar .value=${sampleSchedule()} view=${view} date="2026-03-11"></vk-course-calendar></div>`,
  );
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  return el;
}

const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

function focusedDay(el: VkCourseCalendar): HTMLElement {
  const day = focused(el) as HTMLElement | null;
  expect(document.activeElement, 'focus in the calendar').to.equal(el);
  expect(day?.classList.contains('day'), `focus on a day, not ${day?.localName}.${day?.className}`).to.equal(true);
  return day!;
}

describe('vk-course-calendar: the host sets `date` while a day has focus', () => {
  for (const view of ['month', 'week'] as const) {
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`${view}, ${dir}: focus moves to the host's date, the grid's Tab stop, and the arrows go on from there`, async () => {
        const el = await calendar(view, dir);
        el.shadowRoot!.querySelector<HTMLElement>('.day[data-date="2026-03-11"]')!.focus();
        el.date = '2026-04-20';
        await el.updateComplete;
        await frames(2);
        const day = focusedDay(el);
        expect(day.dataset.date, 'the day the host chose').to.equal('2026-04-20');
        expect(day.tabIndex, 'the Tab stop').to.equal(0);
        expect(day.getAttribute('aria-selected')).to.equal('true');
        // In the same period too (no new cells): 11 March → 12 March.
        el.date = '2026-04-21';
        await el.updateComplete;
        await frames(2);
        expect(focusedDay(el).dataset.date).to.equal('2026-04-21');
        await sendKeys({ press: dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight' });
        await el.updateComplete;
        expect(focusedDay(el).dataset.date, 'the next day after the host date').to.equal('2026-04-22');
        expect(el.date).to.equal('2026-04-22');
      });
    }
  }

  it('focus on a toolbar button stays there when the host sets `date`', async () => {
    const el = await calendar('month', 'rtl');
    const next = el.shadowRoot!.querySelector<HTMLElement>('[role="toolbar"] button')!;
    next.focus();
    el.date = '2026-04-20';
    await el.updateComplete;
    await frames(2);
    expect(focused(el)).to.equal(next);
  });
});
