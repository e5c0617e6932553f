/**
 * The host sets `date` while focus is in the agenda (on a row, a row picked up, or in a row's open
 * details), to a day of another month (or with a `value` that takes the focused row away). The row
 * that had focus (or the details) is gone, so focus goes to the list's Tab stop, the first row on or
 * after the host's date. Before, that row's focus made its day the focus date, after the render: the
 * host's 2 April became 20 April (the first row on or after it), in a second update. The host's
 * `date` is the host's: it stays, in one update and one `vk-range-change`. The user's own moves in
 * the list still move the focus date (agenda-tab-stop.test.ts); so does ↓ here, after the host's
 * date. Focus outside the calendar is left where it is (also by a host that switches to the agenda
 * with a `date`: before, focus was taken into the list).
 *
 * A host `date` in the month already shown moves the Tab stop, and focus on a row, to the row
 * nearest it, as the grid's focus follows to the host's day; before, focus and the Tab stop stayed on
 * the row the user had. A row picked up keeps focus (the move goes on).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { countUpdates, focused, record } from '../helpers/index.js';
import { agendaPart, detailsPart } from '../../src/course-calendar/calendar-parts.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { scheduleWith } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

/** The sample schedule (March) with sessions on Monday 20 and Monday 27 April (none on 2 April). */
const schedule = (): ScheduleDocument =>
  scheduleWith(
    { id: 'apr20', courseId: 'butikk', start: '2026-04-20T09:00', end: '2026-04-20T12:00', kind: 'practice' },
    { id: 'apr27', courseId: 'renhold', start: '2026-04-27T09:00', end: '2026-04-27T12:00', kind: 'theory' },
  );


const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** March's agenda (360 px), a button after the calendar; `row`'s session focused (its day becomes the focus date, the user's move). */
async function agendaWithFocusOn(row: string): Promise<{ el: VkCourseCalendar; after: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: 360px"><vk-course-calendar .value=${schedule()} view="agenda" date="2026-03-11"></vk-course-calendar><button>after</button></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  el.shadowRoot!.querySelector<HTMLElement>(`.agenda [data-session="${row}"]`)!.focus();
  await settleFrames(el);
  return { el, after: wrapper.querySelector('button')! };
}

/** The focused row, checked to be in the list and its Tab stop. */
function focusedRow(el: VkCourseCalendar): string | undefined {
  const now = focused(el) as HTMLElement | null;
  expect(document.activeElement, 'focus in the calendar, never <body>').to.equal(el);
  expect(now?.closest('.agenda'), `focus in the list, not on ${now?.outerHTML.slice(0, 90)}`).to.not.equal(null);
  expect(now?.tabIndex, 'the list\'s Tab stop').to.equal(0);
  return now?.dataset.session;
}

describe('vk-course-calendar: the host sets `date` while focus is in the agenda', () => {
  before(() => Promise.all([agendaPart.load(), detailsPart.load()]));

  it('focus on a row: the host\'s date and month, focus on the first row on or after it, one update; ↓ then moves the date', async () => {
    const { el } = await agendaWithFocusOn('a2');
    expect(el.date, 'the row the user focused').to.equal('2026-03-10');
    const updates = countUpdates(el);
    const ranges = record(el, 'vk-range-change');
    el.date = '2026-04-02';
    await settleFrames(el);
    await frames(3);
    expect(el.date, 'the host\'s date').to.equal('2026-04-02');
    expect(el.range).to.deep.equal({ view: 'agenda', start: '2026-04-01', end: '2026-05-01' });
    expect(focusedRow(el), 'the first row on or after 2 April').to.equal('apr20');
    expect(updates.count, 'one update').to.equal(1);
    expect(ranges.map((r) => r.detail)).to.deep.equal([{ view: 'agenda', start: '2026-04-01', end: '2026-05-01' }]);
    // The user's move in the list is the user's: the focus date follows it.
    await sendKeys({ press: 'ArrowDown' });
    await settleFrames(el);
    expect(focusedRow(el)).to.equal('apr27');
    expect(el.date, 'the row the user moved to').to.equal('2026-04-27');
  });

  it('focus on a row, the host\'s date in the same month: focus on the first row on or after it (else the last before), as the grid\'s goes to the day, one update each', async () => {
    // Before, focus and the Tab stop stayed on the row the user had: the grid's focus follows the host's day.
    const { el } = await agendaWithFocusOn('a1');
    const ranges = record(el, 'vk-range-change');
    for (const [date, row] of [['2026-03-11', 'a3'], ['2026-03-28', 'a4'], ['2026-03-10', 'a2']] as const) {
      const updates = countUpdates(el);
      el.date = date;
      await settleFrames(el);
      await frames(3);
      expect(el.date, 'the host\'s date').to.equal(date);
      expect(focusedRow(el), `the row nearest ${date}`).to.equal(row);
      expect(el.shadowRoot!.querySelectorAll('.agenda [tabindex="0"]'), 'one Tab stop').to.have.length(1);
      expect(updates.count, `${date}: one update`).to.equal(1);
    }
    expect(ranges, 'the same month').to.have.length(0);
  });

  it('a row picked up, the host\'s date in the same month: the pick-up goes on, focus on it, the Tab stop the row nearest that date', async () => {
    const { el } = await agendaWithFocusOn('a2');
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowRight' });
    await settleFrames(el);
    el.date = '2026-03-09';
    await settleFrames(el);
    await frames(3);
    expect(el.date, 'the host\'s date').to.equal('2026-03-09');
    const now = focused(el) as HTMLElement | null;
    expect([now?.dataset.session, now?.dataset.on, now?.hasAttribute('data-grabbed')], 'focus on the picked-up row').to.deep.equal(['a2', '2026-03-11', true]);
    const stops = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.agenda [tabindex="0"]'), (e) => e.dataset.session);
    expect(stops, 'the Tab stop').to.deep.equal(['a1']);
    const events = record(el, 'vk-change');
    await sendKeys({ press: ' ' });
    await settleFrames(el);
    expect(events.map((e) => (e.detail as { operation: { to?: { start: string } } }).operation.to?.start), 'dropped where it was taken').to.deep.equal(['2026-03-11T09:00']);
  });

  it('focus outside the calendar, the host\'s date in the same month: focus stays there, the Tab stop follows', async () => {
    const { el, after } = await agendaWithFocusOn('a1');
    after.focus();
    el.date = '2026-03-11';
    await settleFrames(el);
    await frames(3);
    expect(document.activeElement).to.equal(after);
    const stops = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.agenda [tabindex="0"]'), (e) => e.dataset.session);
    expect(stops).to.deep.equal(['a3']);
  });

  it('back to a month the row focused before is in: the row nearest the host\'s date, not that one', async () => {
    const { el } = await agendaWithFocusOn('a1');
    el.date = '2026-04-02';
    await settleFrames(el);
    el.date = '2026-03-11';
    await settleFrames(el);
    await frames(3);
    expect(el.date, 'the host\'s date').to.equal('2026-03-11');
    expect(focusedRow(el), 'the first row on or after 11 March').to.equal('a3');
  });

  it('a row\'s details open: they close, the host\'s date and month, focus on the first row on or after it, one update', async () => {
    const { el } = await agendaWithFocusOn('a2');
    await sendKeys({ press: 'Enter' });
    let panel: HTMLElement | null = null;
    for (let i = 0; i < 60 && !(panel = el.shadowRoot!.querySelector<HTMLElement>(':popover-open[data-positioned="true"]')); i++) await frames(1);
    expect(panel?.contains(focused(el)), 'focus in the details').to.equal(true);
    const updates = countUpdates(el);
    const ranges = record(el, 'vk-range-change');
    el.date = '2026-04-02';
    await settleFrames(el);
    await frames(3);
    expect(el.date, 'the host\'s date').to.equal('2026-04-02');
    expect(el.range).to.deep.equal({ view: 'agenda', start: '2026-04-01', end: '2026-05-01' });
    expect(el.shadowRoot!.querySelector(':popover-open'), 'closed').to.equal(null);
    expect(focusedRow(el), 'the first row on or after 2 April').to.equal('apr20');
    expect(updates.count, 'one update').to.equal(1);
    expect(ranges).to.have.length(1);
  });

  it('a row picked up (Space, →): the move ends, the host\'s date and month, focus on the first row on or after it', async () => {
    const { el } = await agendaWithFocusOn('a2');
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowRight' });
    await settleFrames(el);
    expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'picked up').to.not.equal(null);
    const ranges = record(el, 'vk-range-change');
    const updates = countUpdates(el);
    el.date = '2026-04-02';
    await settleFrames(el);
    await frames(3);
    expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'put back').to.equal(null);
    expect(el.date, 'the host\'s date').to.equal('2026-04-02');
    expect(focusedRow(el), 'the first row on or after 2 April').to.equal('apr20');
    expect(ranges).to.have.length(1);
    expect(updates.count, 'one update: the pick-up ends in the render that shows April (host-date-pick-up-renders.test.ts)').to.equal(1);
  });

  it('a host `value` without the focused row, with a `date` of the same month: the row nearest that date, the date the host\'s', async () => {
    const { el } = await agendaWithFocusOn('a2');
    const doc = schedule();
    el.value = { ...doc, sessions: doc.sessions.filter((s) => s.id !== 'a2') };
    el.date = '2026-03-02';
    await settleFrames(el);
    await frames(3);
    expect(el.date, 'the host\'s date').to.equal('2026-03-02');
    expect(focusedRow(el), 'the first row on or after 2 March').to.equal('a1');
  });

  it('focus outside the calendar: the host\'s date moves the agenda and leaves focus where it is', async () => {
    const { el, after } = await agendaWithFocusOn('a2');
    after.focus();
    el.date = '2026-04-02';
    await settleFrames(el);
    expect(document.activeElement).to.equal(after);
    expect(el.date).to.equal('2026-04-02');
  });

  it('focus outside the calendar: a host that switches a grid to the agenda with a `date` leaves focus where it is', async () => {
    const { el, after } = await agendaWithFocusOn('a2');
    el.view = 'month';
    await settleFrames(el);
    after.focus();
    el.view = 'agenda';
    el.date = '2026-04-02';
    await settleFrames(el);
    expect(document.activeElement, 'not taken into the calendar').to.equal(after);
    expect(el.date).to.equal('2026-04-02');
  });
});
