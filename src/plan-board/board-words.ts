import { firstLocale } from '../core/bilingual.js';
import { resolveText, textIn } from '../core/text.js';
import type { Text } from '../core/types.js';
import { widestWord, type ShownText } from '../core/word-width.js';
import type { PlanDocument } from './plan-board.types.js';

/** A word this long or longer may not fit the narrowest column; shorter ones always do (no glyph is wider than 1em). */
const LONG = /\S{10}/u;

/**
 * The widest word an adviser's card or column title shows, in em of the cards' bold text (0 when
 * no word has 10 or more letters), so no word is split across lines ("Суспільствознавство", 19
 * letters, needs 11 em; easy-to-read guidance: never split a word).
 *
 * Why measured: an adviser column is a CSS size container (its container query puts the pictogram
 * beside the words), and a size container has no content-based minimum width (CSS Containment
 * §3.2), so unlike a participant column (min-content) it cannot grow to its longest word by itself.
 * The board gives the width to CSS as `--_vk-plan-word`, and each column is at least that plus its
 * own paddings and borders (plan-board.styles.ts).
 *
 * Texts are what the cards show: each title and place in the first line's locale and in the
 * participant language (`bilingual`), and the column titles, all measured in the board's font at
 * weight 600 (the titles'; the places' smaller type needs less). `family` is the computed
 * font-family, read once per connection. Linear in the document; each word's width is cached.
 */
export function widestBoardWord(doc: PlanDocument, uiLocale: string, family: () => string): number {
  const first = firstLocale(uiLocale, doc.participantLanguage);
  const texts: ShownText[] = [];
  let font = '';
  const add = (text: Text | undefined): void => {
    if (text === undefined) return;
    for (const shown of [resolveText(text, first), doc.participantLanguage ? textIn(text, doc.participantLanguage) : undefined]) {
      if (shown && LONG.test(shown)) texts.push({ text: shown, font: (font ||= `600 100px ${family()}`) });
    }
  };
  for (const card of doc.cards) {
    add(card.title);
    add(card.place);
  }
  for (const column of doc.columns) add(column.title);
  return texts.length ? Math.ceil(widestWord(texts)) / 100 : 0;
}
