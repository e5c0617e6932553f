/**
 * Picking up a night session by keyboard from its piece after midnight (Thursday's "fortsatt fra
 * ons. 11. mars" piece of Wednesday 22:00 → Thursday 02:00, week view): Space sent focus to the
 * session's first piece, on Wednesday (the page scrolled from the grid's top to its bottom), the
 * arrows went on from there and Escape left focus on Wednesday. Focus now stays on the piece the
 * user held: through the pick-up, each move (the piece after midnight of the moved session), the
 * drop, and Escape back where the user started.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { focused, shadow } from '../helpers/index.js';
import { historyKeys, settleFrames } from './focus-helpers.js';

async function calendar(start = '2026-03-11T22:00', end = '2026-03-12T02:00', date = '2026-03-12'): Promise<VkCourseCalendar> {
  const doc: ScheduleDocument = { version: 1, courses: [{ id: 'c', title: 'Helsefagarbeider', color: '#36c' }], sessions: [{ id: 'n1', courseId: 'c', start, end, kind: 'practice' }] };
  const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: 1100px"><vk-course-calendar .value=${doc} view="week" date=${date}></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('[data-session="n1"]'); i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

/** `<session>@<day of the piece>` of the focused session piece. */
function focusedPiece(el: VkCourseCalendar): string {
  expect(document.activeElement, 'focus in the calendar').to.equal(el);
  const piece = focused(el) as HTMLElement;
  return `${piece.dataset.session}@${piece.dataset.on}`;
}

async function press(el: VkCourseCalendar, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settleFrames(el);
}

const times = (el: VkCourseCalendar): string => {
  const s = el.value!.sessions[0];
  return `${s.start}–${s.end}`;
};

describe('vk-course-calendar: picking up a night session from its piece after midnight', () => {
  it('Space keeps focus on that piece, and Escape returns to it', async () => {
    const el = await calendar();
    shadow(el, '[data-session="n1"][data-on="2026-03-12"]').focus();
    await press(el, 'Space');
    expect(shadow(el, '[data-session="n1"][data-on="2026-03-12"]').hasAttribute('data-grabbed'), 'picked up').to.equal(true);
    expect(focusedPiece(el), 'after Space').to.equal('n1@2026-03-12');
    await press(el, 'Escape');
    expect(focusedPiece(el), 'after Escape').to.equal('n1@2026-03-12');
    expect(times(el)).to.equal('2026-03-11T22:00–2026-03-12T02:00');
  });

  it('the arrows move the session with focus on its piece after midnight; Escape goes back to where Space was pressed', async () => {
    const el = await calendar();
    shadow(el, '[data-session="n1"][data-on="2026-03-12"]').focus();
    await press(el, 'Space');
    await press(el, 'ArrowRight'); // a day later: Thursday 22:00 → Friday 02:00
    expect(focusedPiece(el), 'after ArrowRight').to.equal('n1@2026-03-13');
    await press(el, 'ArrowDown'); // 15 minutes later
    expect(focusedPiece(el), 'after ArrowDown').to.equal('n1@2026-03-13');
    await press(el, 'Escape');
    expect(times(el)).to.equal('2026-03-11T22:00–2026-03-12T02:00');
    expect(focusedPiece(el), 'after Escape').to.equal('n1@2026-03-12');
  });

  it('dropped, focus is on the moved session\'s piece after midnight', async () => {
    const el = await calendar();
    shadow(el, '[data-session="n1"][data-on="2026-03-12"]').focus();
    await press(el, 'Space');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowDown');
    await press(el, 'Space');
    expect(times(el)).to.equal('2026-03-12T22:15–2026-03-13T02:15');
    expect(focusedPiece(el), 'after the drop').to.equal('n1@2026-03-13');
  });

  // Undo and redo focused the session's first piece (Wednesday's, then Thursday's): not the one moved.
  it('moved by its piece after midnight, undo and redo focus that piece', async () => {
    const el = await calendar();
    shadow(el, '[data-session="n1"][data-on="2026-03-12"]').focus();
    await press(el, 'Space');
    await press(el, 'ArrowRight');
    await press(el, 'Space');
    expect(times(el)).to.equal('2026-03-12T22:00–2026-03-13T02:00');
    await historyKeys(el, 'undo');
    expect(times(el), 'undone').to.equal('2026-03-11T22:00–2026-03-12T02:00');
    expect(focusedPiece(el), 'after undo').to.equal('n1@2026-03-12');
    await historyKeys(el, 'redo');
    expect(times(el), 'redone').to.equal('2026-03-12T22:00–2026-03-13T02:00');
    expect(focusedPiece(el), 'after redo').to.equal('n1@2026-03-13');
  });

  it('undone into a week without that piece (Sunday night, moved by its Monday piece): focus is on the piece shown', async () => {
    const el = await calendar('2026-03-15T22:00', '2026-03-16T02:00', '2026-03-16');
    shadow(el, '[data-session="n1"][data-on="2026-03-16"]').focus();
    await press(el, 'Space');
    await press(el, 'ArrowRight');
    await press(el, 'Space');
    expect(times(el)).to.equal('2026-03-16T22:00–2026-03-17T02:00');
    await historyKeys(el, 'undo');
    expect(el.range.start, 'the session\'s week').to.equal('2026-03-09');
    expect(focusedPiece(el), 'after undo').to.equal('n1@2026-03-15');
    await historyKeys(el, 'redo');
    expect(focusedPiece(el), 'after redo').to.equal('n1@2026-03-17');
  });

  it('picked up from the first piece, focus stays on the first piece', async () => {
    const el = await calendar();
    shadow(el, '[data-session="n1"][data-on="2026-03-11"]').focus();
    await press(el, 'Space');
    expect(focusedPiece(el), 'after Space').to.equal('n1@2026-03-11');
    await press(el, 'ArrowRight');
    expect(focusedPiece(el), 'after ArrowRight').to.equal('n1@2026-03-12');
    await press(el, 'Escape');
    expect(focusedPiece(el), 'after Escape').to.equal('n1@2026-03-11');
  });
});
