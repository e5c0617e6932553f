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

/** One grouping formatter per page locale: Intl.NumberFormat is costly to build. */
const countFormats = new Map<string, Intl.NumberFormat>();

/**
 * A count in a UI string written as the UI locale writes numbers, grouped from 1,000 up ("1 000" in
 * nb, with U+00A0 so it never breaks across lines; "1,000" in en; "۱٬۰۰۰" in fa): cards, sessions,
 * tasks, matches, "+N more". `uiDigits`' ungrouped "1000" reads as a year and disagrees with the
 * document limits' "1 000". Below 1,000 it is `uiDigits` (no Intl), so a first render's loops pay
 * nothing for it. Not for years, week and step numbers or clock times: those stay `uiDigits`.
 * @example msg(str`${uiCount(done)} av ${uiCount(total)} ferdig`) // "990 av 1 000 ferdig"
 */
export function uiCount(value: number): string {
  if (value > -1000 && value < 1000) return uiDigits(value);
  const locale = pageTextLocale(getLocale());
  let format = countFormats.get(locale);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    } catch {
      format = new Intl.NumberFormat('nb', { maximumFractionDigits: 0 });
    }
    countFormats.set(locale, format);
  }
  return format.format(value);
}
