/**
 * A grid shows days of the neighbouring months (March's month grid: 23 February to 5 April; the
 * week of 30 March: into April). With focus on a session on such a day, the host (or a narrowing
 * width) switches to the agenda: the agenda shows that session's month, with focus on it and its
 * day the focus date, as for a session of the grid's own month (view-switch-renders.test.ts), in one
 * update. Before, the agenda showed the focus date's month, without the session, and focus fell to
 * the list's Tab stop. A host that sets `date` with the view keeps that date (below).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { countUpdates, focused } from '../helpers/index.js';
import { agendaPart } from '../../src/course-calendar/calendar-parts.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { scheduleWith } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

/** The sample schedule with a session on Tuesday 24 February and one on Thursday 2 April. */
const schedule = (): ScheduleDocument =>
  scheduleWith(
    { id: 'feb', courseId: 'renhold', start: '2026-02-24T09:00', end: '2026-02-24T12:00', kind: 'theory' },
    { id: 'apr', courseId: 'butikk', start: '2026-04-02T09:00', end: '2026-04-02T12:00', kind: 'practice' },
  );


async function calendar(view: 'month' | 'week', date: string): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: 1000px"><vk-course-calendar .value=${schedule()} view=${view} date=${date}></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  return el;
}

/** Focuses session `id`'s chip in the grid; the focus date stays `date`. */
async function focusChip(el: VkCourseCalendar, id: string, date: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement>(`[role="grid"] [data-session="${id}"]`)!.focus();
  await settleFrames(el);
  expect(el.date, 'a chip focused in a grid leaves the focus date').to.equal(date);
}

describe('vk-course-calendar: a grid switched to the agenda under focus on a session of a neighbouring month', () => {
  before(() => agendaPart.load()); // the agenda's own chunk arriving is a render of its own; not the switch's

  for (const [from, date, id, day, month] of [
    ['month', '2026-03-11', 'apr', '2026-04-02', { start: '2026-04-01', end: '2026-05-01' }],
    ['month', '2026-03-11', 'feb', '2026-02-24', { start: '2026-02-01', end: '2026-03-01' }],
    ['week', '2026-03-31', 'apr', '2026-04-02', { start: '2026-04-01', end: '2026-05-01' }],
  ] as const) {
    it(`${from} of ${date}, session on ${day} → agenda: that month, focus on the session, one update`, async () => {
      const el = await calendar(from, date);
      await focusChip(el, id, date);
      const updates = countUpdates(el);
      el.view = 'agenda';
      await settleFrames(el);
      expect(el.range).to.deep.equal({ view: 'agenda', ...month });
      const now = focused(el) as HTMLElement | null;
      expect(now?.closest('.agenda'), 'focus in the list').to.not.equal(null);
      expect(now?.dataset.session, `focus on ${now?.outerHTML.slice(0, 90)}`).to.equal(id);
      expect(now?.tabIndex, 'the list\'s Tab stop').to.equal(0);
      expect(el.date, 'the focused row\'s day').to.equal(day);
      expect(updates.count, 'one update for the switch').to.equal(1);
    });
  }

  // The host's `date` wins (as a host's `date` wins after a removal): the focused session does not
  // move it, neither when it is set in willUpdate nor by the focus the render moves to a row
  // (agenda-view.ts sets a focused row's day). Before, 20 March became 9 March (the session's day,
  // willUpdate) or 12 March (the list's Tab stop, focused after the render: a second update).
  for (const [id, day, row] of [
    ['a1', '2026-03-09', 'a1'], // drawn in the host's month: focus stays on it
    ['apr', '2026-04-02', 'a4'], // not in it: the list's Tab stop (the last row, all before 20 March)
  ] as const) {
    it(`the host sets \`date\` with the view under focus on ${day}: its date and month, focus on ${row}, one update`, async () => {
      const el = await calendar('month', '2026-03-11');
      await focusChip(el, id, '2026-03-11');
      const updates = countUpdates(el);
      el.view = 'agenda';
      el.date = '2026-03-20';
      await settleFrames(el);
      expect(el.date, 'the host\'s date').to.equal('2026-03-20');
      expect(el.range).to.deep.equal({ view: 'agenda', start: '2026-03-01', end: '2026-04-01' });
      const now = focused(el) as HTMLElement | null;
      expect(now?.closest('.agenda'), `focus in the list, not on ${now?.outerHTML.slice(0, 90) ?? document.activeElement?.localName}`).to.not.equal(null);
      expect(now?.dataset.session).to.equal(row);
      expect(now?.tabIndex, 'the list\'s Tab stop').to.equal(0);
      expect(updates.count, 'one update for the switch').to.equal(1);
    });
  }
});
