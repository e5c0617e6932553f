// `veikart`'s names for core/text.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../core/text.js';

/** `rtl` for Arabic, Persian/Dari and other right-to-left languages, else `ltr`. */
export const directionOf: typeof m.directionOf = m.directionOf;
/**
 * Wraps a piece of text in Unicode first-strong isolates (U+2068 … U+2069, Unicode Bidirectional
 * Algorithm, UAX #9), for strings that cannot carry markup — accessible names, `title`, announcements
 * — so a date, time, number or name keeps its own order inside text of the other direction. In
 * templates prefer `<bdi>`.
 * @example msg(str`${isolate(title)}: ${isolate('22:00–02:00')}`)
 */
export const isolate: typeof m.isolate = m.isolate;
/**
 * A language's name for labels in the UI locale ("tigrinja" in bokmål, "التغرينية" in Arabic), from
 * `Intl.DisplayNames`. Where the browser has no names for the UI locale (Chromium: nn, ti, so — it
 * would silently answer in English), names come in bokmål; the UI language itself is named in its
 * own words ("ትግርኛ" in a Tigrinya UI). Unknown or malformed tags are returned as they are.
 * @example languageName('ti', 'nb') // 'tigrinja'
 * @example languageName('ti', 'ti') // 'ትግርኛ'
 */
export const languageName: typeof m.languageName = m.languageName;
/**
 * A Text in the given locale: that locale, then its base language (Dari, `prs` or `fa-AF`: `prs`,
 * then Persian), then `nb`, then the first entry (contract.md §4). A plain string is returned as it is.
 */
export const resolveText: typeof m.resolveText = m.resolveText;
/**
 * The text in one language — its own entry, its base language's, and for a Dari reader the Dari,
 * then the Persian entry — or undefined when the document has none: a participant
 * language's line (participantLanguage "prs" shows and reads a Text's `fa` entry when it has no `prs` one).
 */
export const textIn: typeof m.textIn = m.textIn;
