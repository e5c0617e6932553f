import { css } from 'lit';

/** The popover's own styles travel with the board's panel styles (one chunk of styles, apart from the editing code). */
export { popoverStyles } from '../core/popover.styles.js';

/** The plan board's popover contents: card menu, pictogram picker, edit form, move menu, proposal. */
export const panelStyles = css`
  .panel-title,
  .check,
  .proposal-step {
    display: flex;
    align-items: center;
    gap: var(--_vk-space-2);
  }
  .panel-title {
    margin: 0;
    font-size: 1.1em;
    min-inline-size: 0;
    overflow-wrap: break-word;
    --_vk-pictogram-size: 2rem;
  }
  /* The words go under the pictogram when their longest one does not fit beside it (200 % text on a
     phone: "Курс норвезької мови", "Engelskkurs" split mid-word beside it), as the ladder's do. */
  .panel-title {
    flex-wrap: wrap;
  }
  .panel-title > span {
    flex: 1 1 min-content;
    min-inline-size: 0;
  }
  /* The box the proposal's long heading words are fitted to (core/word-fit.ts): the dialog's width
     (a grid item in its one track). Beside the picture the words fit whole, else they go under it. */
  .proposal .panel-title,
  .proposal .actions {
    container-type: inline-size;
  }
  /* Send's words as "Foreslå et kort"'s (plan-board.styles.ts): uk "Надіслати пропозицію" was clipped at 320 px. */
  .send {
    flex-wrap: wrap;
    justify-content: center;
    text-align: center;
    --_vk-fit-inset: calc(2 * var(--_vk-space-3) + 2px);
  }
  /* One column no wider than the popover's content box (its max, padding and border) at any text
     size (WCAG 1.4.10): at 200 % text the fields were 494 px wide in a 278 px box. */
  .picker,
  .move-menu,
  .edit-form,
  .proposal {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_vk-space-3);
    min-inline-size: min(18rem, calc(100vw - 20px - 2 * var(--_vk-popover-padding, var(--_vk-space-4))));
  }
  /* 12rem, never wider than the window leaves the menu (its popover's padding is --_vk-space-1): at
     200 % text on a 320 px phone 12rem is 384 px, and the menu scrolled sideways with its items cut. */
  .card-menu {
    display: grid;
    gap: 2px;
    min-inline-size: min(12rem, calc(100vw - 20px - 2 * var(--_vk-space-1)));
  }
  .vk-popover[role='menu'] {
    padding: var(--_vk-space-1);
  }
  .menu-item {
    display: flex;
    align-items: center;
    gap: var(--_vk-space-2);
    inline-size: 100%;
    min-block-size: var(--_vk-target);
    text-align: var(--_vk-reading-edge, start);
    border-color: transparent;
    overflow-wrap: break-word;
  }
  .menu-item:focus-visible {
    border-color: var(--_vk-accent);
  }
  .menu-item.no-voice {
    font-weight: 600;
  }
  .picker-filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-2);
  }
  .picker-categories {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-1);
  }
  .category-chip {
    min-block-size: var(--_vk-target);
  }
  .category-chip[aria-pressed='true'] {
    background: var(--_vk-accent-surface);
    border-color: var(--_vk-accent);
    font-weight: 600;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    min-inline-size: 0;
  }
  .field small {
    color: var(--_vk-text-subtle);
  }
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    min-block-size: 0;
  }
  /* A cell holds the longest picture word of the UI locales whole (uk "Суспільствознавство":
     143 px at 0.875rem, 163 px at 1rem, plus padding and border): where two such cells do not
     fit (phones, 400 % zoom), one column. A host's longer word wraps inside its cell (see
     .picker-option span). */
  .picker-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10.25rem), 1fr));
    gap: var(--_vk-space-2);
    max-block-size: 50vh;
    overflow: auto;
    /* A scroller clips at its padding box: room for a picture's whole focus ring (3 px outline,
       2 px out) on every side, in either direction, and focus scrolls a picture in with it. */
    padding-block: 5px;
    padding-inline: 5px;
    scroll-padding-block: 5px;
  }
  .picker[data-large] .picker-grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11.5rem), 1fr));
    --_vk-pictogram-size: 4.5rem;
  }
  .picker-option {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    justify-items: center;
    gap: var(--_vk-space-1);
    inline-size: 100%;
    block-size: 100%;
    min-block-size: var(--_vk-target);
    padding: var(--_vk-space-2);
    font-size: 0.875rem;
    text-align: center;
    --_vk-text-align: center;
    overflow-wrap: break-word;
    min-inline-size: 0;
    container-type: inline-size;
  }
  .picker[data-large] .picker-option {
    font-size: 1rem;
  }
  /* The label takes the cell's whole width, so a word alone wider than it wraps inside it
     (break-word, inherited from the option; a word is never split where it fits). */
  .picker-option span {
    inline-size: 100%;
  }
  .move-menu ul,
  .day-options {
    display: grid;
    gap: var(--_vk-space-1);
  }
  .move-menu button,
  .day-option {
    inline-size: 100%;
    display: flex;
    align-items: center;
    gap: var(--_vk-space-2);
    text-align: var(--_vk-reading-edge, start);
    min-block-size: var(--_vk-target);
    --_vk-pictogram-size: 1.75rem;
  }
  /* Side by side from 8rem each, but never narrower than a day's longest word (the chosen day's
     bold one too): a fixed two-column grid split "Понеділо|к" on a 320 px phone. A word alone
     wider than the dialog still wraps inside it (max-inline-size). */
  .day-options {
    display: flex;
    flex-wrap: wrap;
    min-inline-size: 0;
  }
  .day-option {
    flex: 1 1 8rem;
    min-inline-size: auto;
    max-inline-size: 100%;
    overflow-wrap: break-word;
    min-block-size: 3.5rem;
    font-size: 1.1em;
  }
  /* "Tilbake" points back along the reading direction: to the right in right-to-left. */
  :host(:dir(rtl)) .back .icon {
    transform: scaleX(-1);
  }
  /* The participant's own language as plain as the Norwegian: this is their choice to read. */
  .day-name {
    min-inline-size: 0;
  }
  .day-option .vk-text--second,
  .picker-option .vk-text--second {
    color: inherit;
  }
  .day-option[aria-pressed='true'] {
    background: var(--_vk-accent-surface);
    border: 3px solid var(--_vk-accent);
    font-weight: 600;
  }
  .proposal-days,
  .voice {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_vk-space-2);
    min-inline-size: 0;
  }
  .proposal-step {
    font-size: 1.1em;
  }
  .proposal-step,
  .voice legend,
  .no-voice-note,
  .unsaved-note,
  .notice p,
  .form-error {
    margin: 0;
    padding: 0;
    font-weight: 600;
  }
  /* The edit form's heading with its "Ikke lagret" under it: one band, kept in view with it while the fields scroll
     (card-editor.ts), so a draft says it is unsaved wherever the form is scrolled to ("Bytt bilde" and back left it
     scrolled to its buttons, the mark out of view at 360 px). */
  .form-head {
    display: grid;
    gap: var(--_vk-space-2);
  }
  /* A take under review in the recorder beside it: the voice is being recorded. */
  .no-voice-note:has(+ [data-take]) {
    display: none;
  }
  /* A legend is not a grid item (the fieldset's gap skips it): room for a focused day's ring. */
  .proposal-days > legend {
    margin-block-end: var(--_vk-space-2);
  }
  .big {
    min-block-size: 3rem;
    display: inline-flex;
    align-items: center;
    gap: var(--_vk-space-2);
  }
  .notice {
    display: grid;
    gap: var(--_vk-space-2);
    padding: var(--_vk-space-2) var(--_vk-space-3);
    border: 2px solid var(--_vk-accent);
    border-radius: var(--_vk-radius);
    background: var(--_vk-accent-surface);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_vk-space-2);
  }
  .danger {
    color: var(--_vk-danger);
    border-color: var(--_vk-danger);
  }
  .nobreak {
    white-space: nowrap;
  }
  .form-error {
    color: var(--_vk-danger);
  }
  @media (forced-colors: active) {
    .category-chip[aria-pressed='true'],
    .day-option[aria-pressed='true'] {
      border: 3px solid Highlight;
    }
    .notice {
      border-color: CanvasText;
    }
  }
`;
