import { asciiDigits } from '../core/ascii-digits.js';

/**
 * The card editor's "Tid" as typed, in the form the document stores (contract §5: ASCII `HH:mm` or
 * `HH:mm-HH:mm`, ISO 8601). Only the input is read generously; what is saved is checked against
 * `TIME_PATTERN` after this.
 * - Any Unicode decimal digit as its ASCII digit (core/ascii-digits.ts, the library's one rule): a Persian or
 *   Dari keyboard types ۰–۹ and an Arabic one ٠–٩ by default, and the board itself writes times in them (`uiDigits`).
 * - A full stop, a comma or the Arabic decimal separator between hour and minutes as a colon:
 *   "14.00" is the Norwegian way, and "9,00" / "۹٫۳۰" what a phone's number pad types.
 * - A one-digit hour padded: "9:00" as "09:00" ("9:5" is asked again, not guessed).
 * - Other dashes (‐ ‑ ‒ — −, a phone's autocorrect) as "-"; the en dash stays (the pattern takes it).
 * - Direction marks and isolates (U+200E, U+2068…, copied with a time from right-to-left text) dropped.
 * @example typedTime('۰۹:۰۰-۱۱٫۳۰') // '09:00-11:30'
 */
export function typedTime(typed: string): string {
  return asciiDigits(typed.replace(/\p{Cf}/gu, ''))
    .replace(/[\u2010-\u2012\u2014\u2212]/g, '-')
    .replace(/(\d)[.,\u066b](?=\d)/g, '$1:')
    .replace(/\b\d(?=:)/g, '0$&');
}

