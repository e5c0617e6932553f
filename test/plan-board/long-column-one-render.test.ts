/**
 * A new board with a long (windowed) column renders once. Its first render guesses the column's visible height (900 px) and a
 * card's height; after it, the column measures both (windowing.ts `ColumnWindows.hostUpdated`). Before, any measure that
 * differed from the guess rendered the board again in the same task (Lit's dev-mode warning "Element vk-plan-board scheduled
 * an update … after an update completed", change-in-update), even when the cards already rendered covered the measured visible
 * part: only the spacers' sizes were left to change, and the column now sizes them itself. A measure that needs more cards than
 * were rendered still renders them (the second test).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { countUpdates, litWarnings } from '../helpers/index.js';
import { bigPlan, frame } from './helpers.js';

/** A board given `doc`, its updates counted from before its first render, then laid out (a frame) and settled. */
async function newBoard(doc: PlanDocument, css = ''): Promise<{ el: VkPlanBoard; updates: { count: number }; warnings: string[] }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px"><style>${css}</style></div>`);
  const el = document.createElement('vk-plan-board') as VkPlanBoard;
  const updates = countUpdates(el);
  const warnings = await litWarnings(async () => {
    el.value = doc;
    wrapper.append(el);
    await el.updateComplete;
    await frame();
    await el.updateComplete;
  });
  return { el, updates, warnings };
}

/** The list's cards' average height with the gap after each (what the column measures). */
function cardSize(list: HTMLElement): number {
  const cards = Array.from(list.querySelectorAll<HTMLElement>(':scope > .card'));
  return cards.reduce((sum, li) => sum + li.offsetHeight, 0) / cards.length + parseFloat(getComputedStyle(cards[0]).marginBlockEnd);
}

describe('vk-plan-board: a new board with a long column', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('renders once, without Lit’s change-in-update warning, its spacers sized by the measured card height', async () => {
    await setViewport({ width: 1100, height: 700 });
    const { el, updates, warnings } = await newBoard(bigPlan(1000));
    expect(warnings.filter((w) => w.includes('after an update completed')), 'Lit warnings').to.deep.equal([]);
    expect(updates.count, 'updates').to.equal(1);
    const list = el.shadowRoot!.querySelector<HTMLElement>('ul.cards[data-windowed]')!;
    const shown = list.querySelectorAll('.card');
    expect(shown[0].getAttribute('aria-posinset')).to.equal('1');
    // Every card in the column's visible part is rendered…
    const last = shown[shown.length - 1].getBoundingClientRect();
    expect(last.bottom, 'rendered cards reach past the visible part').to.be.at.least(list.getBoundingClientRect().bottom);
    // …and the list scrolls as far as its 200 cards of the measured height would (not of the guessed one).
    const size = cardSize(list);
    expect(Math.abs(list.scrollHeight - 200 * size), `scroll height ${list.scrollHeight} for 200 cards of ${size} px`).to.be.below(size);
  });

  it('a visible part taller than the first render covered renders the cards it needs', async () => {
    // The page lets the column's list be 2,500 px tall, more than the 900 px the first render guesses.
    await setViewport({ width: 1100, height: 2700 });
    const doc: PlanDocument = { version: 1, columns: [{ id: 'mon', title: 'Mandag' }], cards: Array.from({ length: 300 }, (_, i) => ({ id: `k${i}`, columnId: 'mon', title: `Kort ${i}`, pictogram: 'vk:bus' })) };
    const { el } = await newBoard(doc, 'vk-plan-board::part(cards) { max-block-size: 2500px }');
    const list = el.shadowRoot!.querySelector<HTMLElement>('ul.cards[data-windowed]')!;
    expect(list.clientHeight, 'the list’s visible height').to.equal(2500);
    const shown = list.querySelectorAll('.card');
    const last = shown[shown.length - 1].getBoundingClientRect();
    expect(last.bottom, 'rendered cards reach past the visible part').to.be.at.least(list.getBoundingClientRect().bottom);
    const size = cardSize(list);
    expect(Math.abs(list.scrollHeight - 300 * size), `scroll height ${list.scrollHeight} for 300 cards of ${size} px`).to.be.below(size);
  });
});
