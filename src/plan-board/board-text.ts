import { uiCount, uiDigits } from '../core/digits.js';
import { msg, str } from '@lit/localize';
import type { PictogramCategory } from '../core/pictogram-catalog.js';
import { getLocale } from '../core/localize.js';
import { baseLanguage, isolate, languageName as coreLanguageName, nameOf } from '../core/text.js';
import { namedText } from '../core/names.js';
import type { Text } from '../core/types.js';
import type { PlanColumn, PlanOperation } from './plan-board.types.js';
// The card menu's (lazy) "Fjern X" and "Flytt X" mark the card's name with its language: loaded up front with the board's texts,
// so the editing chunk stays under its 10 KB budget (issue 14).
export { withPart } from '../core/lang-part.js';
import { cardName, cardWord } from './card.js';

/**
 * The name of column `id` in `locale`: its title, or — a title empty in every language (`""`, `{}`) —
 * "Kolonne 2" (its place, 1-based), so its heading, tab, add button, move options and announcements
 * are never nameless. `''` for a column the document does not have.
 */
export function columnName(columns: readonly PlanColumn[] | undefined, id: string, locale: string): string {
  const index = columns?.findIndex((c) => c.id === id) ?? -1;
  return index < 0 ? '' : columnNameAt(columns![index], index, locale);
}

/** The name of `column`, at `index` (0-based) of the document's columns (see `columnName`). */
export function columnNameAt(column: PlanColumn, index: number, locale: string): string {
  return nameOf(column.title, locale, () => msg(str`Kolonne ${uiDigits(index + 1)}`, { id: 'plan-board.column-fallback' }));
}

/** What a column shows and reads as its title (`bilingual()`): its Text, or its fallback name when that is empty (see `columnName`, core `namedText`). */
export function columnText(column: PlanColumn, index: number, locale: string): Text {
  return namedText(column.title, locale, columnNameAt(column, index, locale));
}

/** A pictogram or card category's name in the UI locale. */
export function categoryLabel(category: PictogramCategory | 'all'): string {
  switch (category) {
    case 'language':
      return msg('Språk', { id: 'plan-board.category.language' });
    case 'work':
      return msg('Arbeid', { id: 'plan-board.category.work' });
    case 'society':
      return msg('Samfunn', { id: 'plan-board.category.society' });
    case 'health':
      return msg('Helse', { id: 'plan-board.category.health' });
    case 'family':
      return msg('Familie', { id: 'plan-board.category.family' });
    case 'education':
      return msg('Utdanning', { id: 'plan-board.category.education' });
    case 'other':
      return msg('Annet', { id: 'plan-board.category.other' });
    default:
      return msg('Alle', { id: 'plan-board.category.all' });
  }
}

/**
 * A language's name in the UI locale ("arabisk", "tigrinja"): core/text.ts `languageName`, which
 * names languages in bokmål from its own table (no Intl.DisplayNames to build inside a board's
 * first render, where every card without a voice in the participant's language names it), has ti
 * and so names of its own (loaded with those UI strings) and falls back to bokmål where the browser
 * has no names for the UI locale (nn).
 */
export function languageName(tag: string): string {
  return coreLanguageName(tag, getLocale());
}

/**
 * A Norwegian weekday name written with a capital, alone or first ("Mandag", "Tysdag formiddag"):
 * bokmål's seven as Intl (CLDR) writes them, test/plan-board/host-column-names-said.test.ts checks
 * them against it, and Nynorsk's own (måndag, tysdag, laurdag, sundag; core/nn.ts). A list, not
 * Intl at run time: the board's up-front size (scripts/size-budgets.json).
 */
const WEEKDAY = /^(?:M[aå]n|Tirs|Tys|Ons|Tors|Fre|Lør|Laur|S[øu]n)dag(?!\p{L})/u;

/**
 * A column title inside a Norwegian sentence ("flyttet Norskkurs til tirsdag"): a weekday name,
 * a common noun, is lower case there ("Mandag", "Mandag formiddag" → "mandag", "mandag formiddag").
 * Only a weekday: what else a host names a column is a name the board cannot tell from a noun
 * ("NAV-kontoret", "Oslo VO Rosenhof" stay as written; before 7 Dec 2026 every title lost its
 * capital: "i nAV-kontoret", "oslo VO Rosenhof"). `uiLocale` is the sentence's language (the UI's,
 * `getLocale()`), not the page's: a Norwegian page's "Tirsdag" stays "Tirsdag" in an Arabic
 * sentence. A weekday written all in capitals, and other UI locales, stay as they are.
 */
export function inSentence(title: string, uiLocale: string): string {
  return /^n[bno]$/.test(baseLanguage(uiLocale)) && WEEKDAY.test(title) ? title[0].toLowerCase() + title.slice(1) : title;
}

/**
 * A card's name, isolated, where a sentence already says "Kort" before it: a name that starts so ("Kort 2": no words,
 * `cardName`) without it, so it is "Kort 2", not "Kort Kort 2" (each locale's sentences put its card word just before
 * the name; a name starting with the UI's word is in the UI's language: nothing to isolate it from).
 */
export function cardAfterWord(title: string): string {
  const word = cardWord('');
  return isolate(title.indexOf(word) ? title : title.slice(word.length));
}

/**
 * "Kort Norskkurs: kolonne Tirsdag, plass 2 av 4": where a card is (or would land). `place` counts
 * from 1. A sentence in the UI locale around the card's and column's titles, which are in the
 * document's language (the page's `lang`; an Arabic title in a Norwegian sentence, Norwegian ones
 * in an Arabic sentence): each title isolated, so it keeps its own order and the sentence its own.
 */
export function cardPositionText(title: string, columnTitle: string, place: number, total: number): string {
  title = cardAfterWord(title);
  columnTitle = isolate(columnTitle);
  return msg(str`Kort ${title}: kolonne ${columnTitle}, plass ${uiCount(place)} av ${uiCount(total)}`, { id: 'plan-board.announce.position' });
}

/**
 * "Flytting avbrutt. Kort Norskkurs ble flyttet av noen andre: kolonne Onsdag, plass 1 av 1": a
 * move a host value ended, which moved the card (where it is now; the titles isolated, as above).
 */
export function cardMovedByOthersText(title: string, columnTitle: string, place: number, total: number): string {
  title = cardAfterWord(title);
  columnTitle = isolate(columnTitle);
  return msg(str`Flytting avbrutt. Kort ${title} ble flyttet av noen andre: kolonne ${columnTitle}, plass ${uiCount(place)} av ${uiCount(total)}`, { id: 'plan-board.announce.cancelled-moved' });
}

/** "3 av 5 ferdig": the board's summary, in the UI's digits. */
export function doneSummary({ done, total }: { done: number; total: number }): string {
  return msg(str`${uiCount(done)} av ${uiCount(total)} ferdig`, { id: 'plan-board.summary' });
}

/** "Tirsdag, 2 av 5": where the participant is among the columns. */
export function columnPosition(title: string, index: number, total: number): string {
  const place = uiCount(index + 1);
  const name = isolate(title);
  return msg(str`${name}, ${place} av ${uiCount(total)}`, { id: 'plan-board.column-position' });
}

/** The column at `index` among `columns` as its tab says it: "Tirsdag, 2 av 5". */
export function dayPosition(columns: readonly PlanColumn[], index: number, locale: string): string {
  return columnPosition(columnNameAt(columns[index], index, locale), index, columns.length);
}

/**
 * What an operation did, naming the card, in the UI locale ("la til ⁨Norskkurs⁩ i ⁨tirsdag⁩"), for
 * undo/redo announcements ("Angret: …"). Not a move or Done: undo and redo say those as they are
 * now (the board's `describeState`). The titles are in `locale` (the document's language), the
 * sentence in the UI's: each title isolated, as in `cardPositionText`.
 */
export function describePlanOperation(operation: PlanOperation, locale: string, cardTitle: (cardId: string) => string, columnTitle: (columnId: string) => string): string | null {
  if (operation.type === 'card.add') {
    const title = isolate(cardName(operation.card, locale) || cardTitle(operation.card.id));
    const column = isolate(inSentence(columnTitle(operation.columnId), getLocale()));
    return operation.card.proposedBy === 'participant'
      ? msg(str`foreslo ${title} på ${column}`, { id: 'plan-board.describe.proposed' })
      : msg(str`la til ${title} i ${column}`, { id: 'plan-board.describe.added' });
  }
  const title = isolate(cardTitle(operation.cardId));
  switch (operation.type) {
    case 'card.remove':
      return msg(str`fjernet ${title}`, { id: 'plan-board.describe.removed' });
    case 'card.update': {
      if (Object.keys(operation.changes).length === 1 && operation.changes.proposedBy === null) return msg(str`godtok forslaget ${title}`, { id: 'plan-board.describe.accepted' });
      // A voice saved or removed (always alone: the edit form commits it apart from the typed fields), in the task ladder's words.
      if ('audio' in operation.changes) return msg(str`${title} — lydopptak`, { id: 'task-ladder.describe.audio' });
      return msg(str`endret ${title}`, { id: 'plan-board.describe.updated' });
    }
    default:
      return null;
  }
}
