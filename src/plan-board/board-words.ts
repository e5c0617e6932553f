import { firstLocale } from '../core/bilingual.js';
import { resolveText, textIn } from '../core/text.js';
import type { Text } from '../core/types.js';
import { widestWord } from '../core/word-width.js';
import type { PlanCard, PlanColumn, PlanDocument } from './plan-board.types.js';

/** A word this long or longer may not fit the narrowest column; shorter ones always do (no glyph is wider than 1em). */
const LONG = /\S{10}/u;

/** The widest words an adviser's board shows, measured (see `boardWords`). */
export interface WidestWords {
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
 * (read only when a long word is found) at the titles' weight 600 and the places' 400.
 *
 * Remembered: the result depends only on the texts of the cards and columns, the text locale, the
 * participant language and the font, so a render for anything else (a key that lifts a card, a
 * move, Done, a panel) measures nothing. A new document is scanned again only when a card's or
 * column's title or place is another Text than in the one last scanned (by identity, cards by id:
 * a move or Done keeps its card's texts; a host value, parsed anew, is scanned again). A scan is
 * linear in the document; each word's width is cached (core/word-width.ts).
 */
export interface BoardWords {
  /** The widest words of `doc` in the text locale `uiLocale`; `style()` is the host's computed style. */
  of(doc: PlanDocument, uiLocale: string, style: () => CSSStyleDeclaration): WidestWords;
  /** Measures again in the host's font now: true when it is another. */
  restyled(style: () => CSSStyleDeclaration): boolean;
}

export function boardWords(): BoardWords {
  let shown: PlanDocument | undefined;
  let locales = '';
  let cards = new Map<string, PlanCard>();
  let columns: readonly PlanColumn[] = [];
  /** The shown texts with a long word: titles, places. */
  let titles: string[] = [];
  let places: string[] = [];
  let measuredIn = '';
  let widest: WidestWords = { title: 0, place: 0 };

  const words: BoardWords = {
    of(doc, uiLocale, style) {
      const now = uiLocale + ' ' + doc.participantLanguage;
      if (
        now !== locales ||
        // Another document, without the same card and column texts as the one last scanned (cards by id, in any order).
        (doc !== shown &&
          (doc.columns.length !== columns.length ||
            doc.cards.length !== cards.size ||
            doc.columns.some((c, i) => c.title !== columns[i]!.title) ||
            doc.cards.some((c) => {
              const was = cards.get(c.id);
              return was?.title !== c.title || was.place !== c.place;
            })))
      ) {
        const language = doc.participantLanguage;
        const first = firstLocale(uiLocale, language);
        const add = (text: Text | undefined, to: string[]): void => {
          if (text !== undefined) for (const line of [resolveText(text, first), language ? textIn(text, language) : undefined]) if (line && LONG.test(line)) to.push(line);
        };
        locales = now;
        titles = [];
        places = [];
        cards = new Map();
        for (const card of doc.cards) {
          cards.set(card.id, card);
          add(card.title, titles);
          add(card.place, places);
        }
        for (const column of (columns = doc.columns)) add(column.title, titles);
        measuredIn = '';
        widest = { title: 0, place: 0 };
        words.restyled(style);
      }
      shown = doc;
      return widest;
    },
    restyled(style) {
      if (!titles.length && !places.length) return false;
      const { fontFamily } = style();
      if (fontFamily === measuredIn) return false;
      measuredIn = fontFamily;
      // (0.875rem text measured at 87.5px: its width in px / 100 is in rem.)
      const widestOf = (texts: string[], font: string): number => Math.ceil(widestWord(texts.map((text) => ({ text, font: font + fontFamily })))) / 100;
      widest = { title: widestOf(titles, '600 100px '), place: widestOf(places, '400 87.5px ') };
      return true;
    },
  };
  return words;
}
