import { html, type TemplateResult } from 'lit';

/**
 * A number and the short words beside it on one line: "1 av 5", "2026 р.", "الأسبوع 11" are never
 * broken across two lines in a heading (a number left alone on a line reads as a new item; easy-to-
 * read typography keeps a number with its unit or its "of"). Each run of a number with the words of
 * at most 3 letters before and after it, and any further "word number" pairs ("1 av 5"), is
 * wrapped in a span of `white-space: nowrap` (`.vk-nowrap` in core/tokens.ts: a class, which a
 * strict `style-src` allows); the text itself is unchanged (same `textContent`, same accessible
 * name). Numbers are any Unicode decimal digits (Arabic-Indic too).
 *
 * For two short lines only: the calendar's period (a heading, named as a whole) and the board's
 * day position (aria-hidden: its tabs say it). Not for text a screen reader reads as it is: a span
 * splits Chromium's accessibility tree into two static texts ("2 av 12", "ferdig"), which VoiceOver
 * can make two stops (the board's summary and the ladder's phase progress, tried and taken out on
 * 5 Dec 2026); nor for many elements of a large render: each run is one more element.
 */
export const keepTogether = (text: string): string | (string | TemplateResult)[] => noWrap(text, RUN);

/**
 * `text` with the runs of `run` (one capturing group) that hold a space or a hyphen in `.vk-nowrap` spans; the string itself when none.
 * A space after a span goes inside it ("Uke 11, " then "2026"), and the text between spans is one string: Chromium's name from
 * content dropped a space that began a text node after an inline element, and a text node of white space alone ("Uke 11,2026",
 * screen-reader QA #1). A `<wbr>` after such a span keeps the line's break there: Chromium does not break after a space inside a
 * nowrap span (the week title's "2026" was split at 320 px with text spacing).
 */
function noWrap(text: string, run: RegExp): string | (string | TemplateResult)[] {
  // Split on the runs: the runs are the odd parts (a number alone has nothing to keep together).
  const parts = text.split(run);
  const out: (string | TemplateResult)[] = [];
  let plain = '';
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 && /[\s-]/u.test(parts[i])) {
      const space = /^\s*/u.exec(parts[i + 1] ?? '')![0];
      if (plain) out.push(plain);
      // <wbr>: the line may break after the span still (Chromium breaks at no space inside a nowrap span, even its last).
      out.push(space ? html`<span class="vk-nowrap">${parts[i] + space}</span><wbr>` : html`<span class="vk-nowrap">${parts[i]}</span>`);
      plain = '';
      parts[i + 1] = (parts[i + 1] ?? '').slice(space.length);
    } else plain += parts[i];
  }
  if (!out.length) return text;
  if (plain) out.push(plain);
  return out;
}

/**
 * [short word] number (short word number)* [short word], after a space or the start, the short
 * words whole (a space or the end after them). A number: digits with their separators (2026,
 * 11:30, 1.5); a short word: 1–3 characters, no digit.
 */
const RUN = /((?<!\S)(?:[^\s\p{Nd}]{1,3}\s)?\p{Nd}[\p{Nd}.,:]*(?:\s[^\s\p{Nd}]{1,3}\s\p{Nd}[\p{Nd}.,:]*)*(?:\s[^\s\p{Nd}]{1,3}(?=\s|$))?)/u;

/**
 * `text` for display with each word holding a hyphen that joins a part of at most three letters
 * wrapped in a span of `white-space: nowrap` (`.vk-nowrap`): Somali particles and endings
 * ("ka-qaybgalayaasha", "la-socod", "Wax-soo-saarka", "Easter-ka"; also "e-post") no longer break
 * at the hyphen, leaving "ka-" at a line's end or "ka" alone at the next one's start (a reader
 * learning the language reads the word as two). The text keeps its own hyphen (U+002D): the
 * non-breaking hyphen (U+2011) used before reached find-in-page (a typed hyphen did not find the
 * word), copied text and accessible names. Hyphens between longer parts ("madax-bannaanni") still
 * break, and a word too long for its box is drawn smaller (`fitWord`, which measures the word
 * whole; a word wider than its box even at that size overflows it, where the U+2011 word broke at a
 * letter); digits are not letters ("09:00-11:30"). The plain string when there is nothing to keep.
 * Named whole in a control's name; as a span, the word is its own static text in Chromium's tree.
 * @example keepHyphens('Baro ka-qaybgalayaasha') // ['Baro ', <span class="vk-nowrap">ka-qaybgalayaasha</span>] (a span)
 */
export const keepHyphens = (text: string): string | (string | TemplateResult)[] => noWrap(text, HYPHENED_WORD);

/**
 * A word (from a space or the start, to a space or the end) with a hyphen between letters with 1–3
 * letters before it (from a word's start or another hyphen) or after it (to the word's end or a hyphen).
 * Tried from a word's start only (`(?<!\S)`): from every position, a host's 20,000-letter word took
 * seconds (each start scanned to the word's end); so it is one pass.
 */
const HYPHENED_WORD = /((?<!\S)\S*(?:(?<=(?<!\p{L})\p{L}{1,3})-(?=\p{L})|(?<=\p{L})-(?=\p{L}{1,3}(?!\p{L})))\S*)/u;
