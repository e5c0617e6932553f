// How a name for an item a host left untitled (text.ts `nameOf`) is marked and shown. Apart from
// text.ts: these need the UI locale (localize.ts), and text.ts is also in the presets' bundle
// (through holidays.ts), which must not pull in the locale loader and its chunks.
import type { Text } from './types.js';
import { getLocale } from './localize.js';
import { norwegian, resolvedLocale, resolveText } from './text.js';

/**
 * The `lang` of what `nameOf` gives: the text's own (`resolvedLocale`), `nb` for its Norwegian
 * entry, or the UI locale its fallback is written in ("Kolonne 2" on a `lang="ar"` element is
 * still Norwegian).
 */
export function nameLang(text: Text | undefined | null, locale: string): string {
  return resolveText(text, locale).trim() ? resolvedLocale(text, locale) : norwegian(text) ? 'nb' : getLocale();
}

/**
 * What shows a name with `bilingual()`: `text`, or — empty in `locale` — `name` (its `nameOf`) in
 * the UI locale with the text's other, non-empty languages kept: `{ nb: "", ar: "…" }` keeps its
 * Arabic line under "Kolonne 2".
 */
export function namedText(text: Text, locale: string, name: string): Text {
  if (resolveText(text, locale).trim()) return text;
  // (A non-empty Norwegian entry under an empty text-locale one is kept, not replaced.)
  return { [getLocale()]: name, ...(typeof text === 'object' ? Object.fromEntries(Object.entries(text).filter((entry) => entry[1]?.trim())) : {}) };
}
