import { css } from 'lit';

/** The week view (time axis, lanes, resize handle, "now" line), the agenda, and the "plan a course" dialog. */
export const calendarViewStyles = css`
  .week-scroll {
    overflow-x: auto;
  }
  .week {
    min-inline-size: 40rem;
  }
  .week .row {
    grid-template-columns: 3.5rem repeat(7, minmax(0, 1fr));
  }
  .week .head .weekday {
    display: flex;
    flex-direction: column;
  }
  .week .body {
    block-size: calc(var(--_vk-hours, 11) * var(--_vk-hour));
  }
  .axis {
    display: grid;
    grid-auto-rows: var(--_vk-hour);
    font-size: 0.75em;
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
  .slot .session {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: stretch;
    justify-content: flex-start;
    block-size: 100%;
    padding-inline-start: 0.65rem;
    overflow-wrap: break-word;
  }
  .slot .stripe {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
  }
  .slot {
    container-type: inline-size;
  }
  .slot .vk-pictogram {
    align-self: flex-end;
  }
  .slot .time {
    overflow-wrap: normal;
  }
  .slot .session-text {
    display: block;
  }
  .slot .session-text > * {
    display: block;
    overflow: visible;
  }
  @container (max-width: 6rem) {
    .slot .vk-pictogram {
      display: none;
    }
    .slot .session {
      font-size: 0.7em;
      padding-inline-end: 1px;
    }
    /* A narrow lane: words are shortened with an ellipsis, never split (full text in the title). */
    .slot .session-text > :not(.time) {
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
      overflow-wrap: normal;
    }
    .slot .time-end {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  .agenda {
    display: grid;
    gap: var(--_vk-space-4);
  }
  .agenda h3 {
    margin: 0 0 var(--_vk-space-2);
    font-size: 1.05em;
  }
  .agenda ul,
  .day-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_vk-space-2);
  }
  .agenda-date {
    margin: 0 0 var(--_vk-space-1);
    font-weight: 600;
  }
  .agenda .session,
  .day-list .session {
    font-size: 0.95em;
    min-block-size: 2.75rem;
  }
  .agenda-empty {
    color: var(--_vk-text-subtle);
  }
  .pattern {
    inline-size: min(44rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    border: 1px solid var(--_vk-border);
    border-radius: var(--_vk-radius);
    background: var(--_vk-bg);
    color: var(--_vk-text);
    padding: var(--_vk-space-4);
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
    align-items: center;
  }
  @container (max-width: 36rem) {
    .pattern-day {
      grid-template-columns: 1fr 1fr;
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
    font-weight: 700;
    margin: 0;
  }
  @media (forced-colors: active) {
    .now,
    .now::before {
      forced-color-adjust: none;
      border-color: Mark;
      background: Mark;
    }
  }
`;
