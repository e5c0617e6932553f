import { css } from 'lit';

/** The "plan a course" dialog (loaded on first open). */
export const patternStyles = css`
  .pattern {
    inline-size: min(44rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    border: 1px solid var(--_vk-border);
    border-radius: var(--_vk-radius);
    background: var(--_vk-bg);
    color: var(--_vk-text);
    padding: var(--_vk-space-4);
    /* Its rows follow the dialog's own width (the window's, at 400 % zoom), not the calendar's. */
    container-type: inline-size;
  }
  .pattern form {
    display: grid;
    gap: var(--_vk-space-3);
  }
  .pattern h2 {
    margin: 0;
    font-size: 1.2em;
  }
  .pattern-days {
    display: grid;
    gap: var(--_vk-space-2);
    border: 1px solid var(--_vk-border-subtle);
    border-radius: var(--_vk-radius);
  }
  .pattern-day {
    display: grid;
    grid-template-columns: minmax(8rem, 1.2fr) minmax(6rem, 1fr) minmax(6rem, 1fr) minmax(6rem, 1fr);
    gap: var(--_vk-space-2);
    align-items: end;
  }
  /* Every field has a visible caption (WCAG 3.3.2): over the columns once, in the first row, where
     the rows line up; over each field where a row wraps. */
  .pattern-field {
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
  @container (max-width: 36rem) {
    .pattern-day {
      grid-template-columns: 1fr 1fr;
    }
    .pattern-day:not(:first-of-type) .pattern-caption {
      display: inline;
    }
  }
  /* Too narrow for two time boxes side by side (320 px: 400 % zoom): one field a line. */
  @container (max-width: 19rem) {
    .pattern-day {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .pattern-preview {
    max-block-size: 16rem;
    overflow: auto;
  }
  .pattern-preview h3 {
    margin: 0;
  }
  .pattern-skipped,
  .pattern-sessions {
    margin: 0;
    padding-inline-start: 1.5rem;
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
`;
