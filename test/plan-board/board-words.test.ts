import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { splitWords } from '../a11y/layout-checks.js';
import { cardButton, frame, keys, samplePlan } from './helpers.js';

// The board remembers the widest words of its cards (board-words.ts) and measures again only when
// a text they come from or the text locale changed: a lift, a move or Done measures nothing. What
// it remembers must never be stale: a host value with a longer word, or the words of another
// locale, widen the columns at once, and a shorter one gives the width back.

const LONG = 'Arbeidsmarkedsopplæringskurset';
/** The widest title word the columns hold (em; 0: none of 10 or more letters). */
const word = (el: VkPlanBoard): number => parseFloat(el.shadowRoot!.querySelector<HTMLElement>('.columns')!.style.getPropertyValue('--_vk-plan-word')) || 0;

async function settle(el: VkPlanBoard): Promise<void> {
  await el.updateComplete;
  await frame();
  await el.updateComplete;
}

/** Whether `text` is drawn on one line wherever the board shows it (card titles), and is shown at all. */
function onOneLine(el: VkPlanBoard, text: string): boolean {
  const shown = Array.from(el.shadowRoot!.querySelectorAll('.card-text .vk-text')).filter((t) => t.textContent === text);
  return shown.length > 0 && shown.every((t) => {
    const range = document.createRange();
    range.selectNodeContents(t);
    return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size === 1;
  });
}

async function mount(doc: PlanDocument): Promise<{ wrapper: HTMLElement; el: VkPlanBoard }> {
  const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 1100px"><vk-plan-board .value=${doc}></vk-plan-board></div>`);
  const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
  await settle(el);
  return { wrapper, el };
}

/** samplePlan in plain Norwegian strings, short words only ("Norsk", "Mandag"). */
const shortPlan = (): PlanDocument => ({
  ...samplePlan(),
  participantLanguage: undefined,
  columns: samplePlan().columns.map((c) => ({ ...c, title: (c.title as Record<string, string>).nb! })),
  cards: samplePlan().cards.map((c) => ({ ...c, title: c.id === 'c4' ? 'Lege' : 'Norsk' })),
});

const withTitle = (doc: PlanDocument, cardId: string, title: PlanDocument['cards'][number]['title']): PlanDocument => ({ ...doc, cards: doc.cards.map((c) => (c.id === cardId ? { ...c, title } : c)) });

describe('plan board: the widest words follow the texts', () => {
  it('a host value that gives one card a longer word widens the columns; a move keeps the width; a shorter word gives it back', async () => {
    // (Plain strings: a host value is parsed into new objects, and strings compare by value, so
    // only a title that changed can tell the board to measure again.)
    const doc = shortPlan();
    const { wrapper, el } = await mount(doc);
    expect(word(el), 'short words: no width of their own').to.equal(0);
    el.value = withTitle(doc, 'c2', LONG);
    await settle(el);
    const wide = word(el);
    expect(wide, 'a long word widens the columns').to.be.above(13);
    expect(onOneLine(el, LONG), `"${LONG}" on one line`).to.equal(true);
    expect(splitWords(wrapper)).to.deep.equal([]);
    // A keyboard move of the long card (its texts unchanged) to Tirsdag: the same width.
    cardButton(el, 'c2').focus();
    await keys(el, ' ', 'ArrowRight', ' ');
    await settle(el);
    expect(el.value!.cards.find((c) => c.id === 'c2')!.columnId).to.equal('tue');
    expect(word(el)).to.equal(wide);
    expect(onOneLine(el, LONG)).to.equal(true);
    // The host gives the card a short title again (it stays in its new column): no width of its own.
    el.value = withTitle(el.value!, 'c2', 'Norsk');
    await settle(el);
    expect(word(el)).to.equal(0);
  });

  it('a card added with a long place, and one removed, are measured (same titles)', async () => {
    const doc = shortPlan();
    const { el } = await mount(doc);
    el.value = { ...doc, cards: [...doc.cards, { id: 'c9', columnId: 'wed', title: 'Kurs', pictogram: 'vk:course', place: LONG }] };
    await settle(el);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.columns')!.style.getPropertyValue('--_vk-plan-place')).to.match(/^[\d.]+rem$/);
    el.value = doc;
    await settle(el);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.columns')!.style.getPropertyValue('--_vk-plan-place')).to.equal('');
  });

  it('the text locale decides the first line: a long word only in English widens the columns when the board is lang="en", not in nb', async () => {
    const doc = withTitle(shortPlan(), 'c4', { nb: 'Lege', en: 'Telecommunications' });
    const { el } = await mount(doc);
    expect(word(el), 'nb: "Lege"').to.equal(0);
    el.lang = 'en';
    await settle(el);
    expect(word(el), 'en: "Telecommunications"').to.be.above(8);
    expect(onOneLine(el, 'Telecommunications')).to.equal(true);
    el.lang = 'nb';
    await settle(el);
    expect(word(el)).to.equal(0);
  });

  it('a new participant language brings its own words: measured at once', async () => {
    const doc = withTitle({ ...shortPlan(), participantLanguage: 'ar' }, 'c1', { nb: 'Norsk', ar: 'دورة', uk: 'Суспільствознавство' });
    const { el } = await mount(doc);
    expect(word(el), 'ar: short words').to.equal(0);
    el.value = { ...doc, participantLanguage: 'uk' };
    await settle(el);
    expect(word(el), 'uk: "Суспільствознавство"').to.be.above(8);
    expect(onOneLine(el, 'Суспільствознавство')).to.equal(true);
  });
});
