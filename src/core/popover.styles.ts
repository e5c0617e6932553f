import { css } from 'lit';

/**
 * Styles for a `.vk-popover` panel (`PopoverController`, popover.ts): top layer, fixed, sized by the
 * space Floating UI reports. A module of its own so a widget can fetch them with its other panel
 * styles, apart from the popover's code.
 */
export const popoverStyles = css`
  .vk-popover {
    position: fixed;
    inset: auto;
    margin: 0;
    inline-size: max-content;
    max-inline-size: min(26rem, var(--_vk-popover-max-inline, 26rem), calc(100vw - 16px));
    max-block-size: var(--_vk-popover-max-block, 80vh);
    overflow: auto;
    /* Narrower on a narrow window with large text (200 % on a phone: 32 px a side left 198 px of a
       280 px window for words such as "Підтвердити", split mid-word): never under 16 px, so 100 %
       text keeps its 1rem. Panels size their forms by it (their min-inline-size). */
    --_vk-popover-padding: min(var(--_vk-space-4), max(16px, 4.5vw));
    padding: var(--_vk-popover-padding);
    background: var(--_vk-bg);
    color: var(--_vk-text);
    border: 1px solid var(--_vk-border);
    border-radius: var(--_vk-radius-lg);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
    font: inherit;
  }
  /* The same for its buttons' sides (24 px at 200 % text), below any widget's own button rules:
     their words wrap between words, with room for the longest ("Написати в" / "щоденник"). */
  :where(.vk-popover) button {
    padding-inline: min(var(--_vk-space-3), max(12px, 3.5vw));
  }
  .vk-popover:focus-visible {
    outline-offset: -3px;
  }
  /* Not seen until placed: on the page's first open Floating UI is still loading, and the panel
     would show at the window's top-left corner, then jump. Focus is already inside (opacity, not
     visibility), and a failed load places it too (#unplaced). */
  .vk-popover[data-positioned='false'] {
    opacity: 0;
  }
  @media (forced-colors: active) {
    .vk-popover {
      border: 2px solid CanvasText;
    }
  }
`;
