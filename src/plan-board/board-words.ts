import { firstLocale } from '../core/bilingual.js';
import { resolveText, textIn } from '../core/text.js';
import type { Text } from '../core/types.js';
import { remScaled } from '../core/fonts.js';
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
 * at the titles' weight 600 and the places' 400, with the host's computed letter-spacing after
 * each character: a user's text spacing (WCAG 1.4.12, up to 0.12em), which the canvas does not
 * know. Text-spacing tools set it on every element; set on the host alone it reaches the column
 * titles, not a card's text (a <button>: the browser's own style keeps its spacing normal), which
 * then gets a little more room than it needs. The style is read only when a long word is found:
 * with each scan, and again when the board is resized (`restyled`), so spacing a user turns on
 * over a board already shown counts from its next resize.
 *
 * Remembered: the result depends only on the texts of the cards and columns, the text locale, the
 * participant language and the style, so a render for anything else (a key that lifts a card, a
 * move, Done, a panel) measures nothing. A new document is scanned again only when a card's or
 * column's title or place is another Text than in the one last scanned (by identity, cards by id:
 * a move or Done keeps its card's texts; a host value, parsed anew, is scanned again). A scan is
 * linear in the document; each word's width is cached (core/word-width.ts).
 */
export interface BoardWords {
  /** The widest words of `doc` in the text locale `uiLocale`; `style()` is the host's computed style. */
  of(doc: PlanDocument, uiLocale: string, style: () => CSSStyleDeclaration): WidestWords;
  /** Measures again in the host's style now (after a resize: a user's text spacing): true when that style is new. */
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
      const { fontFamily, fontSize, letterSpacing } = style();
      if (fontFamily + fontSize + letterSpacing === measuredIn) return false;
      measuredIn = fontFamily + fontSize + letterSpacing;
      // Titles are measured at 100px (the board's size), places at 87.5px (0.875rem): px / 100 is em
      // and rem. The spacing in those units (the host's px, inherited, or as much of each text's own size).
      const size = parseFloat(fontSize) || 16;
      const spacing = (parseFloat(letterSpacing) || 0) * 100;
      const widestOf = (texts: string[], font: string, perChar: number): number => Math.ceil(widestWord(texts.map((text) => ({ text, font: font + fontFamily })), perChar)) / 100;
      widest = { title: widestOf(titles, '600 100px ', spacing / size), place: widestOf(places, '400 87.5px ', spacing / Math.min(size, remScaled(16))) };
      return true;
    },
  };
  return words;
}

/** The row's widest words as its custom properties (an inline style set from script, as a strict CSP allows, not a style attribute in the template). */
export function applyWordWidths(columns: HTMLElement | null, words: WidestWords): void {
  for (const [name, value] of [['word', words.title ? `${words.title}em` : ''], ['place', words.place ? `${words.place}rem` : '']]) {
    if (columns && columns.style.getPropertyValue(`--_vk-plan-${name}`) !== value) columns.style.setProperty(`--_vk-plan-${name}`, value);
  }
}
