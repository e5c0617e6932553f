/**
 * What the calendar says when a host `value` ends a pick-up, in month, week and agenda alike. It
 * said "Flytting avbrutt. Økten er satt tilbake." in every case: false when the value removed the
 * picked-up session (it is gone) or gave it other times (it is where the host put it). Now each
 * case says what is true, once: "… Økten ble fjernet av noen andre.", "… Økten ble flyttet av noen
 * andre: fredag 13. mars 2026, Planleggingsdag, 10:00–11:00" (where it is now, as the plan board says where a card
 * is), and "… Økten er satt tilbake." when the value left it as it was. Also when the host sets
 * `date` with the value, and for a pointer drag the value ends. Focus: pick-up-host-value-place.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { setLocale } from '../../src/core/localize.js';
import { record, shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { calendarOn11March, settleFrames } from './focus-helpers.js';
import { chip, moved, pickUpA1, said, without } from './pick-up-helpers.js';

const ending = (doc: ScheduleDocument, id: string, end: string): ScheduleDocument => ({ ...doc, sessions: doc.sessions.map((s) => (s.id === id ? { ...s, end } : s)) });
const renamed = (doc: ScheduleDocument, id: string): ScheduleDocument => ({ ...doc, sessions: doc.sessions.map((s) => (s.id === id ? { ...s, title: { nb: 'Nytt navn' } } : s)) });

/** The host sets `value` (and `date`, when given) and the calendar settles: what the live region says then, and whether anything was committed or is still picked up. */
async function hostValue(el: VkCourseCalendar, value: ScheduleDocument, date?: string): Promise<string> {
  const events = record(el, 'vk-change');
  el.value = value;
  if (date) el.date = date;
  await settleFrames(el);
  expect(events, 'nothing committed').to.have.length(0);
  expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'nothing picked up').to.equal(null);
  return said(el);
}

const REMOVED = 'Flytting avbrutt. Økten ble fjernet av noen andre.';
const PUT_BACK = 'Flytting avbrutt. Økten er satt tilbake.';
const movedTo = (place: string): string => `Flytting avbrutt. Økten ble flyttet av noen andre: ${place}`;

describe('vk-course-calendar: what a host value that ends a pick-up says', () => {
  afterEach(() => resetMouse());

  for (const view of ['month', 'week', 'agenda'] as const) {
    for (const far of [false, true]) {
      const shown = far ? 'the preview out of the period' : 'the preview in the period';

      it(`${view}, ${shown}: the value removes the picked-up session: "Økten ble fjernet av noen andre."`, async () => {
        const el = await calendarOn11March(view);
        await pickUpA1(el, far);
        expect(await hostValue(el, without(el.value!, 'a1'))).to.equal(REMOVED);
      });

      it(`${view}, ${shown}: the value moves the picked-up session within the period: where it is now`, async () => {
        const el = await calendarOn11March(view);
        await pickUpA1(el, far);
        expect(await hostValue(el, moved(el.value!, 'a1', '2026-03-13'))).to.equal(movedTo('fredag 13. mars 2026, Planleggingsdag, 10:00–11:00'));
      });

      it(`${view}, ${shown}: the value moves the picked-up session out of the period: where it is now`, async () => {
        const el = await calendarOn11March(view);
        await pickUpA1(el, far);
        expect(await hostValue(el, moved(el.value!, 'a1', '2026-05-04'))).to.equal(movedTo('mandag 4. mai 2026, 10:00–11:00'));
      });

      it(`${view}, ${shown}: the value removes another session: "Økten er satt tilbake."`, async () => {
        const el = await calendarOn11March(view);
        await pickUpA1(el, far);
        expect(await hostValue(el, without(el.value!, 'a4'))).to.equal(PUT_BACK);
      });
    }

    it(`${view}: the value changes only the picked-up session's end: its times now`, async () => {
      const el = await calendarOn11March(view);
      await pickUpA1(el, false);
      expect(await hostValue(el, ending(el.value!, 'a1', '2026-03-09T15:00'))).to.equal(movedTo('mandag 9. mars 2026, 09:00–15:00'));
    });

    it(`${view}: the value renames the picked-up session, its times kept: "Økten er satt tilbake."`, async () => {
      const el = await calendarOn11March(view);
      await pickUpA1(el, false);
      expect(await hostValue(el, renamed(el.value!, 'a1'))).to.equal(PUT_BACK);
    });

    it(`${view}: the host sets \`date\` with a value that removes the picked-up session: "Økten ble fjernet av noen andre."`, async () => {
      const el = await calendarOn11March(view);
      await pickUpA1(el, false);
      expect(await hostValue(el, without(el.value!, 'a1'), '2026-03-20')).to.equal(REMOVED);
      expect(el.date, "the host's date stays").to.equal('2026-03-20');
    });
  }

  it('Escape still says "Økten er satt tilbake."', async () => {
    const el = await calendarOn11March('month');
    await pickUpA1(el, false);
    await sendKeys({ press: 'Escape' });
    await settleFrames(el);
    expect(said(el)).to.equal(PUT_BACK);
  });

  it('in the UI locale (English)', async () => {
    await setLocale('en');
    try {
      const el = await calendarOn11March('month');
      await pickUpA1(el, false);
      expect(await hostValue(el, without(el.value!, 'a1'))).to.equal('Move cancelled. The session was removed by someone else.');
    } finally {
      await setLocale('nb');
    }
  });

  it('a pointer drag the value ends: what is true of the session, as for a pick-up', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: 1000px"><vk-course-calendar .value=${sampleSchedule()} view="month" date="2026-03-11"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await settleFrames(el);
    const start = chip(el, 'a1').getBoundingClientRect();
    const to = shadow(el, '.day[data-date="2026-03-11"]').getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(start.left + start.width / 2), Math.round(start.top + start.height / 2)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(to.left + to.width / 2), Math.round(to.top + to.height / 2)] });
    await settleFrames(el);
    expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'dragging').to.not.equal(null);
    expect(await hostValue(el, moved(el.value!, 'a1', '2026-03-13'))).to.equal(movedTo('fredag 13. mars 2026, Planleggingsdag, 10:00–11:00'));
    await sendMouse({ type: 'up' });
    await settleFrames(el);
    expect(el.value!.sessions.find((s) => s.id === 'a1')?.start, 'the release commits nothing').to.equal('2026-03-13T10:00');
  });
});
