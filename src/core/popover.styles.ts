import { css } from 'lit';

/**
 * Styles for a `.vk-popover` panel (`PopoverController`, popover.ts): top layer, fixed, sized by the
 * space Floating UI reports. A module of its own so a widget can fetch them with its other panel
 * styles, apart from the popover's code. Also the look of a refused form field: every form a
 * widget has is in a panel that adopts these (the calendar's plan dialog too), so a widget only
 * looked at never loads it.
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
    /* A finger's scroll past its end stays in it: the page behind moved (805 → 1910 px, phone touch
       QA F5) under the fixed panel. A scroller inside it (the picker's grid) chains to it, no further. */
    overscroll-behavior: contain;
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
  /* A field's rows (its label, the field, a hint or message) further apart than the focus ring
     reaches (3 px outline 2 px out, tokens.ts): at 2 px it covered the label's last pixels, in Arabic
     the dot under ب of "بحث", which then read ٮحث (phone touch QA, 7 Dec 2026, F4). Every form's
     fields, in a popover or the calendar's plan dialog, are a grid .field. */
  :is(.vk-popover, dialog) .field {
    row-gap: 6px;
  }
  /* Not seen until placed: on the page's first open Floating UI is still loading, and the panel
     would show at the window's top-left corner, then jump. Focus is already inside (opacity, not
     visibility), and a failed load places it too (#unplaced). */
  .vk-popover[data-positioned='false'] {
    opacity: 0;
  }
  /* A field the widget refused (aria-invalid, described by its message): a border in the danger
     colour (6.5:1 on the background) and twice as thick, so not by colour alone (WCAG 1.4.1, 1.4.11);
     the padding gives back the extra pixel, so the field keeps its size. A box or radio keeps its
     own look: a ring around it instead, which the focus ring replaces while it is focused. */
  :is(input:not([type='radio'], [type='checkbox']), select, textarea)[aria-invalid='true'] {
    border: 2px solid var(--_vk-danger);
    padding-block: calc(var(--_vk-space-1) - 1px);
    padding-inline: calc(var(--_vk-space-2) - 1px);
  }
  :is([type='radio'], [type='checkbox'])[aria-invalid='true']:not(:focus-visible) {
    outline: 2px solid var(--_vk-danger);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .vk-popover {
      border: 2px solid CanvasText;
    }
    /* Colour gone, a refused field is told by a double border (4 px, two lines). */
    :is(input:not([type='radio'], [type='checkbox']), select, textarea)[aria-invalid='true'] {
      border: 4px double CanvasText;
      padding-block: calc(var(--_vk-space-1) - 3px);
      padding-inline: calc(var(--_vk-space-2) - 3px);
    }
    :is([type='radio'], [type='checkbox'])[aria-invalid='true']:not(:focus-visible) {
      outline: 4px double CanvasText;
    }
  }
`;
