/**
 * Ctrl+Z (Ctrl+Y, Ctrl+Shift+Z) while a card is lifted by keyboard. The undo ran with the card still
 * lifted; the new document then ended the move in the next render, and "Flytting avbrutt. Kort …"
 * replaced the undo's own words ("Angret. …") in the live region: a screen-reader user heard that a
 * move was cancelled, not what the undo did. Now the board does it in order, as the calendar does
 * (course-calendar/undo-while-picked-up.test.ts): the lifted card goes back where it was lifted from,
 * silently (nothing is committed for it), then the undo or redo runs on the document as it was
 * before the lift, and its words are what is said; focus goes to what it touched (the undo focus
 * rule, focusAfterChange), never <body>. With nothing to undo or redo, the card is put back as
 * Escape puts it back and one message says both (the calendar's pick-up-undo-nothing.test.ts).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument, PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { announced, record, recordAnnouncements } from '../helpers/index.js';
import { setLocale } from '../../src/core/localize.js';
import { nothingWords } from '../../src/core/history-words.js';
import { above, cardButton, cardItem, deepActive, drag, frame, boardAt } from './helpers.js';

async function settle(el: VkPlanBoard): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 3; i++) await frame();
  await el.updateComplete;
}

const board = boardAt;

const plain = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');
const lifted = (el: VkPlanBoard): boolean => el.shadowRoot!.querySelector('[data-moving]') !== null;
const focusKey = (): string | undefined => (deepActive() as HTMLElement | null)?.dataset.roving;

/** Card ids per column in `doc`, in order. */
function columns(doc: PlanDocument | null | undefined): Record<string, string[]> {
  const order: Record<string, string[]> = {};
  for (const column of doc?.columns ?? []) order[column.id] = doc!.cards.filter((c) => c.columnId === column.id).map((c) => c.id);
  return order;
}

/** Focuses card `id`, presses Space and `steps`. */
async function lift(el: VkPlanBoard, id: string, ...steps: string[]): Promise<void> {
  cardButton(el, id).focus();
  await sendKeys({ press: 'Space' });
  for (const step of steps) await sendKeys({ press: step });
  await settle(el);
  expect(lifted(el), 'lifted').to.equal(true);
}

/** Ctrl+Z while c2 is dragged (by pointer, held over c4): what vk-change and the live region got from then on. */
async function undoDuringDrag(el: VkPlanBoard): Promise<{ events: ReturnType<typeof record>; said: string[] }> {
  cardButton(el, 'c2').focus();
  await drag(el, 'c2', above(cardItem(el, 'c4')), 'none');
  expect(el.shadowRoot!.querySelector('.ghost'), 'dragging').to.not.equal(null);
  const events = record(el, 'vk-change');
  const said = recordAnnouncements(el);
  await history(el, 'Control+z');
  expect(el.shadowRoot!.querySelector('.ghost'), 'the drag ended').to.equal(null);
  return { events, said };
}

/** Ctrl+Z, Ctrl+Y or Ctrl+Shift+Z. */
async function history(el: VkPlanBoard, shortcut: 'Control+z' | 'Control+y' | 'Control+Shift+Z'): Promise<void> {
  const held = shortcut.split('+');
  const letter = held.pop()!;
  for (const key of held) await sendKeys({ down: key });
  await sendKeys({ press: letter });
  for (const key of held.reverse()) await sendKeys({ up: key });
  await settle(el);
}

/** Moves c1 from Monday to Tuesday (a committed move, to undo later). */
async function moveC1(el: VkPlanBoard): Promise<void> {
  await lift(el, 'c1', 'ArrowRight');
  await sendKeys({ press: 'Space' });
  await settle(el);
  expect(columns(el.value).tue, 'c1 on Tuesday').to.deep.equal(['c1', 'c4']);
}

describe('vk-plan-board: undo or redo while a card is lifted', () => {
  for (const width of [900, 400]) {
    describe(`${width} px`, () => {
      it('Ctrl+Z while another card is lifted: put back, then the undo on the document before the lift; its words said; focus on the card it moved', async () => {
        const el = await board(width);
        await moveC1(el);
        const before = el.value!;
        // Lege on Tuesday, shown with Norskkurs when one day is shown at a time; previewed on Wednesday.
        await lift(el, 'c4', 'ArrowRight');
        expect(el.value, 'the preview commits nothing').to.equal(before);
        const events = record(el, 'vk-change');
        const said = recordAnnouncements(el);
        await history(el, 'Control+z');
        expect(lifted(el), 'nothing lifted').to.equal(false);
        expect(events.map((e) => (e.detail as { source: string }).source), 'one undo, nothing for c4').to.deep.equal(['undo']);
        expect(columns(el.value), 'c1 back on Monday; c4 where it was').to.deep.equal({ mon: ['c1', 'c2', 'c3'], tue: ['c4'], wed: [] });
        expect(plain(announced(el)), `the undo's words (said: ${JSON.stringify(said)})`).to.equal('Angret. Kort Norskkurs: kolonne Mandag, plass 1 av 3');
        expect(said.map(plain), 'said once').to.deep.equal(['Angret. Kort Norskkurs: kolonne Mandag, plass 1 av 3']);
        expect(focusKey(), 'focus on the card the undo moved').to.equal('c:c1');
        expect(cardButton(el, 'c1').checkVisibility(), 'its day shown').to.equal(true);
        // The next Space lifts the focused card; it drops nothing.
        await sendKeys({ press: 'Space' });
        await settle(el);
        expect(events, 'still one change').to.have.length(1);
        await sendKeys({ press: 'Escape' });
      });

      it('Ctrl+Z while the card the undo moves is lifted: its words, where the undo put it; focus on it', async () => {
        const el = await board(width);
        await moveC1(el);
        await lift(el, 'c1', 'ArrowRight');
        const events = record(el, 'vk-change');
        const said = recordAnnouncements(el);
        await history(el, 'Control+z');
        expect(lifted(el), 'nothing lifted').to.equal(false);
        expect(events.map((e) => (e.detail as { operation: PlanOperation }).operation)).to.deep.equal([
          { type: 'card.move', cardId: 'c1', from: { columnId: 'tue', index: 0 }, to: { columnId: 'mon', index: 0 } },
        ]);
        expect(columns(el.value)).to.deep.equal({ mon: ['c1', 'c2', 'c3'], tue: ['c4'], wed: [] });
        expect(said.map(plain)).to.deep.equal(['Angret. Kort Norskkurs: kolonne Mandag, plass 1 av 3']);
        expect(plain(announced(el))).to.equal('Angret. Kort Norskkurs: kolonne Mandag, plass 1 av 3');
        expect(focusKey()).to.equal('c:c1');
        expect(cardButton(el, 'c1').checkVisibility(), 'its day shown').to.equal(true);
      });
    });
  }

  for (const shortcut of ['Control+y', 'Control+Shift+Z'] as const) {
    it(`${shortcut.replace('Control', 'Ctrl')} while lifted: put back, then the redo; its words said; focus on the card it moved`, async () => {
      const el = await board(900);
      await moveC1(el);
      await history(el, 'Control+z');
      await lift(el, 'c3', 'ArrowLeft');
      const events = record(el, 'vk-change');
      const said = recordAnnouncements(el);
      await history(el, shortcut);
      expect(lifted(el), 'nothing lifted').to.equal(false);
      expect(events.map((e) => (e.detail as { source: string }).source)).to.deep.equal(['redo']);
      expect(columns(el.value)).to.deep.equal({ mon: ['c2', 'c3'], tue: ['c1', 'c4'], wed: [] });
      expect(said.map(plain)).to.deep.equal(['Gjort om igjen. Kort Norskkurs: kolonne Tirsdag, plass 1 av 2']);
      expect(plain(announced(el))).to.equal('Gjort om igjen. Kort Norskkurs: kolonne Tirsdag, plass 1 av 2');
      expect(focusKey()).to.equal('c:c1');
    });
  }

  it('Ctrl+Z of Done while lifted: "Angret. Norskkurs: ikke ferdig", focus on Norskkurs', async () => {
    const el = await board(900);
    (cardItem(el, 'c1').querySelector('.done-toggle') as HTMLElement).click();
    await settle(el);
    await lift(el, 'c2', 'ArrowRight');
    const said = recordAnnouncements(el);
    await history(el, 'Control+z');
    expect(lifted(el), 'nothing lifted').to.equal(false);
    expect(el.value!.cards.find((c) => c.id === 'c1')?.done, 'undone').to.equal(undefined);
    expect(columns(el.value)).to.deep.equal({ mon: ['c1', 'c2', 'c3'], tue: ['c4'], wed: [] });
    expect(said.map(plain)).to.deep.equal(['Angret. Norskkurs: ikke ferdig']);
    expect(focusKey()).to.equal('c:c1');
  });

  it('Ctrl+Z during a pointer drag: the drag ends, the undo on the document before it; its words said; focus on the card it moved; the release commits nothing', async () => {
    const el = await board(900);
    await moveC1(el);
    const { events, said } = await undoDuringDrag(el);
    expect(columns(el.value)).to.deep.equal({ mon: ['c1', 'c2', 'c3'], tue: ['c4'], wed: [] });
    expect(said.map(plain)).to.deep.equal(['Angret. Kort Norskkurs: kolonne Mandag, plass 1 av 3']);
    expect(plain(announced(el))).to.equal('Angret. Kort Norskkurs: kolonne Mandag, plass 1 av 3');
    expect(focusKey()).to.equal('c:c1');
    const at = above(cardItem(el, 'c4'));
    cardButton(el, 'c2').dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, pointerId: 7, pointerType: 'mouse', isPrimary: true, clientX: at.x, clientY: at.y }));
    await settle(el);
    expect(events.map((e) => (e.detail as { source: string }).source), 'the undo only').to.deep.equal(['undo']);
  });

  // With nothing to undo or redo, the card is put back as Escape puts it back, and one message says both (two in one task: only
  // the last is heard), as the calendar does (course-calendar/pick-up-undo-nothing.test.ts). Before 6 Dec 2026 the board said
  // "Ingenting å angre." and the move went on: the next Space dropped the card where the arrows had left it.
  for (const [shortcut, nothingWords] of [
    ['Control+z', 'Ingenting å angre.'],
    ['Control+y', 'Ingenting å gjøre om.'],
    ['Control+Shift+Z', 'Ingenting å gjøre om.'],
  ] as const) {
    it(`${shortcut.replace('Control', 'Ctrl')} with nothing to do while lifted: put back as Escape; its words and "${nothingWords}" said once; focus on the card`, async () => {
      const el = await board(900);
      await lift(el, 'c1', 'ArrowRight');
      const events = record(el, 'vk-change');
      const said = recordAnnouncements(el);
      await history(el, shortcut);
      expect(lifted(el), 'nothing lifted').to.equal(false);
      expect(columns(el.value), 'as it was').to.deep.equal({ mon: ['c1', 'c2', 'c3'], tue: ['c4'], wed: [] });
      expect(said.map(plain), 'said once').to.deep.equal([`Flytting avbrutt. Kort Norskkurs: kolonne Mandag, plass 1 av 3. ${nothingWords}`]);
      expect(plain(announced(el))).to.equal(`Flytting avbrutt. Kort Norskkurs: kolonne Mandag, plass 1 av 3. ${nothingWords}`);
      expect(focusKey(), 'focus on the card, as after Escape').to.equal('c:c1');
      // The next Space lifts it again where it is: it drops nothing.
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(lifted(el), 'lifted again').to.equal(true);
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(columns(el.value), 'not moved').to.deep.equal({ mon: ['c1', 'c2', 'c3'], tue: ['c4'], wed: [] });
      expect(events, 'nothing committed').to.have.length(0);
    });
  }

  it('Ctrl+Z with nothing to undo during a pointer drag: the drag ends as Escape ends it; its words and "Ingenting å angre." said once; the release commits nothing', async () => {
    const el = await board(900);
    const { events, said } = await undoDuringDrag(el);
    expect(said.map(plain), 'said once').to.deep.equal(['Flytting avbrutt. Kort Arbeidspraksis: kolonne Mandag, plass 2 av 3. Ingenting å angre.']);
    expect(focusKey(), 'focus where Escape leaves it').to.equal('c:c2');
    const at = above(cardItem(el, 'c4'));
    cardButton(el, 'c2').dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, pointerId: 7, pointerType: 'mouse', isPrimary: true, clientX: at.x, clientY: at.y }));
    await settle(el);
    expect(events, 'nothing committed').to.have.length(0);
    expect(columns(el.value)).to.deep.equal({ mon: ['c1', 'c2', 'c3'], tue: ['c4'], wed: [] });
  });

  // The place words end without a stop; the one put between them and "Ingenting å angre." was a Latin "." in every language.
  it('Tigrinya UI, Ctrl+Z with nothing to undo while lifted: the Ethiopic full stop (።) joins the place and the nothing words', async () => {
    await setLocale('ti');
    try {
      const el = await board(900);
      await lift(el, 'c1', 'ArrowRight');
      const said = recordAnnouncements(el);
      await history(el, 'Control+z');
      expect(said, 'said once').to.have.length(1);
      expect(said[0].startsWith('ምንቅስቓስ ተሰሪዙ። '), said[0]).to.equal(true);
      expect(said[0].endsWith(`። ${nothingWords('undo', false)}`), `the Ethiopic stop before the nothing words: ${said[0]}`).to.equal(true);
    } finally {
      await setLocale('nb');
    }
  });
});
