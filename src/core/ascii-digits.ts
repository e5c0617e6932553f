/**
 * `text` with every Unicode decimal digit as its ASCII digit: the Arabic-Indic (٠–٩) and Persian (۰–۹) digits a UI locale
 * writes (digits.ts `localDigits`) and a Persian, Dari or Arabic keyboard types, full-width ０–９ (a CJK keyboard), any other. The one
 * reader of digits in the library: to compare texts written in other digits ("المرحلة ٢" and "المرحلة 2", the ladder's
 * phase numbers) and to read what was typed (the board's times, plan-board/typed-time.ts). Unicode assigns decimal digits
 * only in runs 0–9 in code point order (stability policy), some runs back to back (the mathematical digits: five): a digit's
 * value is its distance from the start of its run of digits, modulo 10. A module of its own: the board reads typed digits only
 * in its lazy card editor, and its up-front code (which has digits.ts) does not carry this.
 * @example asciiDigits('۰۹:۳۰ ٢ ０９') // '09:30 2 09'
 */
export const asciiDigits = (text: string): string =>
  text.replace(/\p{Nd}/gu, (digit) => {
    let code = digit.codePointAt(0)!;
    let value = 0;
    while (/\p{Nd}/u.test(String.fromCodePoint(--code))) value++;
    return String(value % 10);
  });
