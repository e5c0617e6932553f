/**
 * A host `value` that moves the session with focus in the agenda (its row focused, picked up, or
 * its details open) past the rows the list has drawn (the first 200, AGENDA_BATCH), in the month
 * shown. Before, the render drew the first 200 rows without it: focus fell to the list's Tab stop,
 * whose focus made its day the focus date in a second render; open details got all rows in a
 * second render, set in `updated()` (Lit's change-in-update warning). Now the render that takes
 * the value draws the rows up to that session, as a pick-up's steps do (agendaRowsThrough): one
 * update, no warning, focus and details on its row.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { agendaPart } from '../../src/course-calendar/calendar-parts.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument, Session } from '../../src/course-calendar/course-calendar.types.js';
import { countUpdates, focused, record } from '../helpers/index.js';
import { busyMarch } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

/** The host's value with session `id` on `day`, 10:00–11:00. */
const moved = (doc: ScheduleDocument, id: string, day: string): ScheduleDocument => ({ ...doc, sessions: doc.sessions.map((s) => (s.id === id ? { ...s, start: `${day}T10:00`, end: `${day}T11:00` } : s)) });

async function agenda(): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: 360px"><vk-course-calendar .value=${busyMarch()} view="agenda" date="2026-03-12"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  return el;
}

const rows = (el: VkCourseCalendar): HTMLElement[] => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.agenda [data-session]'));
const row = (el: VkCourseCalendar, id: string): HTMLElement | undefined => rows(el).find((r) => r.dataset.session === id);
const said = (el: VkCourseCalendar): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').trim();
const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** Sets the host's `value`, and counts the updates and Lit's change-in-update warnings until the calendar has settled (Lit warns once per element name and page: earlier ones forgotten). */
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

/** Focus on the row of session `id` on `on`, in the calendar, and that row the list's Tab stop. */
function expectFocusOn(el: VkCourseCalendar, id: string, on: string): void {
  const now = focused(el) as HTMLElement | null;
  expect(document.activeElement, 'focus in the calendar').to.equal(el);
  expect([now?.dataset.session, now?.dataset.on], 'focus on its row').to.deep.equal([id, on]);
  expect(el.shadowRoot!.querySelector<HTMLElement>('.agenda [tabindex="0"]'), 'the Tab stop').to.equal(now);
}

describe('vk-course-calendar: a host value that moves the agenda session with focus past the rows drawn', () => {
  before(() => agendaPart.load());

  it('its row focused: the rows up to it drawn in that render, focus on it, its day the focus date; one update', async () => {
    const el = await agenda();
    expect(rows(el), 'the first 200 rows').to.have.length(200);
    row(el, 'a2')!.focus();
    await settleFrames(el);
    const { updates, warnings } = await hostValue(el, moved(el.value!, 'a2', '2026-03-28'));
    expect(rows(el).length, 'past the first 200').to.be.greaterThan(200);
    expectFocusOn(el, 'a2', '2026-03-28');
    expect(el.date, 'its day the focus date, as focus on a row makes it').to.equal('2026-03-28');
    expect(warnings, 'no change-in-update warning').to.deep.equal([]);
    expect(updates, 'one update').to.equal(1);
  });

  it('its row focused, moved within the rows drawn: focus follows it too, in one update', async () => {
    const el = await agenda();
    row(el, 'a2')!.focus();
    await settleFrames(el);
    const { updates } = await hostValue(el, moved(el.value!, 'a2', '2026-03-11'));
    expectFocusOn(el, 'a2', '2026-03-11');
    expect(updates, 'one update').to.equal(1);
  });

  it('its row focused, rows added before it: it stays drawn and focused', async () => {
    const el = await agenda();
    row(el, 'a2')!.focus();
    await settleFrames(el);
    const early = Array.from({ length: 120 }, (_, i): Session => ({ id: `e${i}`, courseId: 'butikk', start: '2026-03-02T20:00', end: '2026-03-02T21:00', kind: 'theory' }));
    const { updates } = await hostValue(el, { ...el.value!, sessions: [...el.value!.sessions, ...early] });
    expectFocusOn(el, 'a2', '2026-03-10');
    expect(updates, 'one update').to.equal(1);
  });

  it('picked up: the pick-up ends (said, nothing committed), focus on its row where the value has it; one update', async () => {
    const el = await agenda();
    row(el, 'a2')!.focus();
    await sendKeys({ press: ' ' });
    await settleFrames(el);
    expect(said(el)).to.include('Plukket opp');
    const events = record(el, 'vk-change');
    const { updates, warnings } = await hostValue(el, moved(el.value!, 'a2', '2026-03-28'));
    expect(said(el), 'the pick-up ended').to.include('Flytting avbrutt');
    expect(events, 'nothing committed').to.have.length(0);
    expectFocusOn(el, 'a2', '2026-03-28');
    expect(row(el, 'a2')!.hasAttribute('data-grabbed'), 'not picked up').to.equal(false);
    expect(warnings, 'no change-in-update warning').to.deep.equal([]);
    expect(updates, 'one update').to.equal(1);
  });

  it('its details open: they follow it to its row, drawn in that render, focus inside; one update', async () => {
    const el = await agenda();
    row(el, 'a2')!.focus();
    await sendKeys({ press: 'Enter' });
    let panel: HTMLElement | null = null;
    for (let i = 0; i < 60 && !(panel = el.shadowRoot!.querySelector<HTMLElement>(':popover-open[data-positioned="true"]')); i++) await frames(1);
    expect(panel, 'the details opened').to.not.equal(null);
    const { updates, warnings } = await hostValue(el, moved(el.value!, 'a2', '2026-03-28'));
    expect(warnings, 'no change-in-update warning').to.deep.equal([]);
    expect(updates, 'one update').to.equal(1);
    expect(el.shadowRoot!.querySelector(':popover-open'), 'still open').to.equal(panel);
    expect(panel!.contains(focused(el)), 'focus still in the details').to.equal(true);
    const control = row(el, 'a2');
    expect(control?.dataset.on, 'its row is drawn').to.equal('2026-03-28');
    let box = panel!.getBoundingClientRect();
    for (let i = 0; i < 20 && Math.abs(box.left - control!.getBoundingClientRect().left) > 1; i++) await frames(1), (box = panel!.getBoundingClientRect());
    expect(box.left, 'placed at its row').to.be.closeTo(control!.getBoundingClientRect().left, 1);
  });
});
