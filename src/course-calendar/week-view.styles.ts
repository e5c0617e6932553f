import { css } from 'lit';

/** The week view: time axis, lanes, resize handle, "now" line (loaded with the week view). */
export const weekStyles = css`

  .week-scroll {
    overflow-x: auto;
    /* A chip focused by keyboard scrolls into view beside the sticky hours, not under them. */
    scroll-padding-inline-start: calc(4 * var(--_vk-font-size));
  }
  /* 40 times the text size (640 px at 16 px): with a larger --vk-font-size the week scrolls
     sideways sooner instead of drawing its weekday headings over each other ("man. 9.3." in
     seven 2rem columns of a 768 px page overlapped; 40rem did not grow with the text). */
  .week {
    min-inline-size: calc(40 * var(--_vk-font-size));
  }
  .week .row {
    grid-template-columns: calc(4 * var(--_vk-font-size)) repeat(7, minmax(0, 1fr));
  }
  /* Under 9.5em (a 320 px phone at 200 % text: 254 px, 7.9em) a seventh of 40em is wider than the
     view beside the hours (164 px days in 124 px): no day, its heading or its chips, was ever whole
     in one view. There a day is as wide as that view (calendar-layout.ts dayColumn), one a view. */
  @container (width < 9.5em) {
    /* Seven days of the view (100cqi less the 4em hours and the 2px border) and the hours and border. */
    .week {
      min-inline-size: calc(7 * 100cqi - 24 * var(--_vk-font-size) - 12px);
    }
  }
  /* "Uke 11" fits its column in one line. A longer word ("Тиждень", "Toddobaad") goes whole onto its
     own line above the number, never split: in the regular weight and size of a chip's course name
     (no new font instance to shape in the first frame). */
  .week .head .weeknum-head {
    white-space: normal;
    overflow-wrap: normal;
    font-size: 0.875em;
    font-weight: 400;
  }
  .week .head .weekday {
    /* The box of its spoken whole date (visually hidden, absolute): without it that text escaped the
       week's sideways scroller and widened the host page (566 px at 360). */
    position: relative;
    display: flex;
    flex-direction: column;
    /* The box a long word in its holiday name is fitted to (core/word-fit.ts). */
    container-type: inline-size;
  }
  /* A holiday name wraps between its words (week-view.ts). */
  .week .head .special {
    white-space: normal;
  }
  /* The focus date's names (month-view.ts dayNames) above the week. */
  .day-names:has(+ .week-scroll) {
    margin-block: 0 var(--_vk-space-1);
  }
  .week .body {
    block-size: calc(var(--_vk-hours, 11) * var(--_vk-hour));
  }
  /* Below 40 times the text size the week scrolls sideways: the hours and the week number stay at the start edge,
     over the days (and the "now" line) scrolled under them. */
  .axis,
  .week .weeknum-head {
    position: sticky;
    inset-inline-start: 0;
    z-index: 3;
  }
  .axis {
    background: var(--_vk-bg);
  }
  /* Clipped to its rounded corners as every grid is, but not a scroll container (as hidden
     would be), so the sticky hours stick to the week's scroller. */
  .grid.week {
    overflow: clip;
  }
  .axis {
    display: grid;
    grid-auto-rows: var(--_vk-hour);
    font-size: 0.8em;
    color: var(--_vk-text-subtle);
    text-align: center;
    border-block-start: 1px solid var(--_vk-border-subtle);
  }
  .week-day {
    display: block;
    min-block-size: 0;
    padding: 0;
    background: repeating-linear-gradient(180deg, transparent 0 calc(var(--_vk-hour) - 1px), var(--_vk-border-subtle) calc(var(--_vk-hour) - 1px) var(--_vk-hour));
  }
  .week-day[data-special] {
    background-color: var(--_vk-warning-surface);
  }
  .slot {
    position: absolute;
    inset-block-start: calc(var(--_vk-top, 0) * 100%);
    block-size: calc(var(--_vk-size, 0) * 100%);
    inset-inline-start: calc(var(--_vk-lane, 0) / var(--_vk-lanes, 1) * 100%);
    inline-size: calc(100% / var(--_vk-lanes, 1));
    padding: 1px 1px 0;
  }
  /* No wider than its lane: every button's 2.25rem minimum made a chip 72 px in a 61 px lane at 200 % text, and the next
     lane covered the ends of its lines ("Teor", "09:…"; QA 58). */
  .slot .session {
    position: relative;
    display: block;
    block-size: 100%;
    min-inline-size: 0;
    padding-inline-start: 0.65rem;
    overflow-wrap: break-word;
  }
  .slot .stripe {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
  }
  /* A size container: its lanes' width picks the chip's form, its block size (the session's
     length) how many lines of text fit. */
  .slot {
    container-type: size;
  }
  /* Slots are positioned siblings painted in document order, so the next one covered the focus
     ring (outside the chip's box) of a session right before it: the slot holding focus goes
     above its neighbours. */
  .slot:focus-within {
    z-index: 1;
  }
  /* The pictogram sits in the chip's top corner and the first lines flow beside it, so a short
     session still shows its time and course next to its picture. */
  .slot .vk-pictogram {
    float: inline-end;
    margin-inline-start: 0.2rem;
    /* The float is a whole number of lines tall (with its margin), so a line that does not fit
       beside it starts on the line grid below it and the whole-line clip cannot cut it. */
    margin-block-end: calc(round(up, var(--_vk-pictogram-size), 1lh) - var(--_vk-pictogram-size));
  }
  .slot .time {
    overflow-wrap: normal;
  }
  /* The start and the end each drawn smaller where a lane is too narrow for them (legend-fit.ts fitSlotWords), never cut. */
  .slot .time > bdi:first-child {
    font-size: var(--_vk-fit-start, 1em);
  }
  .slot .time-end {
    font-size: var(--_vk-fit-end, 1em);
  }
  /* The end stays with its dash and its day whole: a short chip shows "08:00", not "08:00–", and
     a night session "22:00 / –9. mars / 06:00", not "22:00–9. / mars 06:00". The space between an
     end's day and time may break (a space's own box decides). */
  .slot .time-end {
    white-space: nowrap;
  }
  .slot .time-gap {
    white-space: normal;
  }
  /* "fortsatt fra fre. 27.3.": the day goes whole onto the next line, never "fre." alone. */
  .slot .continued-from bdi {
    white-space: nowrap;
  }
  /* Whole lines only. The text box fills the chip (its border box is the slot's content box or the
     1.75rem minimum, less 6px of border and padding), which leaves a button nothing to centre,
     and shows as many whole lines as fit: the clip drops the part of the box below the last whole
     line, so a line that does not fit is left out instead of cut through its glyphs. The full text is in the chip's title, its accessible name
     and its popover. overflow: clip (not hidden) makes no formatting context, so the lines still
     flow around the floated pictogram. */
  .slot .session-text {
    display: block;
    block-size: calc(max(100cqb, 1.75rem) - 6px);
    overflow: clip;
    clip-path: inset(0 0 calc(100% - round(down, 100%, 1lh)) 0);
  }
  /* Lines wrap between words; a word wider than its line ends in an ellipsis instead of being
     split ("Matproduksj|on" in a 100 px lane). overflow-x: clip keeps the lines around the float. */
  .slot .session-text > * {
    /* The line's width: the slot's content box (100cqi) less the chip's padding and borders (legend-fit.ts fitSlotWords);
       until QA 58 2 px less, so a word that fitted its line at the floor was taken for one that did not. */
    --_vk-lane: calc(100cqi - 0.9rem - 2px);
    display: block;
    overflow: visible;
    overflow-x: clip;
    overflow-wrap: normal;
    text-overflow: ellipsis;
  }
  /* A name or kind drawn smaller (fitSlotWords) keeps the text box's line height (1lh in
     line-height is the parent's): with its own, smaller lines fell off the whole-line grid and the
     clip above cut through them. */
  .slot .session-text > :is(.course, .kind) {
    line-height: 1lh;
  }
  /* A session's own title in the other direction ("عملي: Søndagsnatt", its dir set) is a box of
     its own beside the kind, shortened at its own end ("Søndag…"), as the course name is: in the
     line of an Arabic chip it was cut at the line's end, the Norwegian word's start ("…dagsnatt"). */
  .slot .kind:has(> [dir]) {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.3em;
  }
  .slot .kind > [dir] {
    min-inline-size: 0;
    overflow-x: clip;
    text-overflow: ellipsis;
  }
  /* "Avlyst" (before the text in a week chip) floats beside the start time on the first line, next
     to the pictogram. One line, never wrapped or split ("Waa la baajiyay"); a label too wide to sit
     beside the pictogram goes whole onto the line below it (the pictogram is a whole number of
     lines tall) in a chip with room for it. */
  .slot .cancelled-label {
    float: inline-end;
    max-inline-size: 100%;
    margin-inline-start: 0.3rem;
    overflow-x: clip;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  /* Two lines tall: below the pictogram (two lines tall) there is no line left, so the label stays
     beside it, shortened if need be (its margin, the pictogram's and a little slack). */
  @container (max-height: calc(2.88em + 6px)) {
    .slot .cancelled-label {
      max-inline-size: calc(100% - var(--_vk-pictogram-size) - 0.6rem);
    }
  }
  /* One line tall (the text box, the slot less 6px, under two 0.96em lines: a cancelled session
     of 45 minutes or less at the default hour size): the start time and the state share the line
     ("12:00 Avlyst", where "Avlyst" alone used to take it). The kind pictogram gives way, and a
     long label ("Скасовано" in a 768 px week) is shortened before it pushes the time out (3em: the
     bold "12:00" and the label's margin); the struck-through time and the red label still say
     it. Before the narrow-lane rules, which keep the label whole where there is no room for both. */
  @container (max-height: calc(1.92em + 6px)) {
    .slot .session[data-cancelled] .vk-pictogram {
      display: none;
    }
    .slot .cancelled-label {
      max-inline-size: calc(100% - 3em);
    }
  }
  /* A lane under 6em of the calendar's text (96 px at 16 px) is too narrow for the pictogram (1.4
     times that text) beside the text: em, as the height queries above (a query's rem is the page
     root's). At --vk-font-size: 2rem the 164 px lanes of a 1,280 px week kept the pictogram, the
     times over two lines and, in two hours, no course name, where 32 px root text draws this. */
  @container (max-width: 6em) {
    .slot .vk-pictogram {
      display: none;
    }
    /* A narrower stripe and inset leave a parallel lane room for its start time ("09:00" was
       cut through its last digit in 40 px lanes). */
    .slot .session {
      font-size: 0.7em;
      padding-inline: 0.4rem 1px;
    }
    .slot .stripe {
      inline-size: 0.25rem;
    }
    /* No room for the time and a shortened label side by side: the label stays whole. */
    .slot .cancelled-label {
      max-inline-size: 100%;
    }
    /* A narrow lane: lines wrap between words, as in a wide lane, and the chip shows as many whole
       lines as it has room for; a word wider than the lane is drawn smaller (legend-fit.ts
       fitSlotWords), and one too wide even then ends in an ellipsis, never split (full text in the
       title). Before, a chip under six lines tall kept one shortened line a part: "Norskopp…" above
       lines to spare. */
    .slot .session-text > * {
      --_vk-lane: calc(100cqi - 0.4rem - 3px);
    }
    .slot .session-text > :not(.time) {
      overflow-x: clip;
      text-overflow: ellipsis;
      overflow-wrap: normal;
    }
    /* "fortsatt fra lør. 28.3." and an end's day ("–27. mars") too: whole words on as many lines
       as they need, not "fortsatt fra l…" or "–27. …" (the piece's dates were cut; QA 54). The dash
       stays with the day (the break between them is .time-end's, nowrap). */
    .slot .session-text > .continued-from,
    .slot .continued-from bdi,
    .slot .time-end > bdi {
      white-space: normal;
    }
    /* The end is not drawn: its glyphs take no room (font-size 0, which no minimum font size
       setting enlarges), but it stays text in the time's own line, so the chip's name reads
       "09:00–10:30" as a wide chip's does. Hidden in a box of its own (position: absolute, 1 px)
       it read "09:00 –10:30": Chromium puts a space around such a box. Not on a piece after
       midnight: "22:00" alone at its top (drawn from 00:00) read as that day's 22:00. It keeps
       "22:00–06:00" (breaking before the dash when it must). */
    .slot .session:not([data-continued]) .time-end {
      font-size: 0;
    }
  }
  /* A narrow piece continued from an earlier day with one line of text (its box, the slot or the
     1.75rem minimum less 6px, under two lines of 0.7 × 1.2 = 0.84em; the min() is no height when the minimum box
     holds two): "23:45" breaks from "–00:15", and the line left read as that day's 23:45. It shows
     its end, "–00:15" (the start is not drawn, as the end above: still in the chip's name and title). */
  @container (max-width: 6em) and (max-height: min(calc(2 * 0.84em + 6px), calc(1000 * (2 * 0.84em + 6px - 1.75rem)))) {
    .slot .session[data-continued] .time > bdi:first-child {
      font-size: 0;
    }
  }
  /* A week with lanes too narrow for course names (week-view.ts weekShowsPictures): the
     course's picture under the time, beside the course's stripe (colour and pattern, as in the
     legend): two lines tall, so the lines below it stay on the line grid the whole-line clip cuts
     along, and no wider than the lane. After the narrow-lane rules, which hide the kind's
     pictogram; the name stays in the chip's name and title. */
  .slot .session-text > .vk-pictogram {
    display: block;
    float: none;
    margin: 0;
    inline-size: min(100%, 2lh);
    block-size: 2lh;
    object-fit: contain;
  }
  /* A chip with no room for the two lines under its time (about 40 minutes or less in a lane of 6em
     or more): the picture one line tall beside the time, at the chip's top end corner, instead of cut
     in half by the whole-line clip (or dropped by it). A cancelled one has "Avlyst" there: it keeps
     the struck time, the label and the stripe. */
  @container (min-width: 6em) and (max-height: calc(2.88em + 6px)) {
    .slot .session-text > .vk-pictogram {
      position: absolute;
      inset-block-start: 3px;
      inset-inline-end: 2px;
      inline-size: 1lh;
      block-size: 1lh;
    }
    .slot .session[data-cancelled] .session-text > .vk-pictogram {
      display: none;
    }
  }
  /* In a narrow lane there is no room beside the time ("09:00" under the picture in 45 px lanes):
     the picture one line tall on the line under it, shown in a chip two lines tall. */
  @container (max-width: 6em) and (max-height: calc(3 * 0.672em + 6px)) {
    .slot .session-text > .vk-pictogram {
      inline-size: 1lh;
      block-size: 1lh;
    }
  }
  .resize {
    position: absolute;
    inset-inline: 0;
    inset-block-end: 0;
    block-size: 0.5rem;
    cursor: ns-resize;
    touch-action: none;
  }
  /* The mark lies in the chip's bottom padding, clear of the last line of text. */
  .resize::after {
    content: '';
    position: absolute;
    inset-inline: 35%;
    inset-block-end: 0;
    border-block-end: 2px solid var(--_vk-text-subtle);
  }
  .now {
    position: absolute;
    inset-inline: 0;
    inset-block-start: calc(var(--_vk-top, 0) * 100%);
    border-block-start: 2px solid var(--_vk-danger);
    pointer-events: none;
    z-index: 2;
  }
  .now::before {
    content: '';
    position: absolute;
    inset-inline-start: -4px;
    inset-block-start: -5px;
    inline-size: 8px;
    block-size: 8px;
    border-radius: 50%;
    background: var(--_vk-danger);
  }
  .slot--more .more {
    inline-size: 100%;
    block-size: 100%;
    padding: 0;
    align-self: stretch;
  }
  @media (forced-colors: active) {
    /* The hour lines (a gradient the forced palette drops) in GrayText, under the sessions. */
    .week-day::before {
      content: '';
      position: absolute;
      inset: 0;
      pointer-events: none;
      forced-color-adjust: none;
      background: repeating-linear-gradient(180deg, transparent 0 calc(var(--_vk-hour) - 1px), GrayText calc(var(--_vk-hour) - 1px) var(--_vk-hour));
    }
    .now,
    .now::before {
      forced-color-adjust: none;
      border-color: Mark;
      background: Mark;
    }
  }
`;
