/**
 * QA pass 58, narrow week at 200 % text on a 320 px phone: a session's words were cut mid-word ("Teor" of "Teori", the end
 * of "Arbeidsrettet norskopplæring"). Two causes, both missed by the lane fit (legend-fit.ts fitSlotWords):
 * - the chip was wider than its lane: every button's 2.25rem minimum (72 px at 32 px root text) in a 61 px lane, so its
 *   text box ran 11 px under the next lane, which covered the ends of its lines, and the fit (sized to the lane) was off;
 * - a part whose widest word is too wide for the lane even at the fit's floor ("klasserommet") kept its full size, so its
 *   shorter words, which fit at the floor ("Teori:", "Praksis"), were cut as well. Month chips (fitChips) go to the floor.
 * A word is now whole on its line, inside its lane; only a word too wide for the line even at the floor is shortened, with
 * an ellipsis (never split, never covered), the chip's title and name holding the whole text.
 */
import { expect } from '@open-wc/testing';
import { splitWords } from '../a11y/layout-checks.js';
import { chipOf, drawnWords, laneWeek, outside, resetPage } from './lane-fit-fixture.js';

describe('course calendar: a narrow week lane cuts no word', () => {
  afterEach(resetPage);

  for (const lang of ['nb', 'ar'] as const) {
    it(`${lang}: at 200 % text on a 320 px phone each chip is no wider than its lane`, async () => {
      const el = await laneWeek(lang);
      for (const id of ['long', 'beside']) {
        const chip = chipOf(el, id);
        expect(chip.getBoundingClientRect().width, `${id}: the chip within its lane`).to.be.at.most(chip.closest('.slot')!.getBoundingClientRect().width + 0.5);
      }
    });

    for (const text of [200, 100]) {
      it(`${lang}: at ${text} % text in a 254 px calendar every word is whole in its lane, or too wide even at the floor and shortened with "…", named whole in the title`, async () => {
        const el = await laneWeek(lang, 254, text);
        for (const id of ['long', 'beside']) {
          const chip = chipOf(el, id);
          const floorOf = (word: { part: HTMLElement }): number => {
            const own = parseFloat(getComputedStyle(word.part.parentElement!).fontSize);
            return Math.max(own / 2, Math.min(16, own * 0.75));
          };
          // The time: week-lane-time.test.ts.
          const cut = drawnWords(chip)
            .filter((word) => !word.part.classList.contains('time') && outside(chip, word) > 0.5)
            .filter((word) => {
              const width = Math.max(...word.rects.map((r) => r.right)) - Math.min(...word.rects.map((r) => r.left));
              const line = word.part.clientWidth;
              const tooWide = (width * floorOf(word)) / word.size > line;
              const shortened = getComputedStyle(word.part).textOverflow === 'ellipsis' && word.part.scrollWidth > word.part.clientWidth;
              return !(tooWide && shortened && chip.title.includes(word.word));
            })
            .map((word) => `${word.word} (${outside(chip, word).toFixed(1)} px out, ${word.size.toFixed(1)} px)`);
          expect(cut, `${id}: words cut although they fit at the floor, or cut without an ellipsis`).to.deep.equal([]);
        }
        expect(splitWords(el.parentElement!).filter((w) => w.where.includes('session')), 'no word split').to.deep.equal([]);
      });
    }
  }
});
