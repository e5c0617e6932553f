/** Numbers in the digits of the UI locale (docs/translations.md, "Digits"). */
import { getLocale, pageTextLocale } from './localize.js';

/** The ten digits of each tag's default numbering system, or false for Latin. */
const digitSets = new Map<string, string[] | false>();

/**
 * `value` with its digits 0–9 in the numbering system Intl uses by default for `locale` — the
 * digits its dates are written in: `fa` and `prs` ۰–۹, `ar-EG` and `ar-SY` ٠–٩, `ar` (this ICU),
 * `fa-u-nu-latn`, nb, nn, en, uk, ti, so 0–9. For the numbers a widget writes itself: day cells,
 * clock times from a document ("09:00–11:30"), counts, step and week numbers. No grouping, nothing
 * else changed; a host's own text is never passed here.
 * @example localDigits('09:00–11:30', 'fa') // '۰۹:۰۰–۱۱:۳۰'
 */
export function localDigits(value: string | number, locale: string): string {
  let digits = digitSets.get(locale);
  if (digits === undefined) digitSets.set(locale, (digits = digitsOf(locale)));
  return digits ? String(value).replace(/\d/g, (d) => digits[+d]) : String(value);
}

/** Bokmål (the source locale; ti's, so's and nn's dates too) without Intl in a first render; a malformed tag (a host's `lang`) Latin, as its dates. */
function digitsOf(locale: string): string[] | false {
  try {
    const format = locale != 'nb' && new Intl.NumberFormat(locale);
    return !!format && format.resolvedOptions().numberingSystem != 'latn' && [...'0123456789'].map((d) => format.format(+d));
  } catch {
    return false;
  }
}

/**
 * `localDigits` for a number in a UI string ("3 kort", "Uke 11, 2026", "Steg 2"): the UI locale's
 * digits, as the page's tag writes them (`<html lang="ar-EG">`: ٣; `fa-u-nu-latn`: 3).
 * @example msg(str`${uiDigits(n)} kort`)
 */
export function uiDigits(value: string | number): string {
  return localDigits(value, pageTextLocale(getLocale()));
}

/**
 * A count in a UI string written as the UI locale writes numbers, grouped ("1 000" in nb, "1,000" in
 * en, "١٬٠٠٠" in ar-EG): for the few large numbers a widget states (its document limits), where
 * `uiDigits`' ungrouped "1000" reads as a year. Intl.NumberFormat, so not for a first render's loops.
 */
export function uiCount(value: number): string {
  return new Intl.NumberFormat(pageTextLocale(getLocale())).format(value);
}
