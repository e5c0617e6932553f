import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { boardAt, cardButton, deepActive, key, keys } from './helpers.js';

// A phone, one day at a time (audit pb-narrow-day): ←/→ and Ctrl+Home/End from a card showed
// another day (Mandag → Tirsdag) without a word: the live region said nothing and a card's name
// has no day in it. The day tabs say "Tirsdag, 2 av 3" when they switch the day; the arrows
// that switch it from a card say the same. A lifted card's move already names its day, and says
// only that.

const said = (el: VkPlanBoard): string => el.shadowRoot!.querySelector('[data-vk-announcer]')?.textContent ?? '';
/** The selected day tab's title (without its card count). */
const shownDay = (el: VkPlanBoard): string | undefined => el.shadowRoot!.querySelector('[role=tab][aria-selected=true] span[lang]')?.textContent?.trim();
/** Focus is on the selected day tab of `day`, the one tab in the Tab order. */
function expectFocusOnTab(day: string): void {
  const focused = deepActive() as HTMLElement;
  expect(focused.getAttribute('role'), 'a tab').to.equal('tab');
  expect(focused.querySelector('span[lang]')?.textContent).to.equal(day);
  expect(focused.getAttribute('aria-selected')).to.equal('true');
  expect(focused.tabIndex).to.equal(0);
}

describe('plan board, one day at a time: a day switched from a card is announced', () => {
  it('→ into the next day says "Tirsdag, 2 av 3", as its tab does; ← back says "Mandag, 1 av 3"', async () => {
    const el = await boardAt(400);
    expect(el.shadowRoot!.querySelector('.board[data-narrow]'), 'one day at a time').to.not.equal(null);
    cardButton(el, 'c1').focus();
    await keys(el, 'ArrowRight');
    expect(shownDay(el)).to.equal('Tirsdag');
    expect(deepActive()).to.equal(cardButton(el, 'c4'));
    expect(said(el)).to.equal('\u2068Tirsdag\u2069, 2 av 3');
    await keys(el, 'ArrowLeft');
    expect(shownDay(el)).to.equal('Mandag');
    expect(said(el)).to.equal('\u2068Mandag\u2069, 1 av 3');
  });

  it('Ctrl+End and Ctrl+Home into another day say it too', async () => {
    const el = await boardAt(400);
    cardButton(el, 'c1').focus();
    // The board's last card is Tirsdag's (Onsdag has none).
    await key(el, cardButton(el, 'c1'), 'End', { ctrlKey: true });
    expect(deepActive()).to.equal(cardButton(el, 'c4'));
    expect(said(el)).to.equal('\u2068Tirsdag\u2069, 2 av 3');
    await key(el, cardButton(el, 'c4'), 'Home', { ctrlKey: true });
    expect(deepActive()).to.equal(cardButton(el, 'c1'));
    expect(said(el)).to.equal('\u2068Mandag\u2069, 1 av 3');
  });

  it('a move within the day says nothing', async () => {
    const el = await boardAt(400);
    cardButton(el, 'c1').focus();
    await keys(el, 'ArrowDown', 'End');
    expect(deepActive()).to.equal(cardButton(el, 'c3'));
    expect(said(el)).to.equal('');
  });

  it('a lifted card moved into the next day: its move is said, not the day position over it', async () => {
    const el = await boardAt(400);
    cardButton(el, 'c1').focus();
    await keys(el, ' ', 'ArrowRight');
    expect(shownDay(el)).to.equal('Tirsdag');
    expect(said(el)).to.contain('kolonne \u2068Tirsdag\u2069');
    expect(said(el)).to.not.equal('\u2068Tirsdag\u2069, 2 av 3');
  });

  // QA53: the host removed the day shown: the next day showed, focus went to its card without a word,
  // and the status still said the removed day.
  it('the host removes the day shown: the day now shown is said ("Onsdag, 2 av 2")', async () => {
    const el = await boardAt(400);
    cardButton(el, 'c1').focus();
    await keys(el, 'ArrowRight');
    expect(said(el)).to.equal('\u2068Tirsdag\u2069, 2 av 3');
    const doc = el.value!;
    el.value = { ...doc, columns: doc.columns.filter((c) => c.id !== 'tue'), cards: doc.cards.filter((c) => c.columnId !== 'tue') };
    await el.updateComplete;
    await el.updateComplete;
    expect(shownDay(el)).to.equal('Onsdag');
    expect(said(el)).to.equal('\u2068Onsdag\u2069, 2 av 2');
  });

  it('the host removes every day: the status no longer names the day that was shown', async () => {
    const el = await boardAt(400);
    cardButton(el, 'c1').focus();
    await keys(el, 'ArrowRight');
    expect(said(el)).to.equal('\u2068Tirsdag\u2069, 2 av 3');
    el.value = { ...el.value!, columns: [], cards: [] };
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="no-days"]'), 'the board says it has no days').to.not.equal(null);
    expect(said(el)).to.equal('');
  });

  it('the host removes a day before the day shown: the same day stays shown', async () => {
    const el = await boardAt(400);
    cardButton(el, 'c1').focus();
    await keys(el, 'ArrowRight');
    const doc = el.value!;
    el.value = { ...doc, columns: doc.columns.filter((c) => c.id !== 'mon'), cards: doc.cards.filter((c) => c.columnId !== 'mon') };
    await el.updateComplete;
    await el.updateComplete;
    expect(shownDay(el)).to.equal('Tirsdag');
    expect(deepActive()).to.equal(cardButton(el, 'c4'));
  });

  // QA53 round 2: focus on the Onsdag tab; the host removed Mandag (focus went into Onsdag's card, unsaid) or added a
  // day first (focus stayed on the same button, now Tirsdag's: unselected, out of the tab order).
  for (const [change, edit] of [
    ['removes a day before it', (doc: NonNullable<VkPlanBoard['value']>) => ({ ...doc, columns: doc.columns.slice(1), cards: doc.cards.filter((c) => c.columnId !== 'mon') })],
    ['adds a day before it', (doc: NonNullable<VkPlanBoard['value']>) => ({ ...doc, columns: [{ id: 'sun', title: 'Søndag' }, ...doc.columns] })],
  ] as const) {
    it(`focus on a day's tab stays on that day's tab when the host ${change}`, async () => {
      const el = await boardAt(400);
      el.shadowRoot!.querySelector<HTMLElement>('#tab-0')!.focus();
      await keys(el, 'End');
      expect(deepActive()?.textContent).to.contain('Onsdag');
      el.value = edit(el.value!);
      await el.updateComplete;
      await el.updateComplete;
      expectFocusOnTab('Onsdag');
    });
  }

  // Noticed by the round-2 fixer: focus on the shown day's own tab when the host removes that day went into the next day's
  // first card; a tab user stays on the tabs.
  it("focus on the shown day's tab when the host removes that day: on the tab of the day now shown, which is said", async () => {
    const el = await boardAt(400);
    el.shadowRoot!.querySelector<HTMLElement>('#tab-0')!.focus();
    await keys(el, 'ArrowRight');
    expect(deepActive()?.textContent).to.contain('Tirsdag');
    const doc = el.value!;
    el.value = { ...doc, columns: doc.columns.filter((c) => c.id !== 'tue'), cards: doc.cards.filter((c) => c.columnId !== 'tue') };
    await el.updateComplete;
    await el.updateComplete;
    expectFocusOnTab('Onsdag');
    expect(said(el)).to.equal('\u2068Onsdag\u2069, 2 av 2');
  });
});
