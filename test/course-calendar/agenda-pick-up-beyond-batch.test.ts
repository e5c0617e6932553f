/**
 * A keyboard pick-up in the agenda of a month of hundreds of sessions: the list renders its first
 * 200 rows (AGENDA_BATCH) and more on demand. A row moved to where the list had not rendered rows
 * (a week later, near the end of the first 200; back into its month after "Vis flere" had shown the
 * rest and a step into the next month started that month at its first 200; a host switching a grid
 * to the agenda during a pick-up) had no control after the render: the move was cancelled
 * ("Flytting avbrutt"), focus left on the list's Tab stop. Now the render that draws the move
 * draws the rows up to it: the move goes on, focus stays on the row picked up, each step is said,
 * one update per key and no Lit change-in-update warning.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { agendaPart } from '../../src/course-calendar/calendar-parts.js';
import { addDays } from '../../src/course-calendar/calendar-dates.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleOperation } from '../../src/course-calendar/course-calendar.types.js';
import { countUpdates, focused, record } from '../helpers/index.js';
import { busyMarch } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

async function calendar(view: 'agenda' | 'month'): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: ${view === 'agenda' ? 360 : 1000}px"><vk-course-calendar .value=${busyMarch()} view=${view} date="2026-03-12"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  return el;
}

const rows = (el: VkCourseCalendar): HTMLElement[] => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.agenda [data-session]'));
const said = (el: VkCourseCalendar): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').trim();
/** "24. mars 2026": how a step names its day. */
const dayWords = (date: string): string => `${Number(date.slice(8))}. ${date.slice(5, 7) === '03' ? 'mars' : 'april'} ${date.slice(0, 4)}`;

/** Lit's change-in-update warnings while `run` runs (Lit warns once per element name and page: earlier ones forgotten). */
async function litWarnings(run: () => Promise<void>): Promise<string[]> {
  (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings?.clear();
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => (String(args[0]).includes('scheduled an update') ? warnings.push(String(args[0])) : warn(...args));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

/** Presses `key` (or runs a host change): one update, focus on session `id`'s row on `on` (picked up, or dropped), `says` said. */
async function step(el: VkCourseCalendar, key: string | (() => void), id: string, on: string, says: string, grabbed = true): Promise<void> {
  const name = typeof key === 'string' ? key : 'the host';
  const updates = countUpdates(el);
  if (typeof key === 'string') await sendKeys({ press: key });
  else key();
  await settleFrames(el);
  const now = focused(el) as HTMLElement | null;
  expect(document.activeElement, `${name}: focus in the calendar`).to.equal(el);
  expect([now?.dataset.session, now?.dataset.on, now?.hasAttribute('data-grabbed')], `${name}: focus on the row`).to.deep.equal([id, on, grabbed]);
  expect(said(el), `${name}: said`).to.include(says);
  expect(updates.count, `${name}: one update`).to.equal(1);
}

const movedTo = (events: Array<{ detail: unknown }>): Array<string | undefined> => events.map((e) => ((e.detail as { operation: ScheduleOperation }).operation as { to?: { start: string } }).to?.start);

describe('vk-course-calendar: an agenda pick-up moved past the rows rendered', () => {
  before(() => agendaPart.load());

  it('a row near the end of the first 200, ↓ a week and →: the move goes on, focus on it, said; dropped there', async () => {
    const el = await calendar('agenda');
    expect(rows(el), 'the first 200 rows').to.have.length(200);
    const row = rows(el)[197]!;
    const id = row.dataset.session!;
    const on = row.dataset.on!;
    const time = el.value!.sessions.find((s) => s.id === id)!.start.slice(10);
    row.focus();
    await settleFrames(el);
    const events = record(el, 'vk-change');
    const warnings = await litWarnings(async () => {
      await step(el, ' ', id, on, 'Plukket opp');
      await step(el, 'ArrowDown', id, addDays(on, 7), dayWords(addDays(on, 7)));
      await step(el, 'ArrowRight', id, addDays(on, 8), dayWords(addDays(on, 8)));
      await step(el, ' ', id, addDays(on, 8), `Flyttet til`, false);
    });
    expect(warnings, 'no change-in-update warning').to.deep.equal([]);
    expect(movedTo(events), 'one move, where it was dropped').to.deep.equal([`${addDays(on, 8)}${time}`]);
    expect(el.date, 'its day the focus date').to.equal(addDays(on, 8));
  });

  it('after "Vis flere", the last row: → and ↓ into April, ↑ back into March: the move goes on; dropped there', async () => {
    const el = await calendar('agenda');
    el.shadowRoot!.querySelector<HTMLElement>('[data-action="agenda-more"]')!.click();
    await settleFrames(el);
    const all = rows(el);
    expect(all, 'every row').to.have.length(304);
    const row = all[all.length - 1]!;
    const id = row.dataset.session!;
    expect(row.dataset.on).to.equal('2026-03-28');
    const time = el.value!.sessions.find((s) => s.id === id)!.start.slice(10);
    row.focus();
    await settleFrames(el);
    const events = record(el, 'vk-change');
    const warnings = await litWarnings(async () => {
      await step(el, ' ', id, '2026-03-28', 'Plukket opp');
      await step(el, 'ArrowRight', id, '2026-03-29', dayWords('2026-03-29'));
      await step(el, 'ArrowDown', id, '2026-04-05', dayWords('2026-04-05'));
      await step(el, 'ArrowUp', id, '2026-03-29', dayWords('2026-03-29'));
      await step(el, ' ', id, '2026-03-29', 'Flyttet til', false);
    });
    expect(warnings, 'no change-in-update warning').to.deep.equal([]);
    expect(movedTo(events), 'one move, where it was dropped').to.deep.equal([`2026-03-29${time}`]);
  });

  it('picked up in the month grid, the host switches to the agenda: focus on its row past the first 200, the move goes on', async () => {
    const el = await calendar('month');
    const chip = el.shadowRoot!.querySelector<HTMLElement>('.day[data-date="2026-03-27"] [data-session]')!;
    const id = chip.dataset.session!;
    const time = el.value!.sessions.find((s) => s.id === id)!.start.slice(10);
    chip.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowRight' });
    await settleFrames(el);
    const events = record(el, 'vk-change');
    const warnings = await litWarnings(async () => {
      await step(el, () => (el.view = 'agenda'), id, '2026-03-28', dayWords('2026-03-28'));
      expect(rows(el).length, 'past the first 200').to.be.greaterThan(200);
      await step(el, 'ArrowRight', id, '2026-03-29', dayWords('2026-03-29'));
      await step(el, ' ', id, '2026-03-29', 'Flyttet til', false);
    });
    expect(warnings, 'no change-in-update warning').to.deep.equal([]);
    expect(movedTo(events), 'one move, where it was dropped').to.deep.equal([`2026-03-29${time}`]);
  });
});
