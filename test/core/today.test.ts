import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { osloNow, todayIso } from '../../src/core/dates.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { StepsDocument } from '../../src/step-tracker/step-tracker.types.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { fixClock } from '../helpers/clock.js';
import { record, shadow, shadowAll } from '../helpers/index.js';

/** The calendar day in Oslo at an instant, from the browser's tz database (the oracle). */
function osloDay(instant: number): string {
  return new Intl.DateTimeFormat('sv', { timeZone: 'Europe/Oslo' }).format(instant);
}

/** The calendar day on a device in `zone` at an instant. */
function deviceDay(instant: number, zone: string): string {
  return new Intl.DateTimeFormat('sv', { timeZone: zone }).format(instant);
}

/**
 * Devices whose own day differs from Oslo's at that instant: a terminal server left on UTC at 00:30
 * in Oslo (its day is still yesterday), and a participant's phone still on Kabul time late in the
 * evening in Oslo (its day is already tomorrow).
 */
const CASES = [
  { zone: 'UTC', instant: Date.UTC(2026, 2, 11, 23, 30) },
  { zone: 'Asia/Kabul', instant: Date.UTC(2026, 2, 11, 20, 0) },
  { zone: 'America/New_York', instant: Date.UTC(2026, 2, 29, 0, 30) },
];

describe('today is Oslo’s calendar day in every widget, whatever the device’s zone', () => {
  let restore: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  it('the cases are ones where the device’s day is not Oslo’s', () => {
    for (const { zone, instant } of CASES) expect(deviceDay(instant, zone), zone).to.not.equal(osloDay(instant));
  });

  it('osloNow/todayIso: Oslo’s wall clock and day, by the instant alone', () => {
    for (const { instant } of CASES) {
      expect(todayIso(instant)).to.equal(osloDay(instant));
      expect(osloNow(instant).slice(0, 10)).to.equal(osloDay(instant));
    }
  });

  for (const { zone, instant } of CASES) {
    it(`todayIso() on a device in ${zone}`, async () => {
      restore = await fixClock(instant, zone);
      // The emulation is in force: the device's own day is not Oslo's.
      const d = new Date();
      expect(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`).to.equal(deviceDay(instant, zone));
      expect(todayIso()).to.equal(osloDay(instant));
    });

    it(`step tracker: "Forfalt" by Oslo’s day on a device in ${zone}`, async () => {
      restore = await fixClock(instant, zone);
      const today = osloDay(instant);
      const yesterday = new Date(Date.parse(today) - 864e5).toISOString().slice(0, 10);
      const doc: StepsDocument = {
        version: 1,
        steps: [
          { id: 'due-yesterday', title: 'A', status: 'in-progress', due: yesterday },
          { id: 'due-today', title: 'B', status: 'not-started', due: today },
        ],
      };
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${doc} orientation="vertical"></vk-step-tracker>`);
      const overdue = shadowAll(el, '.meta[data-overdue]').map((meta) => meta.closest('li')?.querySelector<HTMLElement>('.step-button')?.dataset.key);
      expect(overdue).to.deep.equal(['due-yesterday']);
    });

    it(`compact step tracker: the "!" and "Forfalt" by Oslo’s day on a device in ${zone}`, async () => {
      restore = await fixClock(instant, zone);
      const today = osloDay(instant);
      const yesterday = new Date(Date.parse(today) - 864e5).toISOString().slice(0, 10);
      const doc: StepsDocument = {
        version: 1,
        steps: [
          { id: 'due-yesterday', title: 'A', status: 'in-progress', due: yesterday },
          { id: 'due-today', title: 'B', status: 'not-started', due: today },
        ],
      };
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker compact .value=${doc}></vk-step-tracker>`);
      const overdue = shadowAll(el, '.step[data-overdue] .step-button').map((button) => button.dataset.key);
      expect(overdue).to.deep.equal(['due-yesterday']);
      expect(shadowAll(el, '.step-button').map((button) => button.getAttribute('aria-label'))).to.deep.equal(['A Pågår Forfalt', 'B Ikke startet']);
      expect(shadow(el, '.summary').textContent).to.contain('1 forfalt');
    });

    it(`task ladder: sign-off and log dates default to Oslo’s day on a device in ${zone}`, async () => {
      restore = await fixClock(instant, zone);
      const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
      const item = shadowAll(el, '.task-button').find((b) => b.dataset.key === 't3')!.closest('li')!;
      item.querySelector<HTMLButtonElement>('.signoff-control')!.click();
      await el.updateComplete;
      expect(shadow<HTMLInputElement>(el, '.signoff-form input[name="date"]').value).to.equal(osloDay(instant));
      shadow<HTMLButtonElement>(el, '.signoff-form button[type="button"]').click();
      await el.updateComplete;
      item.querySelector<HTMLButtonElement>('.log-control')!.click();
      await el.updateComplete;
      expect(shadow<HTMLInputElement>(el, '.log-form input[name="date"]').value).to.equal(osloDay(instant));
    });

    it(`task ladder, participant mode: a log entry is dated Oslo’s day on a device in ${zone}`, async () => {
      restore = await fixClock(instant, zone);
      const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()} mode="participant"></vk-task-ladder>`);
      const seen = record(el, 'vk-change');
      shadowAll(el, '.task-button').find((b) => b.dataset.key === 't1')!.closest('li')!.querySelector<HTMLButtonElement>('.log-control')!.click();
      await el.updateComplete;
      const form = shadow<HTMLFormElement>(el, '.log-form');
      form.querySelector<HTMLInputElement>('input[name="mood"][value="5"]')!.click();
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
      expect(seen.map((e) => (e.detail as { operation: { entry: { date: string } } }).operation.entry.date)).to.deep.equal([osloDay(instant)]);
    });

    it(`course calendar: today's cell is Oslo’s day on a device in ${zone}`, async () => {
      restore = await fixClock(instant, zone);
      const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${{ version: 1, courses: [], sessions: [] }}></vk-course-calendar>`);
      await el.updateComplete;
      expect(shadowAll(el, '.day[data-today]').map((cell) => cell.dataset.date)).to.deep.equal([osloDay(instant)]);
    });
  }
});
