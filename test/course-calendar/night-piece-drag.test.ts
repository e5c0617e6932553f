/**
 * Dragging a night session (Wednesday 22:00 → Thursday 02:00, week view) by its piece after
 * midnight, Thursday's "fortsatt fra ons. 11. mars": the drop, Escape and a pointercancel left
 * focus on the session's FIRST piece (Wednesday's, or after a move the day before the piece the
 * user held), where a keyboard pick-up keeps it on the piece held (night-piece-pick-up.test.ts).
 * Focus now stays on the piece the pointer pressed, for mouse and touch alike.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { focused, shadow } from '../helpers/index.js';
import { historyKeys, settleFrames } from './focus-helpers.js';
import { TOUCH_HOLD } from '../../src/course-calendar/calendar-moves.js';
import { nested } from '../qa-nested/case-view.js';

/** Where the calendar is mounted: the page, or a host app's shadow root. */
let where: 'page' | 'nested' = 'page';

async function calendar(start = '2026-03-11T22:00', end = '2026-03-12T02:00', date = '2026-03-12'): Promise<VkCourseCalendar> {
  const doc: ScheduleDocument = { version: 1, courses: [{ id: 'c', title: 'Helsefagarbeider', color: '#36c' }], sessions: [{ id: 'n1', courseId: 'c', start, end, kind: 'practice' }] };
  // Narrower than the test browser's viewport: the columns the pointer goes to must be on screen for hit testing.
  const size = `inline-size: ${Math.min(760, window.innerWidth - 20)}px`;
  // Also inside a host app's shadow root (test/qa-nested/case-view.ts), where document.activeElement is that app, not the calendar.
  const el = where === 'nested'
    ? (await nested<VkCourseCalendar & { disabled: boolean }>('vk-course-calendar', doc, { view: 'week', date, lang: 'nb' }, size)).el
    : ((await fixture<HTMLElement>(html`<div lang="nb" style=${size}><vk-course-calendar .value=${doc} view="week" date=${date}></vk-course-calendar></div>`)).querySelector('vk-course-calendar') as VkCourseCalendar);
  await el.updateComplete;
  for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('[data-session="n1"]'); i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  // A pointer passes over the calendar before pressing: its moves are made then.
  shadow(el, '[data-session="n1"]').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerId: 1, isPrimary: true }));
  await settleFrames(el);
  return el;
}

/** `<session>@<day of the piece>` of the focused session piece. */
function focusedPiece(el: VkCourseCalendar): string {
  const piece = focused(el) as HTMLElement | null;
  expect(piece?.getRootNode(), 'focus in the calendar').to.equal(el.shadowRoot);
  return `${piece?.dataset.session}@${piece?.dataset.on}`;
}

const times = (el: VkCourseCalendar): string => {
  const s = el.value!.sessions[0];
  return `${s.start}–${s.end}`;
};

/** Where the drag starts (the middle of Thursday's piece) and ends (the same height in Friday's column). */
function fromThursdayToFriday(el: VkCourseCalendar): { from: [number, number]; to: [number, number] } {
  const piece = shadow(el, '[data-session="n1"][data-on="2026-03-12"]');
  piece.scrollIntoView({ block: 'center', inline: 'center' });
  const r = piece.getBoundingClientRect();
  const friday = shadow(el, '.day[data-date="2026-03-13"]').getBoundingClientRect();
  const y = Math.round(r.top + r.height / 2);
  expect(friday.right, 'Friday on screen').to.be.below(window.innerWidth);
  return { from: [Math.round(r.left + r.width / 2), y], to: [Math.round(friday.left + friday.width / 2), y] };
}

/** A real mouse drag from `from` to `to`, through the point halfway, released at `to`. */
async function mouseDrag(from: [number, number], to: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [Math.round((from[0] + to[0]) / 2), from[1]] });
  await sendMouse({ type: 'move', position: to });
  await sendMouse({ type: 'up' });
}

const rest = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, TOUCH_HOLD));

function touch(type: string, target: EventTarget, [x, y]: [number, number]): void {
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, pointerId: 3, pointerType: 'touch', button: 0, isPrimary: true }));
}

for (const place of ['page', 'nested'] as const) describe(`vk-course-calendar${place === 'nested' ? ' in a host app’s shadow root' : ''}: dragging a night session by its piece after midnight`, () => {
  before(() => (where = place));
  after(() => (where = 'page'));
  afterEach(() => resetMouse());

  it('a mouse drag a day on: focus is on the moved session\'s piece after midnight', async () => {
    const el = await calendar();
    const { from, to } = fromThursdayToFriday(el);
    await mouseDrag(from, to);
    await settleFrames(el);
    expect(times(el)).to.equal('2026-03-12T22:00–2026-03-13T02:00');
    expect(focusedPiece(el), 'after the drop').to.equal('n1@2026-03-13');
  });

  // Undo and redo focused the session's first piece (Wednesday's, then Thursday's): not the one dragged.
  it('after a mouse drag, undo and redo focus the piece dragged', async () => {
    const el = await calendar();
    const { from, to } = fromThursdayToFriday(el);
    await mouseDrag(from, to);
    await settleFrames(el);
    expect(times(el)).to.equal('2026-03-12T22:00–2026-03-13T02:00');
    await historyKeys(el, 'undo');
    expect(times(el), 'undone').to.equal('2026-03-11T22:00–2026-03-12T02:00');
    expect(focusedPiece(el), 'after undo').to.equal('n1@2026-03-12');
    await historyKeys(el, 'redo');
    expect(times(el), 'redone').to.equal('2026-03-12T22:00–2026-03-13T02:00');
    expect(focusedPiece(el), 'after redo').to.equal('n1@2026-03-13');
  });

  // Drawn in another day's column the piece is a new control: focus fell to the grid's Tab stop (a day cell) until the drop.
  it('while a mouse drag moves the piece to another day, focus stays on it', async () => {
    const el = await calendar();
    const { from, to } = fromThursdayToFriday(el);
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: to });
    await settleFrames(el);
    expect(focusedPiece(el), 'over Friday, before the release').to.equal('n1@2026-03-13');
    await sendMouse({ type: 'up' });
    await settleFrames(el);
    expect(focusedPiece(el), 'after the drop').to.equal('n1@2026-03-13');
  });

  it('a preview out of the week shown and back: focus on the grid meanwhile, then on the piece again', async () => {
    // Sunday 22:00 → Monday 03:00 seen from Monday's week; dragged up four hours it is Sunday 18:00–23:00, the week before.
    const el = await calendar('2026-03-15T22:00', '2026-03-16T03:00', '2026-03-16');
    const piece = shadow(el, '[data-session="n1"][data-on="2026-03-16"]');
    piece.scrollIntoView({ block: 'center', inline: 'center' });
    const r = piece.getBoundingClientRect();
    const perHour = shadow(el, '.week-day').getBoundingClientRect().height / Number(shadow(el, '[data-hours]').dataset.hours);
    const x = Math.round(r.left + r.width / 2);
    const y = Math.round(r.top + r.height / 2);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x, Math.round(y - perHour * 4)] });
    await settleFrames(el);
    expect(el.shadowRoot!.querySelector('[data-session="n1"]'), 'no piece in this week').to.equal(null);
    expect((focused(el) as HTMLElement | null)?.dataset.date, 'focus on the grid\'s Tab stop').to.equal('2026-03-16');
    await sendMouse({ type: 'move', position: [x, Math.round(y - perHour)] }); // Sunday 21:00 → Monday 02:00
    await settleFrames(el);
    expect(focusedPiece(el), 'drawn again').to.equal('n1@2026-03-16');
    await sendMouse({ type: 'up' });
    await settleFrames(el);
    expect(times(el)).to.equal('2026-03-15T21:00–2026-03-16T02:00');
    expect(focusedPiece(el), 'after the drop').to.equal('n1@2026-03-16');
  });

  it('a mouse drag cancelled with Escape: focus is back on the piece pressed', async () => {
    const el = await calendar();
    const { from, to } = fromThursdayToFriday(el);
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: to });
    await settleFrames(el);
    await sendKeys({ press: 'Escape' });
    await settleFrames(el);
    await sendMouse({ type: 'up' });
    await settleFrames(el);
    expect(times(el), 'nothing moved').to.equal('2026-03-11T22:00–2026-03-12T02:00');
    expect(focusedPiece(el), 'after Escape').to.equal('n1@2026-03-12');
  });

  it('a touch drag a day on: focus is on the moved session\'s piece after midnight', async () => {
    const el = await calendar();
    const { from, to } = fromThursdayToFriday(el);
    touch('pointerdown', shadow(el, '[data-session="n1"][data-on="2026-03-12"]'), from);
    await rest(); // a finger rests on the session before it lifts it (touch-hold.test.ts)
    touch('pointermove', window, [Math.round((from[0] + to[0]) / 2), from[1]]);
    await settleFrames(el);
    touch('pointermove', window, to);
    await settleFrames(el);
    touch('pointerup', window, to);
    await settleFrames(el);
    expect(times(el)).to.equal('2026-03-12T22:00–2026-03-13T02:00');
    expect(focusedPiece(el), 'after the drop').to.equal('n1@2026-03-13');
  });

  it('a touch drag the browser takes (pointercancel): focus is on the piece pressed', async () => {
    const el = await calendar();
    const { from, to } = fromThursdayToFriday(el);
    touch('pointerdown', shadow(el, '[data-session="n1"][data-on="2026-03-12"]'), from);
    await rest(); // a finger rests on the session before it lifts it (touch-hold.test.ts)
    touch('pointermove', window, to);
    await settleFrames(el);
    touch('pointercancel', window, to);
    await settleFrames(el);
    expect(times(el), 'nothing moved').to.equal('2026-03-11T22:00–2026-03-12T02:00');
    expect(focusedPiece(el), 'after pointercancel').to.equal('n1@2026-03-12');
  });

  it('dragged by its first piece, focus is on the first piece (Thursday\'s after the move)', async () => {
    const el = await calendar();
    const piece = shadow(el, '[data-session="n1"][data-on="2026-03-11"]');
    piece.scrollIntoView({ block: 'center', inline: 'center' });
    const r = piece.getBoundingClientRect();
    const thursday = shadow(el, '.day[data-date="2026-03-12"]').getBoundingClientRect();
    const from: [number, number] = [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
    const to: [number, number] = [Math.round(thursday.left + thursday.width / 2), from[1]];
    await mouseDrag(from, to);
    await settleFrames(el);
    expect(times(el)).to.equal('2026-03-12T22:00–2026-03-13T02:00');
    expect(focusedPiece(el), 'after the drop').to.equal('n1@2026-03-12');
  });
});
