import { css } from 'lit';
import { narrowRowStyles } from './narrow-rows.styles.js';

/** The agenda list (loaded with the agenda view), and the narrow row it shares with the day's list. */
export const agendaStyles = [narrowRowStyles, css`
  .agenda {
    display: grid;
    gap: var(--_vk-space-4);
  }
  .agenda h3 {
    margin: 0 0 var(--_vk-space-2);
    font-size: 1em;
    font-weight: 600;
  }
  /* One column as wide as the agenda: a long word can never widen a list past the page (it
     did at 320 px with text at 200 %: "dagligvarehandel" pushed the page 7 px sideways). */
  .agenda ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_vk-space-2);
  }
  /* Narrow (under 18em of the calendar's text: a phone at 200 % text) the kind's picture goes above
     the time and name: narrow-rows.styles.ts, shared with the day's list. */
  /* Lines wrap between words; a word alone wider than its chip ends in an ellipsis on one line,
     never split, as in a week chip and the day's list (the full text is in the chip's title and
     name). Wider than its text, the narrow chip's name ran under the chip's edge, cut with no mark. */
  .agenda .session-text {
    max-inline-size: 100%;
  }
  .agenda .session-text > * {
    overflow-wrap: normal;
  }
  /* A time wider than its row (a night session's "22:00–30. mars 06:00" at 200 % text on a 320 px
     phone, 324 px in 274) wraps before its dash or between its end's day and time, as in a week
     chip, its day whole; on one line it was cut at the row's edge. */
  .agenda .time {
    flex-shrink: 1;
  }
  .agenda .time-end {
    white-space: nowrap;
  }
  .agenda .time-gap {
    white-space: normal;
  }
  /* The day's line is the size container its closed day's or holiday's name is fitted to (the inner
     span's fitWord, core/word-fit.ts): a word wider than the line is drawn smaller, down to 0.75 of
     its size; one wider even then wraps where it must (a 51-letter name made the page scroll
     sideways at 360 px), never runs out of the calendar. */
  .agenda-date {
    margin: 0 0 var(--_vk-space-1);
    font-weight: 600;
    min-inline-size: 0;
    overflow-wrap: break-word;
    container-type: inline-size;
  }
  .agenda-date .special {
    overflow-wrap: break-word;
  }
  .agenda-more {
    margin: 0;
  }
  /* The body's line height: at 1.2 the clipped parts of a row (.session-text > *) cut the tops of
     tall glyphs and the italic "continues" text. */
  .agenda .session {
    font-size: 1em;
    line-height: 1.4;
    min-block-size: 2.75rem;
  }
  /* The kind is set apart from the course name ("Salg og service i dagligvare · Teori", not
     "… dagligvare Teori"): a middle dot that assistive technology skips (the words are read in
     order anyway), and the subtle text colour. */
  .agenda .kind {
    color: var(--_vk-text-subtle);
  }
  .agenda .kind::before {
    content: '·' / '';
    margin-inline-end: 0.3rem;
  }
  .agenda-empty {
    color: var(--_vk-text-subtle);
  }
  /* The nearest session's button right under the sentence it answers. */
  .agenda-empty:has(+ .agenda-nearest) {
    margin-block-end: var(--_vk-space-2);
  }
  .agenda-nearest {
    margin-block-start: 0;
  }
`];
