import { css } from 'lit';

/**
 * Design tokens. Every colour, space, radius and font goes through a `--vk-*` custom property
 * whose fallback is the matching Designsystemet token, then our own default (contrast ≥ 4.5:1).
 * Widgets use the private `--_vk-*` names below.
 *
 * `prefers-contrast: more` (a user who asked their system for more contrast): the light dividers
 * (chips, pictogram plates, card borders: #d3d7de, 1.44:1 on white) take the border colour
 * (`--vk-color-border`, or Designsystemet's default border: ≥ 3:1, WCAG 1.4.11), and our own subtle
 * text default darkens to ≥ 7:1 on every tint it sits on. Only fallbacks change: a host's
 * `--vk-color-border-subtle` / `--vk-color-text-subtle` still wins (test/core/prefers-contrast.test.ts).
 */
export const tokens = css`
  :host {
    --_vk-font: var(--vk-font-family, var(--ds-font-family, system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Ethiopic', sans-serif));
    --_vk-font-size: var(--vk-font-size, var(--ds-body-md-font-size, 1rem));
    --_vk-text: var(--vk-color-text, var(--ds-color-neutral-text-default, #1c1d20));
    --_vk-text-subtle: var(--vk-color-text-subtle, var(--ds-color-neutral-text-subtle, #4f535b));
    --_vk-bg: var(--vk-color-background, var(--ds-color-neutral-background-default, #ffffff));
    --_vk-surface: var(--vk-color-surface, var(--ds-color-neutral-surface-tinted, #f2f4f7));
    --_vk-border: var(--vk-color-border, var(--ds-color-neutral-border-default, #7a808a));
    --_vk-border-subtle: var(--vk-color-border-subtle, var(--ds-color-neutral-border-subtle, #d3d7de));
    --_vk-accent: var(--vk-color-accent, var(--ds-color-accent-base-default, #1d5fbf));
    --_vk-accent-contrast: var(--vk-color-accent-contrast, var(--ds-color-accent-base-contrast-default, #ffffff));
    --_vk-accent-surface: var(--vk-color-accent-surface, var(--ds-color-accent-surface-tinted, #e3ecfa));
    --_vk-success: var(--vk-color-success, var(--ds-color-success-text-default, #116b2e));
    --_vk-success-surface: var(--vk-color-success-surface, var(--ds-color-success-surface-tinted, #e4f4e8));
    --_vk-warning: var(--vk-color-warning, var(--ds-color-warning-text-default, #7a4b00));
    --_vk-warning-surface: var(--vk-color-warning-surface, var(--ds-color-warning-surface-tinted, #fdf1d8));
    --_vk-danger: var(--vk-color-danger, var(--ds-color-danger-text-default, #b3261e));
    --_vk-danger-surface: var(--vk-color-danger-surface, var(--ds-color-danger-surface-tinted, #fbe7e6));
    --_vk-focus: var(--vk-color-focus, var(--ds-color-focus-outer, #1c1d20));
    --_vk-focus-inner: var(--vk-color-focus-inner, var(--ds-color-focus-inner, #ffd43b));
    --_vk-space-1: var(--vk-space-1, var(--ds-size-1, 0.25rem));
    --_vk-space-2: var(--vk-space-2, var(--ds-size-2, 0.5rem));
    --_vk-space-3: var(--vk-space-3, var(--ds-size-3, 0.75rem));
    --_vk-space-4: var(--vk-space-4, var(--ds-size-4, 1rem));
    --_vk-radius: var(--vk-radius, var(--ds-border-radius-md, 0.5rem));
    --_vk-radius-lg: var(--vk-radius-lg, var(--ds-border-radius-lg, 0.75rem));
    --_vk-radius-full: var(--vk-radius-full, var(--ds-border-radius-full, 999px));
    --_vk-pictogram-size: var(--vk-pictogram-size, 3rem);
    --_vk-target: var(--vk-target-size, 2.75rem);
    --_vk-reading-edge: left;
    display: block;
    box-sizing: border-box;
    font-family: var(--_vk-font);
    font-size: var(--_vk-font-size);
    line-height: 1.4;
    color: var(--_vk-text);
    min-inline-size: 0;
    /* Never split a word unless it alone is wider than its line (never 'anywhere' or 'break-all'). */
    overflow-wrap: break-word;
  }
  /* A box as wide as the host and 1em of its text tall, its margin taking the height back: widgets
     observe it to follow their own width, and a change of their text size alone (--vk-font-size,
     the page's) resizes it too, so em tiers decided in script are taken again. */
  .width-probe {
    block-size: 1em;
    margin-block-end: -1em;
  }
  :host([hidden]) {
    display: none;
  }
  :host(:dir(rtl)) {
    --_vk-reading-edge: right;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Text for assistive technology only. A rectangle clip (clip, which an absolutely positioned box
     takes), not clip-path: inset(50%): the same result, cheaper to paint, and a month view has
     ~200 of these (about 3 ms of main-thread time in its first frame, bench/.ab A/B). */
  .vk-visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    margin: -1px;
    padding: 0;
    border: 0;
  }
  /* A number and its short words on one line; a word whose hyphen joins a short part (core/keep-together.ts). */
  .vk-nowrap {
    white-space: nowrap;
  }
  /* scroll-margin: the ring (3px beyond a 2px offset) stays in view when focusInView scrolls to an edge. */
  :focus-visible {
    outline: 3px solid var(--_vk-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_vk-focus-inner);
    scroll-margin: 5px;
  }
  button {
    font: inherit;
    color: inherit;
    min-block-size: 2.25rem;
    min-inline-size: 2.25rem;
    padding-block: var(--_vk-space-1);
    padding-inline: var(--_vk-space-3);
    border: 1px solid var(--_vk-border);
    border-radius: var(--_vk-radius);
    background: var(--_vk-bg);
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: var(--_vk-surface);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  button.vk-primary {
    background: var(--_vk-accent);
    color: var(--_vk-accent-contrast);
    border-color: var(--_vk-accent);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_vk-bg);
    border: 1px solid var(--_vk-border);
    border-radius: var(--_vk-radius);
    padding-block: var(--_vk-space-1);
    padding-inline: var(--_vk-space-2);
    min-block-size: 2.25rem;
    max-inline-size: 100%;
  }
  /* A radio or checkbox keeps its own box (stretched to 2.25rem its focus ring was a tall oval over
     its label); the label around it is the target, at least 2.25rem tall where it is a row. */
  input[type='radio'],
  input[type='checkbox'] {
    min-block-size: auto;
    padding: 0;
  }
  .vk-pictogram {
    display: inline-block;
    inline-size: var(--_vk-pictogram-size);
    block-size: var(--_vk-pictogram-size);
    padding: 0.3em;
    border-radius: var(--_vk-radius);
    /* A white plate: the line pictograms stay visible in dark themes and forced colours. */
    background: #fff;
    border: 1px solid var(--_vk-border-subtle);
    object-fit: contain;
    flex: none;
    forced-color-adjust: none;
  }
  .vk-pictogram--placeholder {
    background: repeating-linear-gradient(45deg, #fff 0 6px, #e6e8ec 6px 12px);
  }
  /* A text in its own language and direction (dir="ltr" Norwegian in an Arabic widget) still
     starts at the widget's reading edge, so two stacked languages line up: text-align: start
     would align each to its own script's side (and Chromium resolves match-parent's start against
     the line's own dir too). A container that centres its text sets --_vk-text-align: center. */
  .vk-text {
    display: block;
    max-inline-size: 100%;
    text-align: var(--_vk-text-align, var(--_vk-reading-edge, start));
  }
  /* The second language is told apart by colour and order, not by a smaller size: every size and
     weight is a font instance the browser builds on first use (about 1-3 ms each in a fresh page,
     docs/benchmarks.md), and in a bilingual card the two lines then share theirs. For the same
     reason bold is 600 in everything a widget first renders (600 and 700 are two font lookups even
     where they find the same face), and test/core/font-instances.test.ts holds each widget to a
     number of sizes × weights. */
  .vk-text--second {
    color: var(--_vk-text-subtle);
  }
  .vk-empty {
    padding: var(--_vk-space-4);
    border: 1px dashed var(--_vk-border);
    border-radius: var(--_vk-radius);
    color: var(--_vk-text-subtle);
  }
  .vk-empty[data-state='error'] {
    border-style: solid;
    border-color: var(--_vk-danger);
    color: var(--_vk-danger);
    background: var(--_vk-danger-surface);
  }
  /* A part that could not load (core/announcer.ts loadFailed): kept in view while the widget is. */
  [data-vk-failed] {
    position: sticky;
    inset-block-end: 0;
    z-index: 4;
    margin: var(--_vk-space-2) 0 0;
  }
  /* Its "Prøv igjen": room for the focus ring (5px out), which lay over the words above and beside it. Not on a line of its own: a taller notice outgrows the 7em it keeps focus above (announcer.ts). */
  [data-vk-failed] button {
    margin-block: 5px;
    margin-inline-start: 5px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0.01ms !important;
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      scroll-behavior: auto !important;
    }
  }
  @media (prefers-contrast: more) {
    :host {
      --_vk-text-subtle: var(--vk-color-text-subtle, var(--ds-color-neutral-text-subtle, #3a3d43));
      --_vk-border-subtle: var(--vk-color-border-subtle, var(--_vk-border));
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
    .vk-empty[data-state='error'] {
      border-color: CanvasText;
    }
    button.vk-primary {
      border-color: ButtonText;
    }
  }
`;
