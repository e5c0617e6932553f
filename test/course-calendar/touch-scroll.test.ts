/**
 * Real touches (CDP `Input.dispatchTouchEvent`, web-test-runner.config.mjs `vk-touch-drag`), so the
 * browser decides on scrolling by `touch-action` as it does for a finger (phone QA, 7 Dec 2026, F1
 * and F2): on a 360 px phone the editable calendar shows the agenda, and its sessions had
 * `touch-action: none`, so a swipe that began on one of them (two thirds of the screen) did not
 * scroll the page; on a phone held sideways (640 × 360, month view) a quick flick that began on a
 * session dragged it. A finger now lifts a session only after resting on it (`TOUCH_HOLD`), and not when it lands on a
 * page that still scrolls (a fling's stop: touch-hold.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';
import { TOUCH_HOLD } from '../../src/course-calendar/calendar-moves.js';
import { record } from '../helpers/index.js';

/** The sample schedule on a 360 × 640 phone (640 × 360 held sideways), editable, in `view`, with page enough below it to scroll; `a2` (10 March) in the middle of the screen. */
async function phone(view: string, sideways = false): Promise<{ el: VkCourseCalendar; session: HTMLElement }> {
  await setViewport(sideways ? { width: 640, height: 360 } : { width: 360, height: 640 });
  const page = await fixture<HTMLElement>(html`<div lang="nb"><vk-course-calendar .value=${sampleSchedule()} view=${view} date="2026-03-11"></vk-course-calendar><div style="block-size: 2000px"></div></div>`);
  const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
  let session: HTMLElement | null = null;
  for (let i = 0; i < 60 && !(session = el.shadowRoot!.querySelector<HTMLElement>('[data-session="a2"]')); i++) await settleFrames(el);
  // A fling from the test before may still scroll the page: a finger that lands then only stops it (its touch is the
  // page's, not cancelable), so the gestures here wait for the page to be still.
  await stillPage();
  session!.scrollIntoView({ block: 'center' });
  await stillPage();
  return { el, session: session! };
}

/** Resolves once the page has not scrolled for ten frames in a row (or after 600 frames). */
async function stillPage(): Promise<void> {
  const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
  let last = window.scrollY;
  for (let i = 0, still = 0; i < 600 && still < 10; i++) {
    await frame();
    still = window.scrollY === last ? still + 1 : 0;
    last = window.scrollY;
  }
}

describe('vk-course-calendar on a phone: a finger that starts on a session scrolls the page', () => {
  afterEach(async () => {
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  it('agenda (editable): an upward swipe from a session scrolls the page down', async () => {
    const { el, session } = await phone('agenda');
    expect(el.shadowRoot!.querySelector('.agenda'), 'the agenda').to.not.equal(null);
    const r = session.getBoundingClientRect();
    const x = Math.round(r.left + r.width / 2);
    const y = Math.round(r.top + r.height / 2);
    const before = window.scrollY;
    await executeServerCommand('vk-touch-drag', { from: { x, y }, to: { x, y: y - 150 } });
    await settleFrames(el);
    expect(window.scrollY - before, 'scrolled').to.be.greaterThan(50);
  });

  it('month, held sideways: a quick upward flick from a session scrolls the page and moves nothing', async () => {
    const { el, session } = await phone('month', true);
    expect(el.shadowRoot!.querySelector('.grid.month'), 'the month grid').to.not.equal(null);
    const changes = record(el, 'vk-change');
    const [x, y] = middle(session);
    const before = window.scrollY;
    await executeServerCommand('vk-touch-drag', { from: { x, y }, to: { x, y: y - 140 }, steps: 6 });
    await settleFrames(el);
    expect(window.scrollY - before, 'scrolled').to.be.greaterThan(50);
    expect(changes, 'no vk-change').to.have.length(0);
    expect(el.value!.sessions.find((s) => s.id === 'a2')?.start).to.equal('2026-03-10T09:00');
  });

  it('month, held sideways: a finger that rests on a session, then moves a week down, moves it there, and the page stays', async () => {
    const { el, session } = await phone('month', true);
    const changes = record(el, 'vk-change');
    const from = middle(session);
    const to = middle(el.shadowRoot!.querySelector('.day[data-date="2026-03-17"]')!);
    const before = window.scrollY;
    // The finger rests at least the hold, and until the page shows the session lifted (its own timer, whatever the load).
    const lifted = "!!document.querySelector('vk-course-calendar')?.shadowRoot?.querySelector('.session[data-grabbed]')";
    await executeServerCommand('vk-touch-drag', { from: { x: from[0], y: from[1] }, to: { x: to[0], y: to[1] }, hold: TOUCH_HOLD, holdUntil: lifted });
    await settleFrames(el);
    expect(changes.map((c) => (c.detail as { operation: { type: string } }).operation.type)).to.deep.equal(['session.move']);
    expect(el.value!.sessions.find((s) => s.id === 'a2')?.start).to.equal('2026-03-17T09:00');
    expect(window.scrollY, 'the page did not scroll').to.equal(before);
  });
});

function middle(element: Element): [number, number] {
  const r = element.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}
