import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import { splitWords } from '../a11y/layout-checks.js';
import { useTextSpacing } from '../a11y/text-spacing.js';

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

// WCAG 1.4.12 text spacing (letter spacing 0.12em, word spacing 0.16em, line height 1.5) on every
// element. An adviser's card puts the pictogram beside the words from an 18rem column up; on a
// 320 px phone (a 304 px board in a page with the default 8 px margin) "Samfunnskunnskap" took
// 190 px of a 185 px line beside the pictogram and broke as "Samfunnskunnska|p".
describe('vk-plan-board with text spacing (WCAG 1.4.12)', () => {
  before(() => useTextSpacing(true));
  after(() => useTextSpacing(false));

  it('keeps every word of a card whole from 296 to 420 px, pictogram beside the words where they fit', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 296px"><vk-plan-board .value=${createAminaPlan()}></vk-plan-board></div>`);
    const board = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
    const failures: string[] = [];
    let beside = 0;
    for (let width = 296; width <= 420; width += 8) {
      wrapper.style.inlineSize = `${width}px`;
      await board.updateComplete;
      await frame();
      await frame();
      for (const w of splitWords(wrapper)) failures.push(`${width}px: "${w.word}" over ${w.lines} lines (${w.wordWidth} px word, ${w.lineWidth} px line)`);
      const card = board.shadowRoot!.querySelector('.card-button') as HTMLElement;
      const picture = card.querySelector('.vk-pictogram')!.getBoundingClientRect();
      const words = card.querySelector('.card-text')!.getBoundingClientRect();
      if (words.top < picture.bottom - 1) beside++;
    }
    expect(failures, failures.join('\n')).to.deep.equal([]);
    expect(beside, 'widths with the pictogram beside the words of the first card').to.be.above(0);
  });
});

// An adviser column is as wide as its longest word needs, measured on a canvas (board-words.ts),
// which knows no letter spacing: with 0.12em after each letter "Arbeidsmarkedsopplæringskurset"
// (30 letters, 58 px more) was split across lines (331 px of word in a 276 px line). And a done
// card in a column of 18rem or more keeps 1.75rem beside its words for its mark, which the
// column's width left out: that word on a done card was split even without text spacing.
describe('vk-plan-board: an adviser column holds its longest word with text spacing (WCAG 1.4.12)', () => {
  afterEach(() => useTextSpacing(false));

  /** Amina's week with a long word in the first card's title (a done card), its Ukrainian title and its place. */
  const doc = (): PlanDocument => {
    const plan = createAminaPlan();
    return {
      ...plan,
      participantLanguage: 'uk',
      cards: plan.cards.map((card, i) => (i === 0 ? { ...card, title: { nb: 'Arbeidsmarkedsopplæringskurset', uk: 'Суспільствознавство' }, place: 'Introduksjonsprogrammet' } : card)),
    };
  };

  async function splitAt(wrapper: HTMLElement, widths: number[]): Promise<string[]> {
    const board = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
    const failures: string[] = [];
    for (const width of widths) {
      wrapper.style.inlineSize = `${width}px`;
      await board.updateComplete;
      await frame();
      await frame();
      expect(board.shadowRoot!.querySelector('[data-narrow]'), `${width}px: every column`).to.equal(null);
      expect(board.shadowRoot!.querySelector('.card[data-done] .card-text')!.textContent, 'the long word on a done card').to.contain('Arbeidsmarkedsopplæringskurset');
      for (const w of splitWords(wrapper)) failures.push(`${width}px: "${w.word}" over ${w.lines} lines (${w.wordWidth} px word, ${w.lineWidth} px line)`);
    }
    return failures;
  }

  it('no word of a card is split from 720 to 1280 px', async () => {
    useTextSpacing(true);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 720px"><vk-plan-board .value=${doc()}></vk-plan-board></div>`);
    const failures = await splitAt(wrapper, [720, 800, 900, 1100, 1280]);
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });

  it('text spacing turned on over a board already shown is measured when the board is next resized', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 720px"><vk-plan-board .value=${doc()}></vk-plan-board></div>`);
    await (wrapper.querySelector('vk-plan-board') as VkPlanBoard).updateComplete;
    await frame();
    useTextSpacing(true);
    const failures = await splitAt(wrapper, [800, 1100]);
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });

  it('without text spacing the long word is whole on its done card too', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 720px"><vk-plan-board .value=${doc()}></vk-plan-board></div>`);
    const failures = await splitAt(wrapper, [720, 1100]);
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });
});
