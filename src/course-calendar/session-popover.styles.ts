import { css } from 'lit';

/** The details popover and the "plan a course" dialog's shared form layout (loaded on first open). */
export const detailsStyles = css`
  /* One column no wider than the popover's content box (its max, padding and border) at any text
     size (WCAG 1.4.10): fields narrow, time pairs and buttons wrap, nothing scrolls sideways. */
  .details {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_vk-space-2);
    min-inline-size: min(18rem, calc(100vw - 20px - 2 * var(--_vk-popover-padding, var(--_vk-space-4))));
  }
  /* The course's name beside its pictogram while its longest word fits there, else on a line of its
     own below it, drawn a little smaller where even that line is too narrow (fitWord, core/word-fit.ts:
     "обслуговування" at 200 % text on a phone ran past the popover's edge). */
  .details h3 {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-2);
    --_vk-pictogram-size: 2rem;
  }
  /* The name's box as its fit's container only in a calendar under 20em of its text (a phone at
     large text, where the popover is as wide as the window anyway): a size container gives nothing
     to the popover's max-content width, which elsewhere grows to hold a long name. */
  @container (width < 20em) {
    .details h3 {
      container-type: inline-size;
    }
  }
  .details-name {
    flex: 1 0 min-content;
    max-inline-size: 100%;
  }
  .details p {
    margin: 0;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 2px;
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
  .details .times {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(7rem, 100%), 1fr));
    gap: var(--_vk-space-2);
  }
  /* A refused time's reason under both fields, across the whole width (as the task ladder's and the
     plan board's form errors; in forced colours the system's text colour). */
  .times .form-error {
    grid-column: 1 / -1;
    color: var(--_vk-danger);
    font-weight: 600;
  }
  .day-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_vk-space-2);
  }
  .day-list .session {
    font-size: 0.95em;
    min-block-size: 2.75rem;
  }
`;
