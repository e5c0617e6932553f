import { css } from 'lit';

export const planBoardStyles = css`
  :host {
    --_vk-plan-column-width: var(--vk-plan-column-width, 15rem);
  }
  .board {
    display: grid;
    /* minmax(0, …): the row of columns scrolls inside the board instead of widening the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_vk-space-3);
    min-inline-size: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-2) var(--_vk-space-4);
  }
  .title {
    font-weight: 700;
    font-size: 1.2em;
  }
  .summary {
    margin: 0;
    color: var(--_vk-text-subtle);
  }
  .toolbar {
    display: flex;
    gap: var(--_vk-space-2);
    margin-inline-start: auto;
  }
  .tool {
    display: inline-flex;
    align-items: center;
    gap: var(--_vk-space-1);
  }
  .icon {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    flex: none;
  }
  .columns {
    /* Contains the absolutely positioned (visually hidden) texts, so they scroll with the cards. */
    position: relative;
    display: flex;
    gap: var(--_vk-space-3);
    overflow-x: auto;
    padding-block-end: var(--_vk-space-2);
    align-items: flex-start;
  }
  .column {
    flex: 0 0 var(--_vk-plan-column-width);
    max-inline-size: calc(100vw - 2rem);
    display: grid;
    gap: var(--_vk-space-2);
    align-content: start;
    padding: var(--_vk-space-2);
    background: var(--_vk-surface);
    border: 2px solid transparent;
    border-radius: var(--_vk-radius-lg);
  }
  .column[data-drop],
  .column[data-target] {
    border-color: var(--_vk-accent);
  }
  .column-header {
    display: flex;
    align-items: center;
    gap: var(--_vk-space-2);
    --_vk-pictogram-size: 2rem;
  }
  .column-title {
    font-weight: 700;
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  .count {
    font-size: 0.875rem;
    color: var(--_vk-text-subtle);
    min-inline-size: 1.5rem;
    text-align: center;
    border-radius: var(--_vk-radius-full);
    background: var(--_vk-bg);
  }
  .column-actions {
    display: flex;
    gap: var(--_vk-space-1);
  }
  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_vk-space-1);
    padding-inline: var(--_vk-space-1);
  }
  .icon-button[aria-disabled='true'] {
    color: var(--_vk-text-subtle);
    border-style: dashed;
    cursor: help;
  }
  .icon-button[aria-pressed='true'] {
    background: var(--_vk-accent-surface);
    border-color: var(--_vk-accent);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .cards {
    display: grid;
    gap: var(--_vk-space-2);
    min-block-size: 2.5rem;
    border-radius: var(--_vk-radius);
  }
  .cards[data-drop='empty'] {
    outline: 3px dashed var(--_vk-accent);
    outline-offset: -3px;
  }
  .column-empty {
    margin: 0;
    margin-block-start: -2.5rem;
    min-block-size: 2.5rem;
    display: grid;
    place-items: center;
    color: var(--_vk-text-subtle);
    font-size: 0.875rem;
    pointer-events: none;
  }
  .card {
    position: relative;
    display: grid;
    gap: var(--_vk-space-1);
    padding: var(--_vk-space-2);
    background: var(--_vk-bg);
    border: 1px solid var(--_vk-border-subtle);
    border-inline-start: 4px solid var(--_vk-card-accent, var(--_vk-border));
    border-radius: var(--_vk-radius);
    /* Long boards: cards out of view skip style and layout until they scroll near. */
    content-visibility: auto;
    contain-intrinsic-size: auto 7.5rem;
  }
  .card[data-category='language'] { --_vk-card-accent: #1d5fbf; }
  .card[data-category='work'] { --_vk-card-accent: #7a4b00; }
  .card[data-category='society'] { --_vk-card-accent: #5b3fa8; }
  .card[data-category='health'] { --_vk-card-accent: #116b2e; }
  .card[data-category='family'] { --_vk-card-accent: #a3305b; }
  .card[data-category='education'] { --_vk-card-accent: #006d77; }
  .card[data-done] {
    background: var(--_vk-success-surface);
  }
  .card[data-speaking] {
    outline: 4px solid var(--_vk-accent);
    outline-offset: 2px;
    background: var(--_vk-accent-surface);
  }
  .card[data-lifted] {
    box-shadow: 0 6px 18px rgb(0 0 0 / 0.25);
    border-color: var(--_vk-accent);
    transform: scale(1.02);
  }
  .card[data-dragging] {
    opacity: 0.4;
    border-style: dashed;
  }
  .card[data-drop='before']::before,
  .card[data-drop='after']::after {
    content: '';
    position: absolute;
    inset-inline: 0;
    block-size: 4px;
    border-radius: 2px;
    background: var(--_vk-accent);
  }
  /* Inside the card's box: content-visibility clips what paints outside it. */
  .card[data-drop='before']::before {
    inset-block-start: 0;
  }
  .card[data-drop='after']::after {
    inset-block-end: 0;
  }
  .card-button {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    gap: var(--_vk-space-1) var(--_vk-space-2);
    padding: var(--_vk-space-1);
    border: 0;
    background: transparent;
    text-align: start;
    min-block-size: var(--_vk-target);
    cursor: pointer;
    user-select: none;
    -webkit-user-select: none;
    position: relative;
  }
  .card-button:hover:not(:disabled) {
    background: transparent;
  }
  .card-button > .vk-pictogram {
    grid-row: span 3;
  }
  .card-text {
    font-weight: 600;
    overflow-wrap: break-word;
  }
  .meta {
    grid-column: 2;
    display: flex;
    align-items: center;
    gap: var(--_vk-space-1);
    font-size: 0.875rem;
    color: var(--_vk-text-subtle);
  }
  .meta > span {
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  .meta .icon {
    inline-size: 1rem;
    block-size: 1rem;
  }
  .meta .vk-text--second {
    display: inline;
    margin-inline-start: var(--_vk-space-1);
  }
  .done-mark {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
    display: grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: 50%;
    background: var(--_vk-success);
    color: var(--_vk-accent-contrast);
  }
  .done-mark .icon {
    inline-size: 1rem;
    block-size: 1rem;
  }
  .card[data-done] .card-button {
    padding-inline-end: 1.75rem;
  }
  .grip {
    display: inline-grid;
    place-items: center;
    min-block-size: 2.25rem;
    min-inline-size: 1.75rem;
    color: var(--_vk-text-subtle);
    touch-action: none;
    cursor: grab;
    margin-inline-end: auto;
  }
  .board[data-mode='adviser'] .done-label {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .board[data-mode='adviser'] .done-toggle {
    margin-inline-end: 0;
  }
  .board[data-mode='adviser'] .card-button {
    cursor: grab;
  }
  .card-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-1);
    justify-content: flex-end;
  }
  .move-label {
    font-size: 0.875rem;
  }
  .done-toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--_vk-space-2);
    margin-inline-end: auto;
  }
  .done-toggle .box {
    display: grid;
    place-items: center;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border: 2px solid currentColor;
    border-radius: 4px;
    background: var(--_vk-bg);
  }
  .done-toggle[aria-checked='true'] .box {
    background: var(--_vk-success);
    border-color: var(--_vk-success);
    color: var(--_vk-accent-contrast);
  }
  /* participant mode: big pictures, big targets */
  .board[data-mode='participant'] {
    --_vk-pictogram-size: var(--vk-pictogram-size, 5rem);
    --_vk-plan-column-width: var(--vk-plan-column-width, 17rem);
    font-size: 1.1em;
  }
  .board[data-mode='participant'] .card-button {
    grid-template-columns: minmax(0, 1fr);
    justify-items: center;
    text-align: center;
    cursor: pointer;
  }
  .board[data-mode='participant'] .card-button > .vk-pictogram {
    grid-row: auto;
  }
  .board[data-mode='participant'] .meta {
    grid-column: 1;
  }
  .board[data-mode='participant'] .card-actions button,
  .board[data-mode='participant'] .column-actions button {
    min-block-size: 3rem;
    min-inline-size: 3rem;
  }
  .board[data-mode='participant'] .card-actions .icon,
  .board[data-mode='participant'] .column-actions .icon {
    inline-size: 1.75rem;
    block-size: 1.75rem;
  }
  .board[data-mode='participant'] .done-toggle .box {
    inline-size: 1.75rem;
    block-size: 1.75rem;
  }
  .board[data-mode='participant'] .done-toggle {
    flex: 1;
  }
  /* the pointer-drag ghost: fixed in a left-to-right layer so the transform is plain x/y */
  .ghost-layer {
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: 0;
    direction: ltr;
    pointer-events: none;
    z-index: 2147483647;
  }
  .ghost {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    box-shadow: 0 10px 24px rgb(0 0 0 / 0.3);
    border-color: var(--_vk-accent);
    opacity: 0.95;
    will-change: transform;
  }
  /* popovers */
  .panel-title {
    margin: 0;
    font-size: 1.1em;
    display: flex;
    align-items: center;
    gap: var(--_vk-space-2);
    --_vk-pictogram-size: 2rem;
  }
  .picker,
  .move-menu,
  .edit-form {
    display: grid;
    gap: var(--_vk-space-3);
    min-inline-size: min(18rem, calc(100vw - 48px));
  }
  .picker-filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-2);
  }
  .field {
    display: grid;
    gap: 2px;
  }
  .field small {
    color: var(--_vk-text-subtle);
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--_vk-space-2);
  }
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    min-block-size: 0;
  }
  .picker-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(6rem, 1fr));
    gap: var(--_vk-space-2);
    max-block-size: 50vh;
    overflow: auto;
  }
  .picker-option {
    display: grid;
    justify-items: center;
    gap: var(--_vk-space-1);
    inline-size: 100%;
    block-size: 100%;
    padding: var(--_vk-space-2);
    font-size: 0.875rem;
    text-align: center;
  }
  .move-menu ul {
    display: grid;
    gap: var(--_vk-space-1);
  }
  .move-menu button {
    inline-size: 100%;
    display: flex;
    align-items: center;
    gap: var(--_vk-space-2);
    text-align: start;
    min-block-size: var(--_vk-target);
    --_vk-pictogram-size: 1.75rem;
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
  .form-error {
    margin: 0;
    color: var(--_vk-danger);
    font-weight: 600;
  }
  @media (prefers-reduced-motion: reduce) {
    .card[data-lifted] {
      transform: none;
    }
  }
  @media (forced-colors: active) {
    .column[data-drop],
    .column[data-target],
    .card[data-lifted],
    .card[data-speaking] {
      border-color: Highlight;
      outline-color: Highlight;
    }
    .card[data-drop='before']::before,
    .card[data-drop='after']::after {
      background: Highlight;
    }
    .cards[data-drop='empty'] {
      outline-color: Highlight;
    }
    .card {
      border-inline-start-color: CanvasText;
    }
    .done-mark,
    .done-toggle[aria-checked='true'] .box {
      background: CanvasText;
      color: Canvas;
      forced-color-adjust: none;
    }
  }
  /* Print: black and white, pictograms and both languages kept, no controls. Hosts add
     @page { size: A4 landscape; } (an @page rule cannot live in shadow CSS). */
  @media print {
    .board {
      color: #000;
      background: #fff;
    }
    .toolbar,
    .column-actions,
    .card-actions,
    .grip,
    .count,
    .vk-popover,
    .ghost-layer,
    .column-empty {
      display: none !important;
    }
    .columns {
      overflow: visible;
      flex-wrap: nowrap;
      gap: 4mm;
    }
    .column {
      flex: 1 1 0;
      min-inline-size: 0;
      max-inline-size: none;
      background: #fff;
      border: 1px solid #000;
      break-inside: avoid;
    }
    .card {
      content-visibility: visible;
      background: #fff !important;
      color: #000;
      border: 1px solid #000;
      border-inline-start: 1px solid #000;
      break-inside: avoid;
      box-shadow: none;
      outline: none;
      opacity: 1;
    }
    .vk-text--second,
    .meta,
    .summary {
      color: #000;
    }
    /* Stacked like participant mode: narrow print columns keep whole words. */
    .card-button {
      grid-template-columns: minmax(0, 1fr);
      justify-items: center;
      text-align: center;
      padding-inline-end: var(--_vk-space-1) !important;
    }
    .card-button > .vk-pictogram {
      grid-row: auto;
    }
    .meta {
      grid-column: 1;
    }
    .card-text,
    .meta > span {
      hyphens: auto;
    }
    .vk-pictogram {
      filter: grayscale(1) contrast(1.2);
      border-color: #000;
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    .done-mark {
      background: #fff;
      color: #000;
      border: 2px solid #000;
    }
  }
`;
