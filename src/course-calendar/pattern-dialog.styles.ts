import { css } from 'lit';

/** The "plan a course" dialog (loaded on first open). */
export const patternStyles = css`
  /* Margin and padding in px on a narrow window, as the popovers' (popover.styles.ts): at 200 % text
     on a phone, 2rem margins and 1.5rem padding left the fields 190 px and split the skipped days'
     names. */
  /* Its width and its rows' columns in em of its own text (the calendar's, --vk-font-size), as the
     calendar's tiers: 44rem and rem columns kept a 704 px dialog at --vk-font-size: 2rem, where 32
     px page text gets 1,408 px. The same at 16 px text. */
  .pattern {
    /* 8 px each side: 100% is the viewport without its scrollbar (a modal dialog's containing block),
       where 100vw counts a classic scrollbar. The UA's max-inline-size (100% - 2em - 6px) would beat
       those margins at large text on a phone. */
    inline-size: min(44em, calc(100% - 16px));
    max-inline-size: calc(100% - 16px);
    max-block-size: calc(100vh - 2rem);
    border: 1px solid var(--_vk-border);
    border-radius: var(--_vk-radius);
    background: var(--_vk-bg);
    color: var(--_vk-text);
    --_vk-popover-padding: min(var(--_vk-space-4), max(16px, 4.5vw));
    padding: var(--_vk-popover-padding);
    /* Its rows follow the dialog's own width (the window's, at 400 % zoom), not the calendar's. */
    container-type: inline-size;
  }
  /* A low window (400 % zoom: 320×256; a phone turned): the whole dialog scrolls, its title and
     buttons with the fields. Pinned (sticky-ends.ts lets them take up to two thirds), the title's two
     lines and the buttons took about 70 % of a 256 px window and left the fields some 75 px, one at a
     time (low-vision QA, 7 Dec 2026, #5). Their line goes, and the scroll padding kept clear of
     them (set on the dialog while pinned) is a ring's room again. 28em: the 320×640 phone at 200 %
     text keeps them pinned, as sticky-ends.ts was made for. */
  @media (max-height: 28em) {
    .pattern[data-sticky-ends] > form > :is(h2, .popover-actions) {
      position: static;
    }
    .pattern[data-sticky-ends] > form > :is(h2, .popover-actions)::after {
      content: none;
    }
    .pattern[data-sticky-ends] {
      scroll-padding-block: 0.75em !important;
    }
  }
  /* Its fields no wider than the dialog: a long word or a wide box at 200 % text on a phone would
     otherwise widen the whole form past its edge. Its words are fitted (core/word-fit.ts). */
  .pattern form {
    grid-template-columns: minmax(0, 1fr);
    display: grid;
    --_vk-gap: var(--_vk-space-3);
    gap: var(--_vk-gap);
  }
  .pattern h2 {
    margin: 0;
    font-size: 1.2em;
  }
  /* A fieldset is as wide as its widest field by default (min-inline-size: min-content): the time
     boxes at 200 % text pushed it past the dialog's edge. */
  .pattern-days {
    min-inline-size: 0;
    padding-inline: min(0.75em, max(8px, 2.5vw));
    display: grid;
    gap: var(--_vk-space-2);
    border: 1px solid var(--_vk-border-subtle);
    border-radius: var(--_vk-radius);
  }
  /* The chosen course's whole name, wrapped, under its menu in a dialog under 20em of its text (a
     phone at 200 % text, 400 % zoom): a native select draws its choice on one line, cut where the
     name is wider ("Прибирання т…", uk, 320 px, 32 px text). Hidden from assistive technology (the
     menu says the name whole); wider, the menu has room for a usual name (some 35 letters) and this
     would mostly repeat it. */
  .pattern-chosen {
    display: none;
  }
  @container (width < 20em) {
    .pattern-chosen {
      display: block;
    }
  }
  .pattern-day {
    display: grid;
    grid-template-columns: minmax(8em, 1.2fr) minmax(6em, 1fr) minmax(6em, 1fr) minmax(6em, 1fr);
    gap: var(--_vk-space-2);
    align-items: end;
  }
  /* Every field has a visible caption (WCAG 3.3.2): over the columns once, in the first row, where
     the rows line up; over each field where a row wraps. */
  .pattern-field {
    grid-template-columns: minmax(0, 1fr);
    display: grid;
    gap: 2px;
    min-inline-size: 0;
  }
  .pattern-day:not(:first-of-type) .pattern-caption {
    display: none;
  }
  .pattern-day .check {
    min-block-size: 2.25rem;
  }
  /* Its tiers in em of its own text (the calendar's, --vk-font-size): a query's rem is the page
     root's, which kept four fields a row in the 704 px dialog at --vk-font-size: 2rem. */
  @container (max-width: 36em) {
    .pattern-day {
      grid-template-columns: 1fr 1fr;
    }
    .pattern-day:not(:first-of-type) .pattern-caption {
      display: inline;
    }
  }
  /* Under 9em of its own text (200 % text on a phone), a box's text a little smaller: a date or
     time box draws its text in one line and clipped "03/23/202". */
  @container (max-width: 9em) {
    .pattern :is(input:not([type='checkbox']), select) {
      font-size: 0.8em;
      padding-inline: var(--_vk-space-1);
    }
  }
  /* Too narrow for two time boxes side by side (320 px: 400 % zoom): one field a line. */
  @container (max-width: 19em) {
    .pattern-day {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .pattern-preview {
    container-type: inline-size;
    max-block-size: 16rem;
    overflow: auto;
  }
  .pattern-preview h3 {
    margin: 0;
  }
  .pattern-skipped,
  .pattern-sessions {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  /* The preview's numbers in the flow, in the UI locale's digits (fa ۱۰), in a column as wide as the
     widest: as list markers in a 1.25em indent inside the scrolling preview, "10." was cut to "0.".
     aria-hidden, with role="list" kept (list-style: none): a screen reader counts the items itself. */
  .pattern-sessions {
    list-style: none;
    padding-inline-start: 0;
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    column-gap: 0.4em;
  }
  .pattern-sessions li {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
  }
  .pattern-n {
    justify-self: end;
    font-variant-numeric: tabular-nums;
  }
  .pattern-sessions li > :last-child {
    grid-column: 2;
  }
  /* A day's names (each item's fitWord, core/word-fit.ts) are drawn a little smaller rather than
     split where "Planleggingsdag" is wider than the list. */
  .pattern-skipped {
    container-type: inline-size;
  }
  /* As narrow, the lists' indent goes to their words: items apart instead of bulleted. */
  @container (max-width: 19em) {
    .pattern-skipped,
    .pattern-sessions {
      padding-inline-start: 0;
      list-style: none;
    }
    .pattern-preview li + li {
      margin-block-start: var(--_vk-space-2);
    }
    .pattern-n {
      display: none;
    }
    .pattern-sessions {
      column-gap: 0;
    }
  }
  .pattern-error {
    color: var(--_vk-danger);
    font-weight: 600;
    margin: 0;
  }
  /* A field's problem under its row or pair of fields, across the whole width. */
  .pattern-day .pattern-error,
  .times .pattern-error {
    grid-column: 1 / -1;
  }
  .pattern-hint,
  .pattern-existing {
    margin: 0;
  }
  .pattern-hint {
    color: var(--_vk-text-subtle);
  }
  /* No course left to plan: "Legg til" looks unavailable, as the toolbar's at the session limit. */
  .pattern button[aria-disabled='true'] {
    color: var(--_vk-text-subtle);
    border-style: dashed;
    cursor: not-allowed;
  }
`;
