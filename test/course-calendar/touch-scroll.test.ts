/**
 * Real touches (CDP `Input.dispatchTouchEvent`, web-test-runner.config.mjs `vk-touch-drag`), so the
 * browser decides on scrolling by `touch-action` as it does for a finger (phone QA, 7 Dec 2026, F1):
 * on a 360 px phone the editable calendar shows the agenda, and its sessions had `touch-action: none`,
 * so a swipe that began on one of them (two thirds of the screen) did not scroll the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

/** The sample schedule on a 360 × 640 phone, editable, in `view`, with page enough below it to scroll; `a2` (10 March) in the middle of the screen. */
async function phone(view: string): Promise<{ el: VkCourseCalendar; session: HTMLElement }> {
  await setViewport({ width: 360, height: 640 });
  const page = await fixture<HTMLElement>(html`<div lang="nb"><vk-course-calendar .value=${sampleSchedule()} view=${view} date="2026-03-11"></vk-course-calendar><div style="block-size: 2000px"></div></div>`);
  const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
  let session: HTMLElement | null = null;
  for (let i = 0; i < 60 && !(session = el.shadowRoot!.querySelector<HTMLElement>('[data-session="a2"]')); i++) await settleFrames(el);
  session!.scrollIntoView({ block: 'center' });
  await settleFrames(el);
  return { el, session: session! };
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
});
