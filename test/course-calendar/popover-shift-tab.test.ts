/**
 * Shift+Tab out of the details popover (a non-modal dialog, WAI-ARIA APG): from the panel's first
 * control focus goes back to the session or day the details belong to, and they close, as they
 * do whenever focus leaves them. The step tracker, task ladder and plan board do this through DOM
 * order (their panel follows their roving Tab stop, the item that opened it); the calendar's
 * panel follows the grid, whose Tab stop is the focus date's day, so Shift+Tab went there instead.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { Session } from '../../src/course-calendar/course-calendar.types.js';
import { focused } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

/** Six sessions on Wednesday 18 March 2026: the month cell shows two and "+4 flere". */
const busyDay: Session[] = Array.from({ length: 6 }, (_, i) => ({ id: `m${i}`, courseId: 'renhold', start: `2026-03-18T0${i + 1}:00`, end: `2026-03-18T0${i + 2}:00`, kind: 'theory' }));

const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** A calendar between two buttons; the focus date (the grid's Tab stop) is 12 March, not the day of the session opened. */
async function page(view: 'month' | 'week' | 'agenda', readonly = false): Promise<{ el: VkCourseCalendar; after: HTMLElement }> {
  const doc = sampleSchedule();
  const root = await fixture<HTMLElement>(html`<div style="inline-size: 1100px">
    <button id="before">before</button>
    <vk-course-calendar .value=${{ ...doc, sessions: [...doc.sessions, ...busyDay] }} view=${view} date="2026-03-12" ?readonly=${readonly}></vk-course-calendar>
    <button id="after">after</button>
  </div>`);
  const el = root.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  return { el, after: root.querySelector<HTMLElement>('#after')! };
}

async function press(el: VkCourseCalendar, key: string, shift = false): Promise<void> {
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  if (shift) await sendKeys({ up: 'Shift' });
  await el.updateComplete;
  await frames(2);
  await el.updateComplete;
}

/** Opens the details of `anchor` (a session or "+N") with Enter, as a keyboard user does; returns the open panel. */
async function open(el: VkCourseCalendar, anchor: HTMLElement): Promise<HTMLElement> {
  anchor.focus();
  await press(el, 'Enter');
  let panel: HTMLElement | null = null;
  for (let i = 0; i < 60 && !(panel = el.shadowRoot!.querySelector<HTMLElement>(':popover-open[data-positioned="true"]')); i++) await frames(1);
  expect(panel?.contains(focused(el)), 'the details opened with focus inside').to.equal(true);
  return panel!;
}

/** The panel's controls in Tab order (none has a positive tabindex). */
const tabbable = (panel: HTMLElement): HTMLElement[] => Array.from(panel.querySelectorAll<HTMLElement>('*')).filter((c) => c.tabIndex >= 0);

const session = (el: VkCourseCalendar, id: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(`:is([role="grid"], .agenda) [data-session="${id}"]`)!;

describe('vk-course-calendar: Shift+Tab from the details’ first control', () => {
  for (const view of ['month', 'week', 'agenda'] as const) {
    it(`${view}: focus goes back to the session the details belong to, and they close`, async () => {
      const { el } = await page(view);
      const anchor = session(el, 'a1');
      const panel = await open(el, anchor);
      const first = tabbable(panel)[0]!;
      expect(first.getAttribute('name'), 'the first control is the title field').to.equal('title');
      first.focus();
      await press(el, 'Tab', true);
      expect(focused(el), `focus on the session, not ${(focused(el) as HTMLElement | null)?.className}`).to.equal(anchor);
      expect(panel.matches(':popover-open'), 'the details closed').to.equal(false);
    });
  }

  it('read-only, the first control being "Lukk": focus goes back to the session, and the details close', async () => {
    const { el } = await page('week', true);
    const anchor = session(el, 'a1');
    const panel = await open(el, anchor);
    const first = tabbable(panel)[0]!;
    expect(first.dataset.action).to.equal('close');
    expect(focused(el)).to.equal(first);
    await press(el, 'Tab', true);
    expect(focused(el)).to.equal(anchor);
    expect(panel.matches(':popover-open')).to.equal(false);
  });

  it('a day’s "+N flere" list: from its session focus goes back to "+N flere", and the list closes', async () => {
    const { el } = await page('month');
    const more = el.shadowRoot!.querySelector<HTMLElement>('[data-more="2026-03-18"]')!;
    const panel = await open(el, more);
    expect(focused(el), 'focus on the list’s first session').to.equal(tabbable(panel)[0]);
    await press(el, 'Tab', true);
    expect(focused(el)).to.equal(more);
    expect(panel.matches(':popover-open')).to.equal(false);
  });

  it('from a later control Shift+Tab stays in the details', async () => {
    const { el } = await page('month');
    const panel = await open(el, session(el, 'a1'));
    const [title, place] = tabbable(panel);
    place!.focus();
    await press(el, 'Tab', true);
    expect(focused(el)).to.equal(title);
    expect(panel.matches(':popover-open')).to.equal(true);
  });

  it('Tab from the last control ("Lukk") still goes on past the calendar, and the details close', async () => {
    const { el, after } = await page('month');
    const panel = await open(el, session(el, 'a1'));
    const controls = tabbable(panel);
    controls[controls.length - 1]!.focus();
    await press(el, 'Tab');
    expect(document.activeElement).to.equal(after);
    expect(panel.matches(':popover-open')).to.equal(false);
  });
});
