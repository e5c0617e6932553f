import { css } from 'lit';

/*
 * Layout by the board's own width (the host is a size container), never the viewport:
 * - columns side by side, each at least --vk-plan-column-width (13 times the board's text; for
 *   participants also as wide as their longest word, up to 30 times it), sharing extra room; the
 *   row scrolls sideways inside the board when they do not fit;
 * - below 30em of the board's text (480 px at 16 px; the element sets data-narrow) one column at
 *   a time under a day switcher;
 * - inside a card the pictogram sits beside the words only where the card is wide enough for
 *   long words ("Voksenopplæringen") — otherwise above them — so no word is split.
 */
export const planBoardStyles = css`
  :host {
    display: block;
    container: vk-plan-board / inline-size;
    /* Times the board's text (--vk-font-size), not the root's rem: a column is as wide as its
       words need, so 32 px text gets 416 px columns whether the page's text or --vk-font-size made
       it 32 px. Not 13em: a participant's column has 1.1em text. A host's value (any unit) wins. */
    --_vk-plan-column-width: var(--vk-plan-column-width,calc(13*var(--_vk-font-size)));
  }
  /* 1em tall (core/tokens.ts): a change of the board's text size alone re-checks the em tier (board-width.ts). */
  .width-probe {
    inline-size: 100%;
    pointer-events: none;
  }
  /* overflow-wrap: break-word comes from :host (tokens.ts). Grid items in tracks with a fixed
     minimum (minmax(0, 1fr), the columns' minmax(<width>, 1fr)) have no content minimum (CSS Grid
     §6.6), so .header, .switcher, .columns, .column and .switcher-position need no min-inline-size. */
  .board {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_vk-space-3);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-2) var(--_vk-space-4);
  }
  .header > * {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .title {
    font-weight: 600;
    font-size: 1.2em;
    overflow: clip;
  }
  .summary {
    margin: 0;
    color: var(--_vk-text-subtle);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-2);
    margin-inline-start: auto;
  }
  /* Undo's and Redo's word (a bigLabel) beside the picture, or under it where it does not fit beside it
     (uk "Відмінити" at 200 % text in a 254 px board ran 28 px past the button). */
  .tool {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-1);
  }
  /* A participant's Undo and Redo: as large as their other buttons. */
  [data-mode='participant'] .tool {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    gap: var(--_vk-space-2);
    font-weight: 600;
  }
  [data-mode='participant'] .tool .icon {
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }
  /* Undo points back along the reading direction: to the right in right-to-left; the speakers (column button, "Ingen lyd" badge) face it (as the task ladder's). */
  :host(:dir(rtl)) .tool .icon,
  :host(:dir(rtl)) .read .icon,
  :host(:dir(rtl)) .silent-badge .icon {
    transform: scaleX(-1);
  }
  /* Nothing to do here: undo or redo with nothing to undo, a column with nothing that can be heard (crossed-out speaker), adding to a full plan. */
  .tool[aria-disabled='true'],
  .read[aria-disabled='true'],
  .add[aria-disabled='true'],
  .propose[aria-disabled='true'] {
    color: var(--_vk-text-subtle);
    border-style: dashed;
    cursor: default;
  }
  .propose {
    margin-inline-start: auto;
  }
  /* A big button's words (board-toolbar.ts bigLabel) wrap between words beside its picture, or go
     under it, centred, when their longest word does not fit beside it; that word is fitted to the
     button's box (core/word-fit.ts: its size container less the button's padding and border).
     (Send's, the same, in panel.styles.ts.) */
  .propose {
    flex-wrap: wrap;
    justify-content: center;
    text-align: center;
    --_vk-fit-inset: calc(2 * var(--_vk-space-3) + 2px);
  }
  .big-label {
    flex: 1 1 min-content;
  }
  /* (also in panel.styles.ts, which loads with the panels) */
  .big {
    min-block-size: 3rem;
    display: inline-flex;
    align-items: center;
    gap: var(--_vk-space-2);
  }
  .icon {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    flex: none;
  }
  /* the day switcher (narrow boards) */
  .switcher {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_vk-space-2);
  }
  .switcher-position {
    margin: 0;
    font-weight: 600;
    font-size: 1.2em;
  }
  .tabs {
    /* Contains each tab's visually hidden count ("2 kort", position: absolute), so in the row that
       scrolls (below) it stays inside the scroller and never widens the page (WCAG 1.4.10). */
    position: relative;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-1);
  }
  .tab {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-1);
    min-block-size: var(--_vk-target);
    min-inline-size: var(--_vk-target);
    max-inline-size: 100%;
    --_vk-pictogram-size: 1.5rem;
  }
  .tab > span {
    min-inline-size: 0;
  }
  .tab[aria-selected='true'] {
    background: var(--_vk-accent-surface);
    border: 2px solid var(--_vk-accent);
    font-weight: 600;
  }
  .tab-count {
    font-size: 0.875rem;
    color: var(--_vk-text-subtle);
  }
  /* Under 18em of the board's text (a phone at large text) the tabs are one row that scrolls
     sideways (day-switcher.ts), padded for the focus ring; its cues stand beside it (scroll-cue.ts).
     A tab is as wide as its longest word at least: at 320 px and 200 % "Wednesd|ay" split (QA53). */
  @container vk-plan-board (max-width: 18em) {
    .tabs {
      flex-wrap: nowrap;
      overflow-x: auto;
      padding: 6px;
    }
    .tab {
      flex: none;
      min-inline-size: min-content;
    }
  }
  /* columns */
  .columns {
    /* Contains the absolutely positioned (visually hidden) texts, so they scroll with the cards. */
    position: relative;
    display: grid;
    grid-auto-flow: column;
    /* At least as wide as the longest word a card or title shows needs (board-words.ts: a title's
       in em, a place's in rem, after its pin and gap of 1.25rem; plus the column's and card's
       borders, paddings and the button's: 1.5rem + 13px, and 1px for rounding), up to 30em; a
       size container cannot take it from its content. A column that may be 18em or wider (its
       minimum, or grown to 1fr) gives a done card's mark 1.75rem beside the words (the container
       query below, 18em of the column's text): 1.75rem more then, when the words would not fit
       beside it at 18em. em here is the board's text (this rule is the adviser's: a participant's
       columns are min-content, below); the paddings, borders and the mark are rem and px. */
    --_vk-plan-need: max(var(--_vk-plan-word,0px),var(--_vk-plan-place,-2rem) + 1.25rem) + 1.5rem + 14px;
    grid-auto-columns: minmax(max(var(--_vk-plan-column-width),min(30em,var(--_vk-plan-need) + clamp(0px,(var(--_vk-plan-need) + 1.75rem - 18em)*999,1.75rem))),1fr);
    gap: 0.625rem;
    overflow-x: auto;
    /* A control focused at an edge scrolls clear of that edge's cue (scroll-cue.ts, 3rem wide): never under it. */
    scroll-padding-inline: 3rem;
    padding-block-end: var(--_vk-space-2);
    align-items: start;
  }
  .board[data-narrow] .columns {
    grid-auto-columns: minmax(0, 1fr);
    overflow-x: visible;
    touch-action: pan-y pinch-zoom;
  }
  /* pinch-zoomed (board-width.ts): one finger pans the page sideways, not a day swipe */
  [data-zoomed] ~ .board .columns {
    touch-action: auto;
  }
  /* Small paddings: a 13em column leaves a long word (“Voksenopplæringen”) its whole line. On a
     phone at large text the inline ones thin to 4px, 1px less per px less room: a column's where
     the board (its container) is under 10.875rem, a card's where its column's line is (never side
     by side, nor in print: 12rem at least). At 200 % text, 320–360 px, the rem paddings took 2em
     of a 10em line: "Samfunnskunnskap" (320 px) and uk "Суспільствознавство" (360 px) in a
     participant's card did not fit even at word-fit's 0.75 (core/word-fit.ts) and split. rem, as
     the paddings: at --vk-font-size: 2rem they are 6 px, 0.19em, and those words stay whole. */
  .column,
  .card {
    padding: 0.375rem clamp(4px, 100cqi - 10.5rem, 0.375rem);
  }
  .column {
    container: vk-plan-column / inline-size;
    display: grid;
    gap: var(--_vk-space-2);
    align-content: start;
    background: var(--_vk-surface);
    border: 2px solid transparent;
    border-radius: var(--_vk-radius-lg);
  }
  .column[data-drop],
  .column[data-target] {
    border-color: var(--_vk-accent);
  }
  /* The buttons wrap under the title rather than squeeze it: a title keeps its words whole. */
  .column-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-2);
    min-inline-size: 0;
    --_vk-pictogram-size: 2rem;
  }
  .column-title {
    font-weight: 600;
    flex: 1 1 auto;
    min-inline-size: 0;
    overflow: clip;
  }
  /* A circle for one or two digits, a pill for more ("400" keeps a margin inside its edge). */
  .count {
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
    color: var(--_vk-text-subtle);
    min-inline-size: 1.5rem;
    padding-inline: 0.3em;
    text-align: center;
    border-radius: var(--_vk-radius-full);
    background: var(--_vk-bg);
  }
  .column-actions {
    display: flex;
    gap: var(--_vk-space-1);
    margin-inline-start: auto;
  }
  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_vk-space-1);
    padding-inline: var(--_vk-space-1);
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
  /* Block flow, not a flex column: when a card is added, removed or moved, a flex column lays out
     every card of the list again to size it, while block flow reuses the untouched (contained)
     cards' layout (a keyboard move step's layout: 12 -> 3 ms of CPU at 300 cards). */
  .cards {
    display: block;
    border-radius: var(--_vk-radius);
    min-inline-size: 0;
  }
  /* The gap between cards: a margin on every card but the first. Not \`li + li\`: Chromium restyles
     every card of a list whose children change under a sibling combinator (a keyboard move step
     restyled the 119 cards of its two columns; :first-child restyles only the old and the new
     first card). */
  .cards:not([data-windowed]) > li {
    margin-block-start: var(--_vk-space-2);
  }
  .cards:not([data-windowed]) > li:first-child {
    margin-block-start: 0;
  }
  /* a long column scrolls inside itself and renders only what is near its visible part */
  .cards[data-windowed] {
    max-block-size: min(75vh, 60rem);
    overflow-y: auto;
    overscroll-behavior: contain;
    padding-inline: 2px;
  }
  .cards[data-windowed] > li {
    margin-block-end: var(--_vk-space-2);
  }
  .spacer {
    display: block;
  }
  [data-drop='empty'] {
    outline: 3px dashed var(--_vk-accent);
    outline-offset: -3px;
  }
  .column-empty {
    margin: 0;
    min-block-size: 2.5rem;
    display: grid;
    place-items: center;
    color: var(--_vk-text-subtle);
    font-size: 0.875rem;
    border-radius: var(--_vk-radius);
  }
  .card {
    position: relative;
    display: grid;
    gap: var(--_vk-space-1);
    min-inline-size: 0;
    background: var(--_vk-bg);
    border: 1px solid var(--_vk-border-subtle);
    border-inline-start: 4px solid var(--_vk-card-accent, var(--_vk-border));
    border-radius: var(--_vk-radius);
    /* Layout, style and paint stay inside the card, so a move or an edit does not lay out the
       other cards again. Not content-visibility: auto: Chromium leaves the controls of skipped
       cards out of the accessibility tree (a screen reader's browse mode would miss them). */
    contain: content;
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
  .card[data-proposal] {
    border-style: dashed;
    border-inline-start-style: solid;
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
  /* Inside the card's box. */
  .card[data-drop='before']::before {
    inset-block-start: 0;
  }
  .card[data-drop='after']::after {
    inset-block-end: 0;
  }
  /* The card's main control: pictogram above the words unless the card has room beside them. */
  .card-button {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    justify-items: start;
    align-items: center;
    gap: var(--_vk-space-1) var(--_vk-space-2);
    padding: 2px;
    border: 0;
    background: transparent;
    text-align: var(--_vk-reading-edge, start);
    min-block-size: var(--_vk-target);
    min-inline-size: 0;
    cursor: pointer;
    user-select: none;
    -webkit-user-select: none;
    position: relative;
  }
  /* The box a long word is fitted to (core/word-fit.ts), where the card's width is its column's:
     not a participant's side-by-side column, which is as wide as its cards' longest word. */
  .board:not([data-mode='participant']) .card-button,
  .board[data-narrow] .card-button {
    container-type: inline-size;
  }
  /* The words' box: no box of its own where the pictogram sits above them. */
  .card-body {
    display: contents;
  }
  /* Beside the pictogram only while the longest word fits there (flex-basis: min-content, so
     also with a user's wider letter and word spacing, WCAG 1.4.12); else it wraps below it.
     18em: the column's text (the host's, --vk-font-size), not the root's rem. */
  @container vk-plan-column (min-width: 18em) {
    .board[data-mode='adviser'] .card-button {
      display: flex;
      flex-wrap: wrap;
    }
    /* a column flexbox, not a grid: a grid's min-content ignores children with max-inline-size: 100% */
    .board[data-mode='adviser'] .card-body {
      display: flex;
      flex-flow: column;
      align-items: start;
      gap: var(--_vk-space-1);
      flex: 1 1 min-content;
    }
    /* beside the words, the done mark would cover their end: keep it clear */
    .board[data-mode='adviser'] .card[data-done] .card-button {
      padding-inline-end: 1.75rem;
    }
  }
  .card-button:hover:not(:disabled) {
    background: transparent;
  }
  .card-button > *,
  .card-body > * {
    max-inline-size: 100%;
    min-inline-size: 0;
  }
  .card-text {
    font-weight: 600;
    justify-self: stretch;
    align-self: stretch;
  }
  .meta {
    display: flex;
    align-items: center;
    gap: var(--_vk-space-1);
    font-size: 0.875rem;
    color: var(--_vk-text-subtle);
  }
  .meta-text {
    min-inline-size: 0;
  }
  /* A long place word is fitted to the card less the pin and gap beside it (core/word-fit.ts). */
  .meta-place {
    --_vk-fit-inset: calc(1rem + var(--_vk-space-1));
  }
  .meta .icon {
    inline-size: 1rem;
    block-size: 1rem;
  }
  .meta .vk-text--second {
    display: inline;
    margin-inline-start: var(--_vk-space-1);
  }
  /* A note: each line at most two lines high (the whole is read aloud, and in the edit form). */
  .meta-note {
    display: grid;
  }
  .meta-note > .vk-text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    margin: 0;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_vk-space-1);
    font-size: 0.875rem;
    font-weight: 600;
    padding-inline: var(--_vk-space-1);
    border-radius: var(--_vk-radius);
    border: 1px solid currentColor;
  }
  .badge .icon {
    inline-size: 1.1rem;
    block-size: 1.1rem;
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
  .card-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-1);
    justify-content: flex-end;
  }
  .board[data-mode='adviser'] .done-label {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .board[data-mode='adviser'] .card-button {
    cursor: grab;
  }
  .done-toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--_vk-space-2);
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
  /* participant mode: big pictures, big targets; both languages equally strong */
  /* Its words fitted (core/word-fit.ts) down to 0.75 of the board's own text size, not of this
     enlarged one (uk "Суспільствознавство" at 200 % text on a 320 px phone needs 0.70 of 1.1em),
     and at enlarged text to 16 px, not below half the board's size (word-fit's floor). */
  .board[data-mode='participant'] {
    --_vk-pictogram-size: var(--vk-pictogram-size, 5rem);
    font-size: 1.1em;
    --_vk-fit-min: clamp(0.5em / 1.1, 16px, 0.75em / 1.1);
  }
  /* Side by side, a participant column is as wide as its longest word needs (min-content: at
     1.1em bold under the picture a word has the card's line less 37 px of paddings and borders;
     uk "Суспільствознавство" needs 231 px), at least --vk-plan-column-width, at most 30 times the
     board's text (a longer "word" wraps: break-word), sharing the rest. A fixed 15rem before split typed words
     longer than the longest picture word and scrolled five nb columns sideways below 1,240 px.
     No size container here: its min-content would ignore the cards (the queries are adviser's). */
  .board[data-mode='participant']:not([data-narrow]) .columns {
    grid-auto-columns: minmax(min-content, 1fr);
  }
  .board[data-mode='participant']:not([data-narrow]) .column {
    container-type: normal;
    display: flex;
    flex-flow: column;
    min-inline-size: var(--_vk-plan-column-width);
    max-inline-size: calc(30*var(--_vk-font-size));
  }
  /* column flexboxes: their min-content is the longest word (a grid's ignores the button) */
  .board[data-mode='participant'] .card {
    display: flex;
    flex-flow: column;
  }
  .board[data-mode='participant'] .card-button {
    display: flex;
    flex-flow: column;
    align-items: center;
    text-align: center;
    --_vk-text-align: center;
  }
  .board[data-mode='participant'] .card-text .vk-text--second,
  .board[data-mode='participant'] .column-title .vk-text--second,
  .board[data-mode='participant'] .title .vk-text--second {
    color: inherit;
    font-size: inherit;
    font-weight: inherit;
  }
  .board[data-mode='participant'] .card-actions {
    justify-content: stretch;
  }
  .board[data-mode='participant'] .card-actions button,
  .board[data-mode='participant'] .column-actions button {
    min-block-size: 3rem;
    min-inline-size: 3rem;
  }
  /* Its word goes under the box where it does not fit beside it (so "Dhammaaday" at 200 % text in
     a 320 px phone's card: box, gap and word were 58 px wider than the button, over both borders),
     and is drawn smaller where it is wider than the button (core/word-fit.ts: the narrow column's
     width less the card's and the button's paddings and borders). */
  .board[data-mode='participant'] .done-toggle {
    flex: 1;
    flex-wrap: wrap;
    justify-content: center;
    --_vk-fit-inset: calc(2 * var(--_vk-space-3) + 16px);
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
  @media (prefers-reduced-motion: reduce) {
    .card[data-lifted] {
      transform: none;
    }
  }
  @media (forced-colors: active) {
    .column[data-drop],
    .column[data-target],
    .card[data-lifted],
    .card[data-speaking],
    .tab[aria-selected='true'] {
      border-color: Highlight;
      outline-color: Highlight;
    }
    .tab[aria-selected='true'] {
      border-width: 3px;
    }
    /* Picked up, not only focused: its border dashed and a dashed ring outside the focus ring (solid), no motion, no width changed (nothing moves). Before 7 Dec 2026 only the border's colour told it from a focused card (a newcomer's QA: 41-lift-fc). */
    .card[data-lifted] {
      border-style: dashed;
      outline: 3px dashed Highlight;
      outline-offset: 4px;
    }
    .card[data-drop='before']::before,
    .card[data-drop='after']::after {
      background: Highlight;
    }
    [data-drop='empty'] {
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
`;
