import { firstLocale } from '../core/bilingual.js';
import { resolveText, textIn } from '../core/text.js';
import type { Text } from '../core/types.js';
import { widestWord, type ShownText } from '../core/word-width.js';
import type { PlanDocument } from './plan-board.types.js';

/** A word this long or longer may not fit the narrowest column; shorter ones always do (no glyph is wider than 1em). */
const LONG = /\S{10}/u;

/** The widest words an adviser's board shows, measured (see `widestBoardWords`). */
export interface BoardWords {
  /** Of the card titles and column titles, in em of the board's text (bold). */
  title: number;
  /** Of the places (0.875rem, regular weight, after a 1rem pin), in rem. */
  place: number;
}

/**
 * The widest words an adviser's cards and column titles show (0 where no word has 10 or more
 * letters), so no word is split across lines ("Суспільствознавство", 19 letters, needs 11 em;
 * easy-to-read guidance: never split a word).
 *
 * Why measured: an adviser column is a CSS size container (its container query puts the pictogram
 * beside the words), and a size container has no content-based minimum width (CSS Containment
 * §3.2), so unlike a participant column (min-content) it cannot grow to its longest word by itself.
 * The board gives the widths to CSS as `--_vk-plan-word` (em) and `--_vk-plan-place` (rem), and
 * each column is at least as wide as they need with its own paddings and borders (plan-board.styles.ts).
 *
 * Texts are what the cards show: each title and place in the first line's locale and in the
 * participant language (`bilingual`), and the column titles, in the board's computed font-family
 * (`family`, read only when a long word is found) at the titles' weight 600 and the places' 400.
 * Linear in the document; each word's width is cached.
 */
export function widestBoardWords(doc: PlanDocument, uiLocale: string, family: () => string): BoardWords {
  const first = firstLocale(uiLocale, doc.participantLanguage);
  const titles: ShownText[] = [];
  const places: ShownText[] = [];
  const add = (text: Text | undefined, to: ShownText[], weight: string): void => {
    if (text === undefined) return;
    for (const shown of [resolveText(text, first), doc.participantLanguage ? textIn(text, doc.participantLanguage) : undefined]) {
      // (0.875rem text measured at 87.5px: its width in px / 100 is in rem.)
      if (shown && LONG.test(shown)) to.push({ text: shown, font: `${weight} ${weight === '600' ? 100 : 87.5}px ${family()}` });
    }
  };
  for (const card of doc.cards) {
    add(card.title, titles, '600');
    add(card.place, places, '400');
  }
  for (const column of doc.columns) add(column.title, titles, '600');
  return { title: Math.ceil(widestWord(titles)) / 100, place: Math.ceil(widestWord(places)) / 100 };
}
