/**
 * A host `value` during a keyboard pick-up, in month, week and agenda alike: the pick-up ends (put
 * back, "Flytting avbrutt", nothing committed) and the period it was picked up in comes back, and
 * where focus lands is decided from where the session was picked up, not from where the moving keys
 * had shown it. A value that removes the picked-up session, or moves it out of that period: the
 * grids focus the day it was picked up from; the agenda focused the session beside the row the
 * preview had last (or, with the preview in another month, no row of the month: focus fell to
 * <body>), and now focuses the session beside the row it was picked up from, as it does without a
 * pick-up. A value that removes another session, or moves the picked-up one within that period:
 * focus on the picked-up session where the value has it. One update each, no change-in-update
 * warning; in a month of more rows than the list draws first, the session beside it is drawn in
 * that update too.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { agendaPart } from '../../src/course-calendar/calendar-parts.js';
import { countUpdates, focused, record, shadow } from '../helpers/index.js';
import { busyMarch } from './fixtures.js';
import { calendarOn11March, settleFrames } from './focus-helpers.js';
import { moved, pickUpA1, said, without } from './pick-up-helpers.js';


/** Sets the host's value and waits; the update count, and Lit's change-in-update warnings (Lit warns once per element name and page: earlier ones forgotten). */
async function hostValue(el: VkCourseCalendar, value: ScheduleDocument): Promise<{ updates: number; warnings: string[] }> {
  (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings?.clear();
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => (String(args[0]).includes('scheduled an update') ? warnings.push(String(args[0])) : warn(...args));
  const updates = countUpdates(el);
  try {
    el.value = value;
    await settleFrames(el);
  } finally {
    console.warn = warn;
  }
  return { updates: updates.count, warnings };
}

/** Focus in the calendar (never <body>) on `id`'s piece on `on` (`id` a session) or on the cell of day `on` (`id` null); that day the focus date and the Tab stop. */
function expectFocus(el: VkCourseCalendar, id: string | null, on: string): void {
  expect(document.activeElement, 'focus in the calendar, never <body>').to.equal(el);
  const now = focused(el) as HTMLElement;
  if (id) expect([now.dataset.session, now.dataset.on], 'focus on the session').to.deep.equal([id, on]);
  else expect(now.classList.contains('day') && now.dataset.date, 'focus on the day it was picked up from').to.equal(on);
  expect(el.date, 'its day the focus date').to.equal(on);
  if (el.view === 'agenda') expect(shadow(el, '.agenda [tabindex="0"]'), "the list's Tab stop").to.equal(now);
  else expect(shadow(el, `.day[data-date="${on}"]`).tabIndex, "its day the grid's Tab stop").to.equal(0);
}

describe('vk-course-calendar: a host value during a pick-up: focus from where the session was picked up', () => {
  for (const view of ['month', 'week', 'agenda'] as const) {
    for (const far of [false, true]) {
      const shown = far ? 'the preview out of the period' : 'the preview in the period';
      const expectEnded = async (el: VkCourseCalendar, events: unknown[], result: { updates: number; warnings: string[] }): Promise<void> => {
        expect(said(el), 'the pick-up ended').to.include('Flytting avbrutt');
        expect(events, 'nothing committed').to.have.length(0);
        expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'nothing picked up').to.equal(null);
        expect(result.warnings, 'no change-in-update warning').to.deep.equal([]);
        expect(result.updates, 'one update').to.equal(1);
      };

      it(`${view}, ${shown}: the value removes the picked-up session: focus beside where it was picked up`, async () => {
        const el = await calendarOn11March(view);
        await pickUpA1(el, far);
        const events = record(el, 'vk-change');
        const result = await hostValue(el, without(el.value!, 'a1'));
        await expectEnded(el, events, result);
        // The grids: the day it was picked up from. The agenda: the session after its row there (a2), not the one after the preview's row (a4).
        if (view === 'agenda') expectFocus(el, 'a2', '2026-03-10');
        else expectFocus(el, null, '2026-03-09');
      });

      it(`${view}, ${shown}: the value moves the picked-up session out of the period: focus beside where it was picked up`, async () => {
        const el = await calendarOn11March(view);
        await pickUpA1(el, far);
        const events = record(el, 'vk-change');
        const result = await hostValue(el, moved(el.value!, 'a1', '2026-05-04'));
        await expectEnded(el, events, result);
        if (view === 'agenda') expectFocus(el, 'a2', '2026-03-10');
        else expectFocus(el, null, '2026-03-09');
      });

      it(`${view}, ${shown}: the value moves the picked-up session within the period: focus on it there`, async () => {
        const el = await calendarOn11March(view);
        await pickUpA1(el, far);
        const events = record(el, 'vk-change');
        const result = await hostValue(el, moved(el.value!, 'a1', '2026-03-13'));
        await expectEnded(el, events, result);
        expectFocus(el, 'a1', '2026-03-13');
      });

      it(`${view}, ${shown}: the value removes another session: the pick-up ends too, focus on the session where it was picked up`, async () => {
        const el = await calendarOn11March(view);
        await pickUpA1(el, far);
        const events = record(el, 'vk-change');
        const result = await hostValue(el, without(el.value!, 'a4'));
        await expectEnded(el, events, result);
        expectFocus(el, 'a1', '2026-03-09');
        expect(el.shadowRoot!.querySelector('[data-session="a4"]'), 'a4 gone').to.equal(null);
      });
    }
  }

  it('agenda of a busy month: the session after the row picked up is past the rows drawn: focus on it, drawn in the same update', async () => {
    await agendaPart.load();
    const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: 360px"><vk-course-calendar .value=${busyMarch()} view="agenda" date="2026-03-12"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await settleFrames(el);
    const drawn = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.agenda [data-session]'));
    expect(drawn, 'the first 200 rows').to.have.length(200);
    // Every session of busyMarch lies within one day: the list's order is by start, then the longer first, then by id.
    const order = [...el.value!.sessions].sort((a, b) => (a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.end !== b.end ? (a.end > b.end ? -1 : 1) : a.id < b.id ? -1 : 1));
    const last = drawn[199]!;
    expect(last.dataset.session, 'the last row drawn').to.equal(order[199]!.id);
    const next = order[200]!;
    last.focus();
    await sendKeys({ press: ' ' });
    await settleFrames(el);
    await sendKeys({ press: 'ArrowUp' }); // a week earlier: the preview's row among the first rows
    await settleFrames(el);
    const result = await hostValue(el, without(el.value!, last.dataset.session!));
    expect(said(el), 'the pick-up ended').to.include('Flytting avbrutt');
    expect(result.warnings, 'no change-in-update warning').to.deep.equal([]);
    expect(result.updates, 'one update').to.equal(1);
    expectFocus(el, next.id, next.start.slice(0, 10));
  });
});
