/**
 * Host column titles keep their capitals in the board's sentences. `inSentence` lower-cased the
 * first letter of every column title in a Norwegian sentence, meant for weekday names ("la til
 * Tannlege i onsdag"), and so wrote what a host names a column wrongly: "Kort Buss lagt til i
 * nAV-kontoret", "oslo VO Rosenhof". Now only a Norwegian weekday name (bokmål's, as Intl writes
 * them, and Nynorsk's) is lower-cased; every other title stays as written, in the add announcement and in
 * the undo and redo descriptions (the two uses of inSentence).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { inSentence } from '../../src/plan-board/board-text.js';
import { setLocale } from '../../src/core/localize.js';
import { frame } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const said = (el: VkPlanBoard): string => (sr(el).querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');

async function settle(el: VkPlanBoard): Promise<void> {
  await el.updateComplete;
  await frame();
  await el.updateComplete;
}

const plan = (): PlanDocument => ({
  version: 1,
  columns: [
    { id: 'mon', title: 'Mandag' },
    { id: 'nav', title: 'NAV-kontoret' },
    { id: 'vo', title: 'Oslo VO Rosenhof' },
    { id: 'am', title: 'Tysdag formiddag' },
  ],
  cards: [{ id: 'k', columnId: 'mon', title: 'Møte', pictogram: 'vk:bus' }],
});

describe('plan board: host column titles in a sentence', () => {
  afterEach(() => setLocale('nb'));

  it('inSentence: only a weekday name loses its capital, in a Norwegian sentence', () => {
    for (const ui of ['nb', 'nn', 'no']) {
      expect(inSentence('Mandag', ui)).to.equal('mandag');
      expect(inSentence('Lørdag', ui)).to.equal('lørdag');
      expect(inSentence('Måndag', ui), 'Nynorsk').to.equal('måndag');
      expect(inSentence('Tysdag formiddag', ui)).to.equal('tysdag formiddag');
      expect(inSentence('NAV-kontoret', ui)).to.equal('NAV-kontoret');
      expect(inSentence('Oslo VO Rosenhof', ui)).to.equal('Oslo VO Rosenhof');
      expect(inSentence('Norskkurs', ui)).to.equal('Norskkurs');
      expect(inSentence('Ålesund', ui)).to.equal('Ålesund');
      expect(inSentence('MANDAG', ui), 'all capitals, as written').to.equal('MANDAG');
    }
    // Every weekday name as Intl writes bokmål's (the list in board-text.ts), with a capital.
    const format = new Intl.DateTimeFormat('nb', { weekday: 'long', timeZone: 'UTC' });
    for (let day = 0; day < 7; day++) {
      const name = format.format(day * 864e5);
      expect(inSentence(name[0].toUpperCase() + name.slice(1), 'nb')).to.equal(name);
    }
    expect(inSentence('Mandagsmøte', 'nb'), 'a word that begins with one').to.equal('Mandagsmøte');
    expect(inSentence('Mandag', 'en'), 'an English sentence').to.equal('Mandag');
    expect(inSentence('Mandag', 'ar'), 'an Arabic sentence').to.equal('Mandag');
  });

  for (const [column, words] of [
    ['nav', 'NAV-kontoret'],
    ['vo', 'Oslo VO Rosenhof'],
    ['mon', 'mandag'],
  ] as const) {
    it(`a card added in "${words}": the announcement, its undo and its redo name it so`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: 1200px"><vk-plan-board .value=${plan()}></vk-plan-board></div>`);
      const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
      await settle(el);
      (sr(el).querySelector(`.add[data-add="${column}"]`) as HTMLElement).click();
      await settle(el);
      (sr(el).querySelector('.picker-option') as HTMLElement).click();
      await settle(el);
      expect(said(el)).to.match(new RegExp(`^Kort .+ lagt til i ${words}$`, 'u'));
      (sr(el).querySelector('.edit-form .cancel') as HTMLElement | null)?.click();
      await settle(el);
      el.undo();
      await el.updateComplete;
      expect(said(el)).to.match(new RegExp(`^Angret: la til .+ i ${words}$`, 'u'));
      el.redo();
      await el.updateComplete;
      expect(said(el)).to.match(new RegExp(`^Gjort om igjen: la til .+ i ${words}$`, 'u'));
    });
  }
});
