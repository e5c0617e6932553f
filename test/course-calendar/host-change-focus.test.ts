/**
 * Host changes while the user is in the middle of something (a newcomer's review, 4 Dec): the
 * host sets `view` or `date`, narrows the calendar below 480 px (month → markers or agenda) or
 * disables it while a session is picked up or its details are open. Focus stays on what the user
 * was doing, or lands in the calendar (never `<body>`), and nothing is committed that the user
 * cannot see.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { detailsPart } from '../../src/course-calendar/calendar-parts.js';
import { focused, press as keydown, record } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

async function calendar(view = 'month'): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="inline-size: 900px"><vk-course-calendar .value=${sampleSchedule()} view=${view} date="2026-03-12"></vk-course-calendar></div>`,
  );
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  return el;
}

async function settle(el: VkCourseCalendar): Promise<void> {
  await el.updateComplete;
  await frames(4);
  await el.updateComplete;
  await frames(2);
}

async function press(el: VkCourseCalendar, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

const chip = (el: VkCourseCalendar, id: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(`[data-session="${id}"]`)!;
const openPanel = (el: VkCourseCalendar): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(':popover-open');

/** Focus on a visible element inside the calendar. */
function expectFocusInside(el: VkCourseCalendar): HTMLElement {
  const inner = focused(el) as HTMLElement | null;
  expect(document.activeElement === el && !!inner?.checkVisibility(), `focus in the calendar, not on ${document.activeElement?.localName}`).to.equal(true);
  return inner!;
}

async function openDetails(el: VkCourseCalendar, id: string): Promise<HTMLElement> {
  chip(el, id).focus();
  await press(el, 'Enter');
  for (let i = 0; i < 60 && !el.shadowRoot!.querySelector(':popover-open[data-positioned="true"]'); i++) await frames(1);
  return openPanel(el)!;
}

function narrow(el: VkCourseCalendar): void {
  el.parentElement!.style.inlineSize = '400px';
}

describe('vk-course-calendar: host changes during a pick-up or with details open', () => {
  // First in this file: the details module is not loaded yet (they open once it has).
  it('Enter on a session, then the host moves the date to another month before the details have loaded: they never open', async () => {
    const el = await calendar();
    expect(detailsPart.module, 'the details module not loaded yet').to.equal(null);
    chip(el, 'a2').focus();
    keydown(chip(el, 'a2'), 'Enter');
    el.date = '2026-05-04';
    await settle(el);
    await detailsPart.load();
    await settle(el);
    expect(openPanel(el), 'no details for a session May does not show').to.equal(null);
    expectFocusInside(el);
  });

  it('a keyboard pick-up, then the host moves the date to another month: cancelled, announced, the host keeps its date, Enter commits nothing', async () => {
    const el = await calendar();
    const events = record(el, 'vk-change');
    chip(el, 'a1').focus();
    await press(el, ' ');
    await press(el, 'ArrowRight');
    el.date = '2026-05-04';
    await settle(el);
    expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'nothing picked up').to.equal(null);
    expect(el.date, "the host's date").to.equal('2026-05-04');
    expect(el.shadowRoot!.querySelector('[aria-live]')?.textContent ?? '', 'announced').to.contain('avbrutt');
    expectFocusInside(el);
    await press(el, 'Enter');
    await press(el, ' ');
    await settle(el);
    expect(events.filter((e) => (e.detail as { operation?: { type?: string } }).operation?.type === 'session.move'), 'no move committed').to.have.length(0);
  });

  it('a keyboard pick-up, then the host switches to week view: focus follows the session and the move goes on', async () => {
    const el = await calendar();
    const events = record(el, 'vk-change');
    chip(el, 'a1').focus();
    await press(el, ' ');
    el.view = 'week';
    await settle(el);
    const grabbed = el.shadowRoot!.querySelector('[data-grabbed]');
    expect(grabbed, 'still picked up').to.not.equal(null);
    expect(focused(el)?.closest('[data-session]')?.getAttribute('data-session'), 'focus on the picked-up session').to.equal('a1');
    await press(el, 'ArrowDown');
    await press(el, ' ');
    await settle(el);
    const move = events.find((e) => (e.detail as { operation?: { type?: string } }).operation?.type === 'session.move');
    expect((move?.detail as { operation?: { to?: { start?: string } } } | undefined)?.operation?.to?.start, 'moved 15 minutes on').to.equal('2026-03-09T09:15');
  });

  it('focus on a month chip, then the calendar narrows below 480 px (chips hidden): focus stays in the calendar', async () => {
    const el = await calendar();
    chip(el, 'a2').focus();
    narrow(el);
    await settle(el);
    await frames(2);
    expectFocusInside(el);
  });

  it('details open, then the calendar narrows: they follow to a visible anchor; Escape returns focus inside the calendar', async () => {
    const el = await calendar();
    const panel = await openDetails(el, 'a2');
    narrow(el);
    await settle(el);
    expect(openPanel(el), 'still open').to.equal(panel);
    const box = panel.getBoundingClientRect();
    expect(box.left > 8 || box.top > 8, `not in the corner (${box.left}, ${box.top})`).to.equal(true);
    await press(el, 'Escape');
    await frames(2);
    expect(openPanel(el), 'closed').to.equal(null);
    expectFocusInside(el);
  });

  it('details open, then the host disables the calendar: they close', async () => {
    const el = await calendar();
    await openDetails(el, 'a2');
    el.disabled = true;
    await settle(el);
    expect(openPanel(el), 'closed').to.equal(null);
  });
});
