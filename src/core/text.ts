import type { Text } from './types.js';

/** Languages written right to left among those the programme meets (and a few neighbours). */
const RTL = new Set(['ar', 'fa', 'prs', 'ps', 'ur', 'he', 'ckb', 'dv', 'yi', 'syr']);

/** Languages whose script joins a list with its own comma (CLDR list patterns): Arabic script, Ethiopic. */
const COMMA: Record<string, string> = { ar: '، ', fa: '، ', prs: '، ', ps: '، ', ur: '، ', ckb: '، ', ti: '፣ ', am: '፣ ' };

/**
 * What joins the parts of a name built from several texts ("09:00 Renhold, Teori, til 14:30") in
 * `locale`: the Arabic comma "، " (ar, fa, ps, ur, ckb), the Ethiopic comma "፣ " (ti, am), else ", ".
 * The commas are CLDR's list separators (unicode.org/cldr, listPatterns); Intl.ListFormat would
 * add "and" before the last part, which a name does not want.
 */
export function listSeparator(locale: string): string {
  return COMMA[baseLanguage(locale)] ?? ', ';
}

/** The primary subtag, lower-cased: `nb-NO` → `nb`; also `en_US` (a page's `<html lang>`, as `normalizeLocale` reads it) → `en`. */
export function baseLanguage(tag: string): string {
  return tag.split(/[-_]/, 1)[0].toLowerCase();
}

/** Norwegian written any way (bokmål `nb`, nynorsk `nn`, `no`): one family for voices and for whose own text Norwegian is (docs/contract.md). */
export const NORWEGIAN = ['nb', 'no', 'nn'];

/** `rtl` for Arabic, Persian/Dari and other right-to-left languages, else `ltr`. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL.has(baseLanguage(lang)) ? 'rtl' : 'ltr';
}

/**
 * A Text in the given locale: that locale, then its base language (Dari, `prs` or `fa-AF`: `prs`,
 * then Persian), then `nb`, then the first entry (contract.md §4). A plain string is returned as it is.
 */
export function resolveText(text: Text | undefined | null, locale: string): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  // The exact locale first (the usual hit): the rest of the chain is only worked out when it misses.
  return own(text, locale) ?? own(text, resolvedLocale(text, locale)) ?? '';
}

/**
 * A locale's entry only when the Text itself has it: a `lang="constructor"` page must never read
 * `Object.prototype.constructor` out of a document's Text. Language tags are case-insensitive
 * (RFC 5646 §2.1.1) and the schemas take a key in any case: `TI` is the `ti` entry (the exact key first).
 */
export function own(text: { readonly [locale: string]: string }, key: string): string | undefined {
  const found = Object.hasOwn(text, key) ? key : Object.keys(text).find((k) => k.toLowerCase() == key.toLowerCase());
  const value = found === undefined ? undefined : text[found];
  return typeof value === 'string' ? value : undefined;
}

/**
 * A name that is never empty: `text` in `locale` (`resolveText`), or `fallback()` when that is empty
 * or white space in every language (`""`, `{}`): a step, column, task or course the host left
 * untitled is still a control or a heading someone can tell apart ("Steg 3", "Kolonne 2").
 */
export function nameOf(text: Text | undefined | null, locale: string, fallback: () => string): string {
  const words = resolveText(text, locale);
  // Empty in the text locale only ({ nb: 'Tirsdag', ar: '' } on a lang="ar" element): the Norwegian
  // entry, as the contract's chain would give it (§4), before a fallback.
  return words.trim() ? words : norwegian(text) || fallback();
}

/** The non-empty `nb` entry of a Text object, else ''. */
export function norwegian(text: Text | undefined | null): string {
  return textIn(text, 'nb')?.trim() || '';
}

/** The locale whose text `resolveText` would pick, so markup can carry the right `lang`. */
export function resolvedLocale(text: Text | undefined | null, locale: string): string {
  if (text == null || typeof text === 'string') return locale;
  // Dari written `fa-AF` looks for `prs` as `prs` does.
  const base = /^fa-af/i.test(locale) ? 'prs' : baseLanguage(locale);
  for (const key of [locale, base, base == 'prs' ? 'fa' : 'nb', 'nb', 'no']) if (own(text, key) !== undefined) return key;
  return Object.keys(text)[0] ?? locale;
}

/**
 * The text in one language — its own entry, its base language's, and for a Dari reader the Dari,
 * then the Persian entry — or undefined when the document has none: a participant
 * language's line (participantLanguage "prs" shows and reads a Text's `fa` entry when it has no `prs` one).
 */
export function textIn(text: Text | undefined | null, lang: string): string | undefined {
  if (text == null || typeof text === 'string') return undefined;
  const key = keyIn(text, lang);
  return key === undefined ? undefined : own(text, key);
}

/**
 * The language `textIn` finds a text in, so its line can carry the right `lang` and be read in
 * the right voice (WCAG 3.1.2): the key of the entry it reads — `fa` for a Dari reader's Persian
 * fallback, `ti` for a `ti-ER` reader of a `ti` entry — or `lang` itself when the Text has none.
 * @example textLang({ nb: 'Lege', fa: 'پزشک' }, 'prs') // 'fa'
 */
export function textLang(text: Text | undefined | null, lang: string): string {
  return (text != null && typeof text !== 'string' && keyIn(text, lang)) || lang;
}

/** `lang`, its base language, and for a Dari reader (`prs`, `fa-AF`) `prs`, then `fa`: the first that `text` has an entry for. */
function keyIn(text: { readonly [locale: string]: string }, lang: string): string | undefined {
  // As `resolvedLocale` reads a Text, without its Norwegian and first-entry fallbacks.
  const base = /^fa-af/i.test(lang) ? 'prs' : baseLanguage(lang);
  for (const key of [lang, base, base == 'prs' ? 'fa' : base]) if (own(text, key) !== undefined) return key;
  return undefined;
}


/**
 * Wraps a piece of text in Unicode first-strong isolates (U+2068 … U+2069, Unicode Bidirectional
 * Algorithm, UAX #9), for strings that cannot carry markup — accessible names, `title`, announcements
 * — so a date, time, number or name keeps its own order inside text of the other direction. In
 * templates prefer `<bdi>`.
 * @example msg(str`${isolate(title)}: ${isolate('22:00–02:00')}`)
 */
export function isolate(text: string): string {
  return text === '' ? text : `\u2068${text}\u2069`;
}

/** Each UI language's name for itself, for the one case the browser cannot help with (ti, so). */
const AUTONYMS: Record<string, string> = {
  nb: 'norsk bokmål',
  nn: 'norsk nynorsk',
  no: 'norsk',
  en: 'English',
  ar: 'العربية',
  uk: 'українська',
  ti: 'ትግርኛ',
  so: 'Soomaali',
  fa: 'فارسی',
  prs: 'دری',
};

/**
 * CLDR's bokmål names of the programme's languages, as the browsers' Intl.DisplayNames writes them
 * (test/core/dates.test.ts checks each against Intl): a page's first Intl.DisplayNames loads the
 * locale's language data (≈15 ms of a task ladder's first render, which names each card's second
 * language); in bokmål — and nn, ti and so, which name languages in bokmål — these need none.
 */
export const NB_LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  nb: 'norsk bokmål',
  nn: 'norsk nynorsk',
  no: 'norsk',
  en: 'engelsk',
  ar: 'arabisk',
  uk: 'ukrainsk',
  ti: 'tigrinja',
  so: 'somali',
  fa: 'persisk',
  prs: 'dari',
};

/**
 * UI locale → the locale Intl.DisplayNames names languages in. nb, en, ar, uk and fa are known
 * without probing: `Intl.DisplayNames.supportedLocalesOf` loads ICU's locale list on a page's first
 * call, about 20 ms of a task ladder's first render (every silent card names the participant's
 * language). nn, ti, so and anything else are still probed.
 */
export const namesLocales = new Map<string, string>(['nb', 'en', 'ar', 'uk', 'fa'].map((tag) => [tag, tag]));
/**
 * One Intl.DisplayNames per locale (building one is far dearer than asking it); for ti and so,
 * which no browser has language names for, the names their lazy modules bring (CLDR 48's, set with
 * their UI strings: "ዓረብኛ", not bokmål's "arabisk"; other tags in bokmål).
 */
export const displayNames = new Map<string, Pick<Intl.DisplayNames, 'of'>>();

/** The locale Intl.DisplayNames names languages in for a UI locale: the same chain as `dateLocale` (nn, ti, so → nb). */
function namesLocale(uiLocale: string): string {
  let found = namesLocales.get(uiLocale);
  if (found) return found;
  const supported = (tag: string): string | undefined => {
    try {
      return Intl.DisplayNames.supportedLocalesOf([tag])[0];
    } catch {
      return undefined;
    }
  };
  found = supported(uiLocale) ?? supported(baseLanguage(uiLocale)) ?? 'nb';
  namesLocales.set(uiLocale, found);
  return found;
}

/**
 * A language's name for labels in the UI locale ("tigrinja" in bokmål, "التغرينية" in Arabic), from
 * `Intl.DisplayNames`. Where the browser has no names for the UI locale (Chromium: nn, ti, so — it
 * would silently answer in English), names come in bokmål; the UI language itself is named in its
 * own words ("ትግርኛ" in a Tigrinya UI). Unknown or malformed tags are returned as they are.
 * @example languageName('ti', 'nb') // 'tigrinja'
 * @example languageName('ti', 'ti') // 'ትግርኛ'
 */
export function languageName(tag: string, uiLocale: string): string {
  const base = baseLanguage(tag);
  if (base === baseLanguage(uiLocale) && AUTONYMS[base]) return AUTONYMS[base];
  try {
    const locale = namesLocale(uiLocale);
    if (baseLanguage(locale) === 'nb' && Object.hasOwn(NB_LANGUAGE_NAMES, tag)) return NB_LANGUAGE_NAMES[tag];
    let names = displayNames.get(locale);
    if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' })));
    return names.of(tag) ?? tag;
  } catch {
    // No Intl.DisplayNames (browsers before 2021): bokmål names where we have them.
    return Object.hasOwn(NB_LANGUAGE_NAMES, tag) ? NB_LANGUAGE_NAMES[tag] : tag;
  }
}
