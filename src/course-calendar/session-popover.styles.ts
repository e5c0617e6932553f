import { css, unsafeCSS } from 'lit';
import { stickyBand } from '../core/sticky-ends.js';

/** The details popover and the "plan a course" dialog's shared form layout (loaded on first open). */
const detailsCss = css`
  /* One column no wider than the popover's content box (its max, padding and border) at any text
     size (WCAG 1.4.10): fields narrow, time pairs and buttons wrap, nothing scrolls sideways. */
  .details {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    --_vk-gap: var(--_vk-space-2);
    gap: var(--_vk-gap);
    min-inline-size: min(18rem, calc(100vw - 20px - 2 * var(--_vk-popover-padding, var(--_vk-space-4))));
  }
  /* The heading and the buttons as bands across the panel, kept in view while the rest scrolls, in
     the details and the "plan a course" dialog alike (core/sticky-ends.ts sets data-sticky-ends
     where they leave the rest room): core's stickyBand, added below. */
  /* The course's name beside its pictogram while its longest word fits there, else on a line of its
     own below it, drawn a little smaller where even that line is too narrow (fitWord, core/word-fit.ts:
     "обслуговування" at 200 % text on a phone ran past the popover's edge). */
  .details h3,
  .details p {
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  .details h3 {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-2);
    --_vk-pictogram-size: calc(2 * var(--_vk-font-size));
  }
  /* The name's box as its fit's container only in a calendar under 20em of its text (a phone at
     large text, where the popover is as wide as the window anyway): a size container gives nothing
     to the popover's max-content width, which elsewhere grows to hold a long name. */
  @container (width < 20em) {
    .details h3 {
      container-type: inline-size;
    }
  }
  /* A day's holiday and closed-day names, whole, on the line under its date (renderDayDetails). */
  .day-special {
    flex-basis: 100%;
    color: var(--_vk-warning);
  }
  .details-name {
    flex: 1 0 min-content;
    max-inline-size: 100%;
  }
  .details p {
    margin: 0;
  }
  /* The end stays with its dash: "…, 09:00 / –14:30", not "09:00– / 14:30" (as in the week and the
     agenda); the space between a next day's end and its time may still break. */
  .details .time-end {
    white-space: nowrap;
  }
  .details .time-gap {
    white-space: normal;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  /* Under a title or place, the other languages it has ("Også på: arabisk, ukrainsk"), muted. */
  .details .field-also {
    font-size: 0.875em;
    color: var(--_vk-text-subtle);
  }
  /* The host changed the text being typed over: the notice and its two choices, under the field. */
  .field-notice {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-2);
    padding-inline-start: var(--_vk-space-2);
    border-inline-start: 3px solid currentColor;
  }
  .details .field-notice p {
    flex-basis: 100%;
    font-weight: 600;
  }
  .check {
    display: flex;
    gap: var(--_vk-space-2);
    align-items: center;
  }
  .popover-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-2);
    justify-content: flex-end;
  }
  /* A held time's notice follows its field (stacked at large text: under the start it is about, not
     below the end), across the whole width; side by side, the end backfills the start's row (dense). */
  .details .times {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(7rem, 100%), 1fr));
    grid-auto-flow: dense;
    gap: var(--_vk-space-2);
  }
  .times .field-notice {
    grid-column: 1 / -1;
  }
  /* A refused time's reason under both fields, across the whole width (as the task ladder's and the
     plan board's form errors; in forced colours the system's text colour). */
  .times .form-error {
    grid-column: 1 / -1;
    color: var(--_vk-danger);
    font-weight: 600;
  }
  /* A day's sessions, one column no wider than the panel. On a phone at large text (the calendar
     under 18em of its text) a row's picture goes above its time and name, as in the agenda, and the
     stripe down its start edge (narrow-rows.styles.ts, the one rule for both lists): beside
     the picture "Matproduksjon" at 200 % text in a 320 px window needed 38 px more than the panel
     had, and the panel scrolled sideways (WCAG 1.4.10). Lines wrap between words; a word alone
     wider than its row ends in an ellipsis, never split, as in a week chip (the full text is in
     the row's title and name). Its end padding is a month chip's 2 px: with 0.25rem, uk
     "обслуговування" (239 px) lost its last letter. */
  .day-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_vk-space-2);
  }
  .day-list .session {
    font-size: 0.95em;
    min-block-size: 2.75rem;
  }
  .day-list .session-text {
    max-inline-size: 100%;
  }
  .day-list .session-text > * {
    overflow-wrap: normal;
  }
`;
/** The details popover and the "plan a course" dialog's shared form layout, with their heading's and buttons' bands. */
export const detailsStyles = unsafeCSS(detailsCss.cssText + stickyBand(':is(.details, .pattern form)', 'h2, h3', '.popover-actions', 'var(--_vk-gap)'));
