/**
 * Details the host takes out of view (a new date or view whose period does not have their session
 * or day) close in the update that takes them away. They used to close in `updated()`, after that
 * render: clearing the open state there scheduled a second render, which Lit's dev mode reports as
 * "change-in-update" ("scheduled an update … after an update completed"). The tests read the
 * warning (the test runner resolves Lit's `development` build, web-test-runner.config.mjs) and,
 * through a controller's `hostUpdated` (run once per update, before `updated()`), whether the
 * details were still open as each update rendered, and how many updates there were.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { agendaPart } from '../../src/course-calendar/calendar-parts.js';
import type { Session } from '../../src/course-calendar/course-calendar.types.js';
import { focused } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

/** Six sessions on Wednesday 18 March 2026 (the month cell shows "+4 flere"), and one from Sunday 15 March 22:00 to Monday 02:00. */
const extra: Session[] = [
  ...Array.from({ length: 6 }, (_, i): Session => ({ id: `m${i}`, courseId: 'renhold', start: `2026-03-18T0${i + 1}:00`, end: `2026-03-18T0${i + 2}:00`, kind: 'theory' })),
  { id: 'night', courseId: 'butikk', start: '2026-03-15T22:00', end: '2026-03-16T02:00', kind: 'practice' },
];

const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

async function calendar(): Promise<VkCourseCalendar> {
  const doc = sampleSchedule();
  const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${{ ...doc, sessions: [...doc.sessions, ...extra] }} view="month" date="2026-03-12"></vk-course-calendar>`);
  await el.updateComplete;
  return el;
}

/** Opens the details of `selector` (a session or "+N") with Enter; returns the open, placed panel. */
async function openDetails(el: VkCourseCalendar, selector: string): Promise<HTMLElement> {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  let panel: HTMLElement | null = null;
  for (let i = 0; i < 60 && !(panel = el.shadowRoot!.querySelector<HTMLElement>(':popover-open[data-positioned="true"]')); i++) await frames(1);
  expect(panel?.contains(focused(el)), 'the details opened with focus inside').to.equal(true);
  return panel!;
}

/**
 * Runs `change` and settles; returns, for each update the calendar made meanwhile, whether the
 * details panel was open as it rendered, and what Lit warned.
 */
async function during(el: VkCourseCalendar, change: () => void): Promise<{ openAt: boolean[]; warnings: string[] }> {
  const openAt: boolean[] = [];
  const panel = el.shadowRoot!.querySelector<HTMLElement>('.vk-popover')!;
  el.addController({ hostUpdated: () => void openAt.push(panel.matches(':popover-open')) });
  // Lit prints each warning once per page: forget those printed before (dev mode's record of them).
  (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings?.clear();
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    change();
    await el.updateComplete;
    await frames(3);
    await el.updateComplete;
  } finally {
    console.warn = warn;
  }
  return { openAt, warnings };
}

function expectFocusInside(el: VkCourseCalendar): void {
  const inner = focused(el) as HTMLElement | null;
  expect(document.activeElement === el && !!inner?.checkVisibility(), `focus in the calendar, not on ${document.activeElement?.localName}`).to.equal(true);
}

describe('vk-course-calendar: details the host takes out of view close within that update', () => {
  it('a session’s details, the host moves the date to another month: closed in that one update, no Lit change-in-update warning, focus in the calendar', async () => {
    const el = await calendar();
    const panel = await openDetails(el, '[data-session="a1"]');
    const { openAt, warnings } = await during(el, () => (el.date = '2026-05-04'));
    expect(warnings.filter((w) => w.includes('change-in-update')), 'Lit warnings').to.deep.equal([]);
    expect(openAt, 'details open as each update after the host set the date rendered').to.deep.equal([false]);
    expect(panel.matches(':popover-open'), 'closed').to.equal(false);
    expectFocusInside(el);
  });

  it('a day’s "+N flere" list, the host switches to the agenda (which has no days to open): closed in that update, no Lit change-in-update warning, focus in the calendar', async () => {
    await agendaPart.load(); // loaded, so its arrival adds no update of its own
    const el = await calendar();
    const panel = await openDetails(el, '[data-more="2026-03-18"]');
    const { openAt, warnings } = await during(el, () => (el.view = 'agenda'));
    expect(warnings.filter((w) => w.includes('change-in-update')), 'Lit warnings').to.deep.equal([]);
    // (Focus then landing on the agenda's first row makes it the list's roving item: one more update, after this one completed.)
    expect(openAt[0], 'details open as the update that set the view rendered').to.equal(false);
    expect(panel.matches(':popover-open'), 'closed').to.equal(false);
    expectFocusInside(el);
  });

  // Found by a QA review: a session ending at 00:00 on the new week's first day covers no day of it
  // (nothing is drawn there), but its end, "2026-03-16T00:00", compared greater than the range's start
  // "2026-03-16" as a string: the details stayed open for that render and closed in a second one.
  it('a session ending at 00:00 as the week the host moves to begins: closed in that update, no warning, focus in the grid', async () => {
    const doc = sampleSchedule();
    const late: Session = { id: 'late', courseId: 'butikk', start: '2026-03-15T22:00', end: '2026-03-16T00:00', kind: 'practice' };
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${{ ...doc, sessions: [...doc.sessions, late] }} view="week" date="2026-03-12"></vk-course-calendar>`);
    const panel = await openDetails(el, '[role="grid"] [data-session="late"]');
    const { openAt, warnings } = await during(el, () => (el.date = '2026-03-16'));
    expect(warnings.filter((w) => w.includes('change-in-update')), 'Lit warnings').to.deep.equal([]);
    expect(openAt, 'details open as each update after the host set the date rendered').to.deep.equal([false]);
    expect(panel.matches(':popover-open'), 'closed').to.equal(false);
    expect((focused(el) as HTMLElement | null)?.closest('[role="grid"]'), 'focus in the grid').to.not.equal(null);
  });

  it('a session crossing midnight into the week the host switches to still follows it there', async () => {
    const el = await calendar();
    const panel = await openDetails(el, '[data-session="night"]');
    el.view = 'week';
    el.date = '2026-03-16';
    await el.updateComplete;
    await frames(3);
    expect(el.shadowRoot!.querySelector(':popover-open'), 'still open').to.equal(panel);
    expect(panel.contains(focused(el)), 'focus still in the details').to.equal(true);
  });
});
