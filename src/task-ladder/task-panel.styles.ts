import { css } from 'lit';

/**
 * The details popover and its forms (level, sign-off, logbook, recording). Listed before the
 * ladder's own styles, so the ladder's participant-mode and forced-colours rules win over these.
 */
export const taskPanelStyles = css`
  .panel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_vk-space-3);
    /* At most the popover's content box (its max, its padding and border) at any text size: with
       100vw − 48px a 200 % text popover (1rem padding = 32 px) was 34 px too narrow for its form. */
    min-inline-size: min(20rem, calc(100vw - 20px - 2 * var(--_vk-popover-padding, var(--_vk-space-4))));
  }
  /* The task's pictogram and title: the title goes under the pictogram when its longest word does
     not fit beside it (200 % text on a phone: "grønnsa" / "ker"), as on the card. */
  .panel-title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-2);
    margin: 0;
    font-weight: 600;
  }
  .panel-title > .bi {
    flex: 1 1 min-content;
  }
  /* The boxes long words are fitted to (core/word-fit.ts): the title's header, a logbook entry and
     the "who writes" fieldset, not the ladder (304 px at 200 % text on a 320 px phone, wider than
     the popover's 270: "oppvaskmaskine" / "n"). Fitted to the header's whole row, the title still
     goes under the pictogram when it does not fit beside it (its basis is min-content). Only in a
     ladder narrower than a popover can be wide (26rem, less its padding): a size container adds
     nothing to the popover's own width, which on a wider ladder grows to a participant's title. */
  @container vk-task-ladder (max-width: 30rem) {
    .task-head,
    .log-entry,
    fieldset.authors {
      container-type: inline-size;
    }
  }
  .panel p {
    margin: 0;
  }
  fieldset {
    border: 1px solid var(--_vk-border-subtle);
    border-radius: var(--_vk-radius);
    margin: 0;
    padding: var(--_vk-space-2);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-1) var(--_vk-space-3);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    /* Room for the radio's focus ring (3 px outline, 2 px offset) before its label. */
    gap: var(--_vk-space-2);
    min-block-size: 2.25rem;
  }
  /* Who writes: the fieldset is as wide as the form, never its longest label (a fieldset's own
     min-content pushed Ukrainian "Консультант" beside a participant's 1.25rem radio 6 px past a
     phone's popover at 200 % text). Its labels are fitted to it less the radio, its margins
     (5 + 3 px) and the gap (core/word-fit.ts); a word still too wide goes under the radio. */
  fieldset.authors {
    min-inline-size: 0;
    --_vk-fit-inset: calc(13px + 8px + var(--_vk-space-2));
  }
  .authors .choice {
    flex-wrap: wrap;
    max-inline-size: 100%;
  }
  .authors .choice > span {
    flex: 1 1 min-content;
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  /* The five moods share a row while their words fit; with larger text or longer words they wrap
     to more rows, never narrower than their longest word or picture (five fixed columns made the
     faces and words run into each other at 200 % text). */
  fieldset.moods {
    gap: var(--_vk-space-1);
  }
  .moods .choice,
  .ladder fieldset.moods .choice {
    flex: 1 1 0;
    min-inline-size: min-content;
  }
  .ladder[data-mode='participant'] input[type='radio'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  .read-control {
    display: inline-flex;
    align-items: center;
    gap: var(--_vk-space-1);
    justify-self: start;
  }
  .moods .choice {
    flex-direction: column;
    text-align: center;
    font-size: 0.85em;
    padding: var(--_vk-space-1) 0;
    border: 1px solid transparent;
    border-radius: var(--_vk-radius);
  }
  .moods .choice:has(input:checked) {
    border-color: var(--_vk-accent);
    background: var(--_vk-accent-surface);
  }
  /* One column as wide as the form: a date box never takes its own, wider width (200 % text). */
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  textarea {
    min-block-size: 4rem;
    resize: vertical;
  }
  .form-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-2);
    padding: var(--_vk-space-2);
    border: 1px solid var(--_vk-warning);
    border-radius: var(--_vk-radius);
    background: var(--_vk-warning-surface);
    color: var(--_vk-warning);
  }
  .form-notice button {
    color: var(--_vk-text);
  }
  .form-error {
    color: var(--_vk-danger);
  }
  /* A log that filled while its form was open: the card's reason (ladder-limits.ts), here as the form's message. */
  .form-error .log-full {
    color: inherit;
    font-size: inherit;
  }
  /* The faces' message, under their legend: a row of its own above them. */
  .authors .form-error,
  .moods .form-error {
    flex-basis: 100%;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-2);
    justify-content: flex-end;
  }
  .log-list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_vk-space-2);
  }
  .log-entry {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-2);
    align-items: flex-start;
    border-block-start: 1px solid var(--_vk-border-subtle);
    padding-block-start: var(--_vk-space-2);
  }
  .log-meta {
    display: block;
    color: var(--_vk-text-subtle);
    font-size: 0.9em;
  }
  .log-text {
    white-space: pre-wrap;
    overflow-wrap: break-word;
  }
  .recording {
    display: grid;
    gap: var(--_vk-space-2);
    padding-block-start: var(--_vk-space-2);
    border-block-start: 1px solid var(--_vk-border-subtle);
  }
  .level-form {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_vk-space-2);
  }
  .level-form fieldset {
    flex: 1 1 14rem;
  }
`;
