/**
 * The host sets `date` to another period (month, or week in week view) while a session is picked
 * up by keyboard. The period shown has no place for it, so the pick-up ends as Escape does
 * ("Flytting avbrutt", nothing committed) and the host's `date` stays (docs/course-calendar.md,
 * "while picked up"). Before, it ended after the render that showed the new period (in
 * `updated()`, the moves' `afterRender`): a second render, Lit's change-in-update warning. Now it
 * ends in that render: one update, no warning; focus, what is said and the date as before.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { agendaPart, weekPart } from '../../src/course-calendar/calendar-parts.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { announced, countUpdates, focused, record } from '../helpers/index.js';
import { scheduleWith } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

/** The sample schedule (March) with a session on Monday 20 April. */
const schedule = () => scheduleWith({ id: 'apr20', courseId: 'butikk', start: '2026-04-20T09:00', end: '2026-04-20T12:00', kind: 'practice' });

/** Where focus is for each view after the host's date: the agenda's Tab stop row, the grid's Tab stop day. */
const expected: Record<string, { date: string; focus: string }> = {
  agenda: { date: '2026-04-02', focus: 'apr20' },
  month: { date: '2026-05-04', focus: '2026-05-04' },
  week: { date: '2026-03-23', focus: '2026-03-23' },
};

describe('vk-course-calendar: the host\'s `date` ends a pick-up in the render that shows its period', () => {
  before(() => Promise.all([agendaPart.load(), weekPart.load()]));

  for (const view of ['agenda', 'month', 'week'] as const) {
    it(`${view}: Space, →, the host's date in another ${view === 'week' ? 'week' : 'month'}: put back, said, the host's date, focus in the calendar; one update, no warning`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: ${view === 'agenda' ? 360 : 1000}px"><vk-course-calendar .value=${schedule()} view=${view} date="2026-03-11"></vk-course-calendar></div>`);
      const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
      await settleFrames(el);
      el.shadowRoot!.querySelector<HTMLElement>('[data-session="a2"]')!.focus();
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'ArrowRight' });
      await settleFrames(el);
      expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'picked up').to.not.equal(null);
      const events = record(el, 'vk-change');
      const updates = countUpdates(el);
      (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings?.clear();
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => (String(args[0]).includes('scheduled an update') ? warnings.push(String(args[0])) : warn(...args));
      try {
        el.date = expected[view]!.date;
        await settleFrames(el);
      } finally {
        console.warn = warn;
      }
      expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'put back').to.equal(null);
      expect(el.date, 'the host\'s date').to.equal(expected[view]!.date);
      expect(announced(el), 'said').to.include('Flytting avbrutt');
      const now = focused(el) as HTMLElement | null;
      expect(document.activeElement, 'focus in the calendar').to.equal(el);
      expect(now?.dataset.session ?? now?.dataset.date, 'focus on the Tab stop').to.equal(expected[view]!.focus);
      expect(now?.tabIndex, 'the Tab stop').to.equal(0);
      expect(updates.count, 'one update').to.equal(1);
      expect(warnings, 'no change-in-update warning').to.deep.equal([]);
      await sendKeys({ press: ' ' });
      await settleFrames(el);
      expect(events.filter((e) => (e.detail as { operation: { type: string } }).operation.type === 'session.move'), 'nothing moved').to.have.length(0);
    });
  }
});
