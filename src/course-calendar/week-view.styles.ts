import { css } from 'lit';

/** The week view: time axis, lanes, resize handle, "now" line (loaded with the week view). */
export const weekStyles = css`

  .week-scroll {
    overflow-x: auto;
  }
  .week {
    min-inline-size: 40rem;
  }
  .week .row {
    grid-template-columns: 3.5rem repeat(7, minmax(0, 1fr));
  }
  /* "Uke 11" fits its 3.5rem column in one line; a longer word ("الأسبوع") wraps at the space. */
  .week .head .weeknum-head {
    white-space: normal;
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
      clip: rect(0 0 0 0);
      white-space: nowrap;
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
  .resize::after {
    content: '';
    position: absolute;
    inset-inline: 35%;
    inset-block-end: 2px;
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
    .now,
    .now::before {
      forced-color-adjust: none;
      border-color: Mark;
      background: Mark;
    }
  }
`;
