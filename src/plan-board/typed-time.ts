/**
 * The card editor's "Tid" as typed, in the form the document stores (contract §5: ASCII `HH:mm` or
 * `HH:mm-HH:mm`, ISO 8601). Only the input is read generously; what is saved is checked against
 * `TIME_PATTERN` after this.
 * - Any Unicode decimal digit as its ASCII digit: a Persian or Dari keyboard types ۰–۹ and an Arabic
 *   one ٠–٩ by default, and the board itself writes times in them (`uiDigits`).
 * - A full stop, a comma or the Arabic decimal separator between hour and minutes as a colon:
 *   "14.00" is the Norwegian way, and "9,00" / "۹٫۳۰" what a phone's number pad types.
 * - A one-digit hour padded: "9:00" as "09:00" ("9:5" is asked again, not guessed).
 * - Other dashes (‐ ‑ ‒ — −, a phone's autocorrect) as "-"; the en dash stays (the pattern takes it).
 * - Direction marks and isolates (U+200E, U+2068…, copied with a time from right-to-left text) dropped.
 * @example typedTime('۰۹:۰۰-۱۱٫۳۰') // '09:00-11:30'
 */
export function typedTime(typed: string): string {
  return typed
    .replace(/\p{Cf}/gu, '')
    .replace(/\p{Nd}/gu, digitValue)
    .replace(/[\u2010-\u2012\u2014\u2212]/g, '-')
    .replace(/(\d)[.,\u066b](?=\d)/g, '$1:')
    .replace(/\b\d(?=:)/g, '0$&');
}

/**
 * A decimal digit's value as an ASCII digit. Unicode assigns decimal digits only in runs 0–9 in code
 * point order (stability policy), some runs back to back (the mathematical digits: five): the value is
 * the digit's distance from the start of its run of digits, modulo 10.
 */
function digitValue(digit: string): string {
  const code = digit.codePointAt(0)!;
  let before = 0;
  while (/\p{Nd}/u.test(String.fromCodePoint(code - before - 1))) before++;
  return String(before % 10);
}
