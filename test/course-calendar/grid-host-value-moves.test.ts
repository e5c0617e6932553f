/**
 * A host `value` that moves the session with focus (its chip focused, or picked up) in month and
 * week views, and in the agenda out of the month shown. Before, in the grids focus fell from the
 * chip to the grid's Tab stop (the focus date's cell), away from the session; a pick-up the value
 * ended set the date back to the day it was picked up from while focus went to the chip where the
 * value had it (the Tab stop a day the session was not on). In the agenda a session moved out of
 * the month sent focus to the list's Tab stop, whose focus made its day the focus date in a second
 * render. Now focus follows the session while the value has it in the period shown (in month view,
 * the month), and its day becomes the focus date; out of that period, focus stays in it, as when
 * the session is removed: on the day it was on (picked up: the day it was picked up from), or in
 * the agenda on the session beside it. One render each, no change-in-update warning. (The two
 * grid tests "picked up, moved out of the period" and the night piece passed before too: they
 * keep that behaviour.)
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { countUpdates, focused, record, shadow } from '../helpers/index.js';
import { calendarOn11March, settleFrames } from './focus-helpers.js';

/** The host's value with session `id` on `day` from `from` to `to` o'clock. */
const moved = (doc: ScheduleDocument, id: string, day: string, from = '10:00', to = '11:00'): ScheduleDocument => ({ ...doc, sessions: doc.sessions.map((s) => (s.id === id ? { ...s, start: `${day}T${from}`, end: `${day}T${to}` } : s)) });

const said = (el: VkCourseCalendar): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').trim();

/** Sets the host's `value`, and counts the updates, `vk-range-change` events and Lit's change-in-update warnings until the calendar has settled (Lit warns once per element name and page: earlier ones forgotten). */
async function hostValue(el: VkCourseCalendar, value: ScheduleDocument): Promise<{ updates: number; ranges: number; warnings: string[] }> {
  (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings?.clear();
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => (String(args[0]).includes('scheduled an update') ? warnings.push(String(args[0])) : warn(...args));
  const updates = countUpdates(el);
  const ranges = record(el, 'vk-range-change');
  try {
    el.value = value;
    await settleFrames(el);
  } finally {
    console.warn = warn;
  }
  return { updates: updates.count, ranges: ranges.length, warnings };
}

/** The control with focus in the calendar (never <body>). */
function focusedControl(el: VkCourseCalendar): HTMLElement {
  expect(document.activeElement, 'focus in the calendar, never <body>').to.equal(el);
  return focused(el) as HTMLElement;
}

function expectSession(el: VkCourseCalendar, id: string, on: string): void {
  const now = focusedControl(el);
  expect([now.dataset.session, now.dataset.on], 'focus on the session where the value has it').to.deep.equal([id, on]);
  expect(el.date, 'its day the focus date').to.equal(on);
  if (el.view !== 'agenda') expect(shadow(el, `.day[data-date="${on}"]`).tabIndex, 'its day the grid\'s Tab stop').to.equal(0);
}

function expectDay(el: VkCourseCalendar, date: string): void {
  const now = focusedControl(el);
  expect(now.classList.contains('day') && now.dataset.date, 'the day it was on').to.equal(date);
  expect(el.date, 'that day the focus date').to.equal(date);
  expect(now.tabIndex, 'the grid\'s Tab stop').to.equal(0);
}

const chip = (el: VkCourseCalendar, id: string): HTMLElement => shadow(el, `[role="grid"] [data-session="${id}"], .agenda [data-session="${id}"]`);

async function pickUpAndStep(el: VkCourseCalendar, id: string): Promise<void> {
  chip(el, id).focus();
  await sendKeys({ press: ' ' });
  await settleFrames(el);
  await sendKeys({ press: 'ArrowRight' }); // a day later: the date goes with the preview
  await settleFrames(el);
  expect(said(el), 'a step said').to.match(/\d+\. mars 2026/);
}

describe('vk-course-calendar: a host value that moves the session with focus', () => {
  for (const [view, to] of [
    ['month', '2026-03-20'],
    ['week', '2026-03-13'],
  ] as const) {
    it(`${view}: to another day shown: focus follows its chip there, which becomes the focus date; one update`, async () => {
      const el = await calendarOn11March(view);
      chip(el, 'a3').focus();
      const { updates, ranges, warnings } = await hostValue(el, moved(el.value!, 'a3', to, '13:00', '14:00'));
      expectSession(el, 'a3', to);
      expect(warnings, 'no change-in-update warning').to.deep.equal([]);
      expect([updates, ranges], 'one update, the same period').to.deep.equal([1, 0]);
    });

    it(`${view}: out of the period shown: focus on the day it was on, in the same period; one update`, async () => {
      const el = await calendarOn11March(view);
      chip(el, 'a2').focus(); // 10 March, the focus date the 11th (the Tab stop)
      const { updates, ranges, warnings } = await hostValue(el, moved(el.value!, 'a2', '2026-04-20'));
      expectDay(el, '2026-03-10');
      expect(warnings, 'no change-in-update warning').to.deep.equal([]);
      expect([updates, ranges], 'one update, the same period').to.deep.equal([1, 0]);
    });

    it(`${view}: picked up: the pick-up ends (nothing committed), focus on it where the value has it, its day the focus date; one update`, async () => {
      const el = await calendarOn11March(view);
      await pickUpAndStep(el, 'a2');
      const events = record(el, 'vk-change');
      const { updates, warnings } = await hostValue(el, moved(el.value!, 'a2', to));
      expect(said(el), 'the pick-up ended').to.include('Flytting avbrutt');
      expect(events, 'nothing committed').to.have.length(0);
      expectSession(el, 'a2', to);
      expect(chip(el, 'a2').hasAttribute('data-grabbed'), 'not picked up').to.equal(false);
      expect(warnings, 'no change-in-update warning').to.deep.equal([]);
      expect(updates, 'one update').to.equal(1);
    });

    it(`${view}: picked up, moved out of the period: focus on the day it was picked up from`, async () => {
      const el = await calendarOn11March(view);
      await pickUpAndStep(el, 'a2');
      const { updates } = await hostValue(el, moved(el.value!, 'a2', '2026-05-04'));
      expect(said(el), 'the pick-up ended').to.include('Flytting avbrutt');
      expectDay(el, '2026-03-10');
      expect(updates, 'one update').to.equal(1);
    });
  }

  for (const [view, date] of [
    ['month', '2026-04-15'],
    ['week', '2026-04-15'],
    ['agenda', '2026-04-15'],
    ['month', '2026-03-25'],
    ['week', '2026-03-12'],
    ['agenda', '2026-03-25'],
  ] as const) {
    it(`${view}: picked up, the host sets \`date\` (${date}) with the value: the pick-up ends, the host's date stays; one update`, async () => {
      const el = await calendarOn11March(view);
      await pickUpAndStep(el, 'a2');
      const events = record(el, 'vk-change');
      const updates = countUpdates(el);
      el.date = date;
      el.value = { ...el.value!, sessions: el.value!.sessions.map((s) => (s.id === 'a4' ? { ...s, place: 'Rom 9' } : s)) }; // another session's edit
      await settleFrames(el);
      expect(said(el), 'the pick-up ended').to.include('Flytting avbrutt');
      expect(events, 'nothing committed').to.have.length(0);
      // Before, the pick-up's end (run early for the value) set the date back to the day it was picked up from (in
      // the agenda and the same month, focus put back on its row did, in a second render).
      expect(el.date, "the host's date").to.equal(date);
      expect(document.activeElement, 'focus in the calendar, never <body>').to.equal(el);
      expect(updates.count, 'one update').to.equal(1);
    });
  }

  it('month: to a day of the next month drawn in the grid: as out of the month (the month stays, focus on the day it was on)', async () => {
    const el = await calendarOn11March('month');
    chip(el, 'a2').focus();
    expect(el.shadowRoot!.querySelector('.day[data-date="2026-04-02"]'), 'drawn in the March grid').to.not.equal(null);
    await hostValue(el, moved(el.value!, 'a2', '2026-04-02'));
    expectDay(el, '2026-03-10');
  });

  it('month: a session focused in a day\'s list ("+N flere") that the value moves to another day: focus stays in that list; one update', async () => {
    const el = await calendarOn11March('month');
    const many = Array.from({ length: 7 }, (_, i) => ({ id: `m${i}`, courseId: 'renhold', start: `2026-03-20T0${i + 1}:00`, end: `2026-03-20T0${i + 2}:00`, kind: 'theory' as const }));
    el.value = { ...el.value!, sessions: [...el.value!.sessions, ...many] };
    await settleFrames(el);
    shadow(el, '.day[data-date="2026-03-20"] [data-more]').focus();
    await sendKeys({ press: 'Enter' });
    await settleFrames(el);
    const first = focusedControl(el);
    expect(first.closest('.day-list'), 'in the day\'s list').to.not.equal(null);
    const { updates, warnings } = await hostValue(el, moved(el.value!, first.dataset.session!, '2026-03-17'));
    // Before, focus went to its chip on the 17th, out of the list, which closed in a second render.
    expect(focusedControl(el).closest('.day-list'), 'focus still in the day\'s list').to.not.equal(null);
    expect(el.date, 'the focus date kept').to.equal('2026-03-11');
    expect(warnings, 'no change-in-update warning').to.deep.equal([]);
    expect(updates, 'one update').to.equal(1);
  });

  it('week: a night session focused on its piece after midnight, moved so it still covers that day: focus stays on that piece', async () => {
    const el = await calendarOn11March('week');
    const night = { id: 'n1', courseId: 'renhold', start: '2026-03-09T22:00', end: '2026-03-10T06:00', kind: 'practice' as const };
    el.value = { ...el.value!, sessions: [...el.value!.sessions, night] };
    await settleFrames(el);
    shadow(el, '[role="grid"] [data-session="n1"][data-on="2026-03-10"]').focus();
    const { updates } = await hostValue(el, { ...el.value!, sessions: el.value!.sessions.map((s) => (s.id === 'n1' ? { ...s, start: '2026-03-09T23:00', end: '2026-03-10T07:00' } : s)) });
    const now = focusedControl(el);
    expect([now.dataset.session, now.dataset.on], 'the piece after midnight, not its first').to.deep.equal(['n1', '2026-03-10']);
    expect(updates, 'one update').to.equal(1);
  });

  it('agenda: out of the month: focus on the session beside it, in the same month; one update', async () => {
    const el = await calendarOn11March('agenda');
    chip(el, 'a2').focus();
    await settleFrames(el);
    expect(el.date).to.equal('2026-03-10');
    const { updates, ranges, warnings } = await hostValue(el, moved(el.value!, 'a2', '2026-04-20'));
    expectSession(el, 'a3', '2026-03-11');
    expect(shadow(el, '.agenda [tabindex="0"]'), 'the list\'s Tab stop').to.equal(focused(el));
    expect(warnings, 'no change-in-update warning').to.deep.equal([]);
    expect([updates, ranges], 'one update, the same month').to.deep.equal([1, 0]);
  });

  it('agenda: picked up, moved out of the month: the pick-up ends, focus beside it in the month it was picked up in; one update', async () => {
    const el = await calendarOn11March('agenda');
    await pickUpAndStep(el, 'a4'); // 12 → 13 March
    const { updates } = await hostValue(el, moved(el.value!, 'a4', '2026-02-02'));
    expect(said(el), 'the pick-up ended').to.include('Flytting avbrutt');
    expectSession(el, 'a3', '2026-03-11');
    expect(updates, 'one update').to.equal(1);
  });
});
