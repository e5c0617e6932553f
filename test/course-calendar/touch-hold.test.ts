/**
 * A finger on a session (phone QA, 7 Dec 2026, F1 and F2). Every editable session had
 * `touch-action: none`, the agenda's too, where nothing is dragged: a swipe that began on one did not
 * scroll the page, and two fingers did not zoom it. In month and week views a touch dragged at once,
 * so a quick flick that began on a session moved it (and its edge scroll moved the page the wrong way).
 * Now the sessions keep `touch-action: auto` in every view, and a finger lifts a session only after
 * resting on it for `TOUCH_HOLD` ms (drawn and said as picked up); mouse and pen drag at once, as before.
 */
import { expect } from '@open-wc/testing';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { TOUCH_HOLD } from '../../src/course-calendar/calendar-moves.js';
import { focused, recordAnnouncements, record, shadow } from '../helpers/index.js';
import { calendarOn11March, settleFrames } from './focus-helpers.js';

/** A touch pointer event (id 4, the primary finger unless said), as the browser sends it, at a viewport point. */
function touch(type: string, target: EventTarget, [x, y]: [number, number], isPrimary = true, pointerId = 4): void {
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, pointerId, pointerType: 'touch', button: type === 'pointermove' ? -1 : 0, isPrimary }));
}

/** The finger rests for the hold the calendar waits for (the calendar's timer, started first, has run by then). */
const rest = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, TOUCH_HOLD));

function middle(element: Element): [number, number] {
  const r = element.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** The month of March 2026, editable, 1000 px wide, its moves made (a pointer passes over first); `a1` (Monday 9 March) in view. */
async function month(): Promise<VkCourseCalendar> {
  const el = await calendarOn11March('month');
  const a1 = shadow(el, '[data-session="a1"]');
  a1.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerId: 4, pointerType: 'touch', isPrimary: true }));
  a1.scrollIntoView({ block: 'center' });
  await settleFrames(el);
  return el;
}

const grabbed = (el: VkCourseCalendar): string[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-grabbed]')].map((s) => s.dataset.session ?? '');
const a1Start = (el: VkCourseCalendar): string | undefined => el.value!.sessions.find((s) => s.id === 'a1')?.start;

describe('vk-course-calendar: a finger on a session', () => {
  for (const view of ['agenda', 'month', 'week'] as const) {
    it(`${view}: an editable calendar's sessions leave a finger's scroll and zoom to the page (touch-action auto)`, async () => {
      const el = await calendarOn11March(view);
      await settleFrames(el);
      for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('[data-session="a1"]'); i++) await settleFrames(el);
      expect(shadow(el, '.calendar').hasAttribute('data-editable'), 'editable').to.equal(true);
      const sessions = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-session]')];
      expect(sessions.length, 'sessions drawn').to.be.greaterThan(0);
      for (const session of sessions) expect(getComputedStyle(session).touchAction, session.dataset.session).to.equal('auto');
      // Week view's lower edge resizes: a finger there drags at once, as on the board's grip.
      if (view === 'week') expect(getComputedStyle(shadow(el, '[data-resize]')).touchAction).to.equal('none');
    });
  }

  it('month: a finger that moves at once (a flick) does not lift the session, nor move it', async () => {
    const el = await month();
    const changes = record(el, 'vk-change');
    const from = middle(shadow(el, '[data-session="a1"]'));
    const below = middle(shadow(el, '.day[data-date="2026-03-16"]'));
    touch('pointerdown', shadow(el, '[data-session="a1"]'), from);
    touch('pointermove', window, [from[0], from[1] + 40]);
    await settleFrames(el);
    expect(grabbed(el), 'not lifted by the flick').to.deep.equal([]);
    await rest();
    await settleFrames(el);
    expect(grabbed(el), 'not lifted after the hold time either').to.deep.equal([]);
    touch('pointermove', window, below);
    touch('pointerup', window, below);
    await settleFrames(el);
    expect(changes, 'no vk-change').to.have.length(0);
    expect(a1Start(el)).to.equal('2026-03-09T09:00');
  });

  it('month: a finger held still lifts the session (drawn, focused and said), then moves it where it is let go', async () => {
    const el = await month();
    const changes = record(el, 'vk-change');
    const said = recordAnnouncements(el);
    const from = middle(shadow(el, '[data-session="a1"]'));
    touch('pointerdown', shadow(el, '[data-session="a1"]'), from);
    // Within its slop a resting finger may wander a little.
    touch('pointermove', window, [from[0] + 3, from[1] + 2]);
    await settleFrames(el);
    expect(grabbed(el), 'not yet lifted').to.deep.equal([]);
    await rest();
    await settleFrames(el);
    expect(grabbed(el), 'lifted').to.deep.equal(['a1']);
    expect((focused(el) as HTMLElement | null)?.dataset.session, 'focus on the lifted session').to.equal('a1');
    expect(said.at(-1)).to.match(/^Plukket opp .*Renhold og smittevern.*\. Flytt fingeren dit økten skal, og slipp\.$/);
    const below = middle(shadow(el, '.day[data-date="2026-03-16"]'));
    touch('pointermove', window, [from[0], Math.round((from[1] + below[1]) / 2)]);
    touch('pointermove', window, below);
    await settleFrames(el);
    touch('pointerup', window, below);
    await settleFrames(el);
    expect(changes.map((c) => (c.detail as { operation: { type: string } }).operation.type)).to.deep.equal(['session.move']);
    expect(a1Start(el)).to.equal('2026-03-16T09:00');
    expect(grabbed(el), 'put down').to.deep.equal([]);
    expect((focused(el) as HTMLElement | null)?.dataset.on, 'focus on the moved session').to.equal('2026-03-16');
  });

  it('month: a finger held and raised without a move puts the session down where it was, and its click opens nothing', async () => {
    const el = await month();
    const events = record(el, 'vk-change', 'vk-open');
    const said = recordAnnouncements(el);
    const a1 = shadow(el, '[data-session="a1"]');
    const from = middle(a1);
    touch('pointerdown', a1, from);
    await rest();
    await settleFrames(el);
    expect(grabbed(el), 'lifted').to.deep.equal(['a1']);
    touch('pointerup', window, from);
    // The browser may send the press's click after the release.
    shadow(el, '[data-session="a1"]').click();
    await settleFrames(el);
    expect(events, 'no vk-change, no vk-open').to.have.length(0);
    expect(grabbed(el), 'put down').to.deep.equal([]);
    expect(said.at(-1)).to.equal('Økten ble ikke flyttet.');
    // The next tap opens it, as ever.
    touch('pointerdown', a1, from);
    touch('pointerup', window, from);
    shadow(el, '[data-session="a1"]').click();
    await settleFrames(el);
    expect(events.map((e) => e.type)).to.deep.equal(['vk-open']);
  });

  it('month: a second finger (a pinch) ends the hold', async () => {
    const el = await month();
    const a1 = shadow(el, '[data-session="a1"]');
    const [x, y] = middle(a1);
    const changes = record(el, 'vk-change');
    touch('pointerdown', a1, [x, y]);
    touch('pointerdown', a1, [x + 20, y], false, 5);
    await rest();
    await settleFrames(el);
    expect(grabbed(el), 'not lifted').to.deep.equal([]);
    // The fingers spread (the browser zooms): neither drags the session.
    const below = middle(shadow(el, '.day[data-date="2026-03-16"]'));
    touch('pointermove', window, below, false, 5);
    touch('pointermove', window, [x - 60, y]);
    touch('pointerup', window, below, false, 5);
    touch('pointerup', window, [x - 60, y]);
    await settleFrames(el);
    expect(changes, 'no vk-change').to.have.length(0);
  });

  it('month: while lifted, a finger\'s touchmove is the drag\'s (prevented), also once the session is drawn on another day; before, the page\'s', async () => {
    const el = await month();
    const a1 = shadow(el, '[data-session="a1"]');
    const node = a1.querySelector('.session-text') ?? a1;
    const from = middle(a1);
    const move = (): boolean => {
      const event = new TouchEvent('touchmove', { bubbles: true, composed: true, cancelable: true });
      node.dispatchEvent(event);
      return event.defaultPrevented;
    };
    touch('pointerdown', node, from);
    expect(move(), 'before the hold: the page scrolls').to.equal(false);
    await rest();
    await settleFrames(el);
    expect(move(), 'lifted').to.equal(true);
    const below = middle(shadow(el, '.day[data-date="2026-03-16"]'));
    touch('pointermove', window, below);
    await settleFrames(el);
    expect(node.isConnected, 'the node the finger landed on is gone (the session is drawn on the 16th)').to.equal(false);
    expect(move(), 'dragging, from the node the finger landed on').to.equal(true);
    touch('pointerup', window, below);
    await settleFrames(el);
    expect(move(), 'after the drop').to.equal(false);
  });

  it('month: a finger that lands while the page still scrolls (it stops a fling: its touchstart is not cancelable) lifts nothing', async () => {
    const el = await month();
    const changes = record(el, 'vk-change');
    const a1 = shadow(el, '[data-session="a1"]');
    const node = a1.querySelector('.session-text') ?? a1;
    const from = middle(a1);
    touch('pointerdown', node, from);
    node.dispatchEvent(new TouchEvent('touchstart', { bubbles: true, composed: true, cancelable: false }));
    await rest();
    await settleFrames(el);
    expect(grabbed(el), 'not lifted').to.deep.equal([]);
    const below = middle(shadow(el, '.day[data-date="2026-03-16"]'));
    touch('pointermove', window, below);
    touch('pointerup', window, below);
    await settleFrames(el);
    expect(changes, 'no vk-change').to.have.length(0);
    expect(a1Start(el)).to.equal('2026-03-09T09:00');
  });

  it('month: lifted, a touchmove the page takes anyway (not cancelable) puts the session back and says so; the release moves nothing', async () => {
    const el = await month();
    const changes = record(el, 'vk-change');
    const said = recordAnnouncements(el);
    const a1 = shadow(el, '[data-session="a1"]');
    const node = a1.querySelector('.session-text') ?? a1;
    const from = middle(a1);
    touch('pointerdown', node, from);
    node.dispatchEvent(new TouchEvent('touchstart', { bubbles: true, composed: true, cancelable: true }));
    await rest();
    await settleFrames(el);
    expect(grabbed(el), 'lifted').to.deep.equal(['a1']);
    const below = middle(shadow(el, '.day[data-date="2026-03-16"]'));
    touch('pointermove', window, below);
    await settleFrames(el);
    node.dispatchEvent(new TouchEvent('touchmove', { bubbles: true, composed: true, cancelable: false }));
    await settleFrames(el);
    expect(grabbed(el), 'put back').to.deep.equal([]);
    expect(said.at(-1)).to.match(/^Flytting avbrutt\./);
    touch('pointerup', window, below);
    await settleFrames(el);
    expect(changes, 'no vk-change').to.have.length(0);
    expect(a1Start(el)).to.equal('2026-03-09T09:00');
  });
});
