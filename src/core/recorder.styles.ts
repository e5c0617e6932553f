import { css } from 'lit';

/** Styles of `<vk-audio-recorder>`: logical properties only, 44 px targets, forced colours. */
export const recorderStyles = css`
  :host {
    display: block;
  }
  .recorder {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-2);
    min-inline-size: 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-2);
    align-items: center;
    min-inline-size: 0;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: var(--_vk-space-2);
    min-block-size: var(--_vk-target);
    min-inline-size: var(--_vk-target);
    padding-block: var(--_vk-space-2);
    padding-inline: var(--_vk-space-3);
    border: 2px solid var(--_vk-border);
    border-radius: var(--_vk-radius);
    background: var(--_vk-bg);
    color: var(--_vk-text);
    font: inherit;
    text-align: var(--_vk-reading-edge, start);
    overflow-wrap: break-word;
    min-inline-size: 0;
    max-inline-size: 100%;
    cursor: pointer;
  }
  button:focus-visible,
  audio:focus-visible {
    outline: 3px solid var(--_vk-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_vk-focus-inner);
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .record {
    border-color: var(--_vk-danger);
  }
  .record[data-recording] {
    background: var(--_vk-danger);
    border-color: var(--_vk-danger);
    color: var(--_vk-accent-contrast);
  }
  .save {
    background: var(--_vk-accent);
    border-color: var(--_vk-accent);
    color: var(--_vk-accent-contrast);
  }
  svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
    fill: currentColor;
  }
  .record:not([data-recording]) svg {
    fill: var(--_vk-danger);
  }
  .live {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-2) var(--_vk-space-3);
  }
  .dot {
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: var(--_vk-radius-full);
    background: var(--_vk-danger);
    animation: vk-pulse 1.2s ease-in-out infinite alternate;
  }
  @keyframes vk-pulse {
    from {
      opacity: 1;
    }
    to {
      opacity: 0.3;
    }
  }
  meter {
    inline-size: min(12rem, 100%);
    block-size: 1rem;
  }
  .time,
  .length {
    font-variant-numeric: tabular-nums;
  }
  audio {
    inline-size: min(100%, 22rem);
    min-block-size: var(--_vk-target);
  }
  .message {
    display: flex;
    gap: var(--_vk-space-2);
    align-items: flex-start;
    margin: 0;
    padding-block: var(--_vk-space-2);
    padding-inline: var(--_vk-space-3);
    border-inline-start: 4px solid var(--_vk-danger);
    border-radius: var(--_vk-radius);
    background: var(--_vk-danger-surface);
    color: var(--_vk-text);
    overflow-wrap: break-word;
    min-inline-size: 0;
  }
  .message svg {
    fill: var(--_vk-danger);
    margin-block-start: 0.1em;
  }
  .hint {
    margin: 0;
    color: var(--_vk-text-subtle);
    overflow-wrap: break-word;
  }
  @media (prefers-reduced-motion: reduce) {
    .dot {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    /* The system forces button and message colours; only the states keep a system highlight. */
    button {
      border-color: ButtonText;
    }
    .record[data-recording],
    .save {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    svg,
    .record:not([data-recording]) svg,
    .message svg {
      fill: currentColor;
    }
    .message {
      border-color: CanvasText;
    }
    .dot {
      forced-color-adjust: none;
      background: Highlight;
    }
    button:focus-visible,
    audio:focus-visible {
      outline-color: Highlight;
    }
  }
`;
