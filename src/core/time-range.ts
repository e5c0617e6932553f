import { html, type TemplateResult } from 'lit';
import { uiDigits } from './digits.js';

/**
 * A clock-time range as every widget draws it: "09:00–11:30" — each time in its own `<bdi>` (so a
 * time stays whole and left to right: "09:00", never "00:09"), an en dash between, and the range
 * running in the line's direction. In an Arabic or Persian line the start is on the right, as
 * Arabic's own range format (`Intl.DateTimeFormat('ar').formatRange`, start first in logical
 * order) reads there, and as the calendar's chips and agenda rows draw a session's time
 * (course-calendar/session-chip.ts `timeMarkup`, which adds an end on another day). One `<bdi>`
 * round the whole, or the document's hyphen between two numbers (a European separator: one
 * left-to-right run, UAX #9 W4), drew it left to right: "09:00-11:30" on the board beside the
 * calendar's "11:30–09:00" in Arabic (phone QA F9, 7 Dec 2026; docs/translations.md, "Time ranges").
 * `time`: "HH:mm" or a range as a plan card's `time` field takes it ("09:00-11:30", "09:00 – 11:30");
 * the digits become the UI locale's (`uiDigits`).
 */
export function clockRange(time: string): TemplateResult {
  const [start, end] = time.split(/\s*[-–]\s*/);
  return end === undefined ? html`<bdi>${uiDigits(start)}</bdi>` : html`<bdi>${uiDigits(start)}</bdi>–<bdi>${uiDigits(end)}</bdi>`;
}
