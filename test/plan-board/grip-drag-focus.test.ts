/**
 * Dragging a card by its grip (⋮⋮) with the mouse. The grip is not focusable and lies outside the
 * card's button, so the press cleared focus: <body> had it for the whole drag, and when a host value
 * then removed the card, focus stayed on <body> after the release (docs/plan-board.md "When the host
 * changes the document": never <body>). Now a grip press focuses the card, as a press on the card
 * itself does, and it keeps focus while it is dragged (as the calendar's session does); a value that
 * removes it sends focus to its neighbour, else its column's add button. Real mouse input
 * (`sendMouse`): synthetic events move no focus.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { recordAnnouncements } from '../helpers/index.js';
import { cardButton, cardItem, deepActive, frame, samplePlan } from './helpers.js';

async function settle(el: VkPlanBoard): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 3; i++) await frame();
  await el.updateComplete;
}

async function board(doc: PlanDocument = samplePlan()): Promise<VkPlanBoard> {
  const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 900px"><vk-plan-board .value=${doc}></vk-plan-board></div>`);
  const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
  await settle(el);
  return el;
}

const without = (doc: PlanDocument, id: string): PlanDocument => ({ ...doc, cards: doc.cards.filter((c) => c.id !== id) });
const focusKey = (): string | undefined => (deepActive() as HTMLElement | null)?.dataset.roving;

/** Presses `part` with the mouse and moves 125 px right and 25 px down in steps (past the 6 px threshold). */
async function dragBy(el: VkPlanBoard, part: HTMLElement): Promise<void> {
  const r = part.getBoundingClientRect();
  const x = Math.round(r.left + r.width / 2), y = Math.round(r.top + r.height / 2); // prettier-ignore
  await sendMouse({ type: 'move', position: [x, y] });
  await sendMouse({ type: 'down' });
  for (let i = 1; i <= 5; i++) await sendMouse({ type: 'move', position: [x + i * 25, y + i * 5] });
  await settle(el);
  expect(el.shadowRoot!.querySelector('.ghost'), 'dragging').to.not.equal(null);
}

/** Presses card `id`'s grip with the mouse (see `dragBy`). */
async function dragByGrip(el: VkPlanBoard, id: string): Promise<void> {
  await dragBy(el, cardItem(el, id).querySelector<HTMLElement>('.grip')!);
}

describe('plan board: a drag by the grip keeps focus in the board', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('focus moved by script to another card of the board mid-drag (a keyboard move\'s focus still due): the drag goes on, its card takes focus back', async () => {
    const el = await board();
    cardButton(el, 'c1').focus();
    await dragByGrip(el, 'c1');
    const said = recordAnnouncements(el);
    cardButton(el, 'c2').focus();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.ghost'), 'still dragging').to.not.equal(null);
    expect(focusKey(), 'the dragged card has focus again').to.equal('c:c1');
    expect(said.join(' '), 'not cancelled').to.not.include('avbrutt');
    await sendMouse({ type: 'up' });
    await settle(el);
  });

  it('focused by Tab, dragged by its grip: focus stays on the card during the drag', async () => {
    const el = await board();
    cardButton(el, 'c1').focus();
    await dragByGrip(el, 'c1');
    expect(document.activeElement, 'not <body>').to.equal(el);
    expect(focusKey()).to.equal('c:c1');
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(focusKey(), 'after the drop').to.equal('c:c1');
  });

  it('nothing focused before: the grip press focuses the card it drags', async () => {
    const el = await board();
    (document.activeElement as HTMLElement | null)?.blur();
    await dragByGrip(el, 'c2');
    expect(focusKey()).to.equal('c:c2');
  });

  it('the host removes the dragged card: focus on its neighbour, never <body>, also after the release', async () => {
    const el = await board();
    cardButton(el, 'c1').focus();
    await dragByGrip(el, 'c1');
    const said = recordAnnouncements(el);
    el.value = without(el.value!, 'c1');
    await settle(el);
    expect(said.map((s) => s.replace(/[\u2066-\u2069]/g, '')), 'what the value did').to.deep.equal(['Flytting avbrutt. Kort Norskkurs ble fjernet av noen andre.']);
    expect(document.activeElement, 'not <body>').to.equal(el);
    expect(focusKey(), 'its neighbour in its column').to.equal('c:c2');
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(focusKey(), 'after the release').to.equal('c:c2');
  });

  it('dragged by its face (focused by the press): a value that removes it is said as such ("ble fjernet av noen andre"), focus on its neighbour', async () => {
    // The card's node went (and with it focus) in the board's willUpdate, before the drag heard of the
    // value: it ended as focus leaving it does, and the board said the place it had left, "… plass 1 av 3".
    const el = await board();
    await dragBy(el, cardButton(el, 'c1'));
    expect(focusKey(), 'the press focused it').to.equal('c:c1');
    const said = recordAnnouncements(el);
    el.value = without(el.value!, 'c1');
    await settle(el);
    expect(said.map((s) => s.replace(/[\u2066-\u2069]/g, ''))).to.deep.equal(['Flytting avbrutt. Kort Norskkurs ble fjernet av noen andre.']);
    expect(focusKey()).to.equal('c:c2');
  });

  it("the host removes the column's last card while it is dragged: focus on the column's add button", async () => {
    const el = await board();
    cardButton(el, 'c4').focus();
    await dragByGrip(el, 'c4');
    el.value = without(el.value!, 'c4');
    await settle(el);
    expect(focusKey()).to.equal('a:tue');
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(focusKey(), 'after the release').to.equal('a:tue');
  });
});
