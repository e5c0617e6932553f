import { css } from 'lit';

/*
 * CSS notes (kept out of the stylesheet, which ships as written):
 * - `:host`: The ladder lays itself out by its own width, never the viewport's (a size container).
 * - `min-inline-size: min(100%, 20rem);`: A size container has no content width: in a shrink-to-fit place (a flex row, a float) keep a usable one.
 * - Breakpoints are in em, the host's text (`--vk-font-size`), not rem (the page's root): with `--vk-font-size: 2rem` at a 16 px root a 360 px ladder is 11.25em wide, and its narrow rules must apply as at 200 % page text. Unset, em = rem (the visual baselines did not change). The details' `30rem` (task-panel.styles.ts) stays rem: it compares the ladder with the popover's rem maximum.
 * - `.phases`: Stacked (one column) below 54em; the element reads the flow back to show the current phase first.
 * - `.phases:empty`, `.ladder > .vk-empty`: No phases: the empty row (and its two grid gaps) is not drawn (the template leaves no white space in it), and the empty-state box has no margin of its own, so it sits one gap under the header.
 * - `@container vk-task-ladder (min-width: 54em)`: As many phases side by side as fit at ~17.5em each (three from 54em, whatever the gap), every task title keeping its words whole; more phases (the schema allows 10) wrap to the next row, in reading order (DOM and arrow-key order). Empty tracks collapse (`auto-fit`): two or three phases share the whole width. Before 7 Dec 2026 every phase took a column: at 7 phases in 1,264 px text spilled from the buttons, at 10 words split and the page overflowed.
 * - `.bar`: One segment per task, independent first: solid = independent, stripes = with support.
 * - `.task`: No `content-visibility: auto` (it made the ladder's first frame cheaper, but Chromium left the controls of cards off screen out of the accessibility tree: a screen reader's browse mode would miss them).
 * - `.task-button`, `.task-text` (flex-wrap; basis 0, or 100% below 14em): The words go beside the pictogram, or under it at the card's whole width where the ladder is at most 14em wide (448 px at 200 % text, 336 px at 150 %; a 360 px phone with `--vk-font-size: 2rem`), where the column beside it was 5–8em (144 px at 200 % text on a 360 px phone) and titles and log lines split mid-word ("grønnsa" / "ker", "Консультант:"). One width threshold for every card of the ladder (all cards of a ladder are one width), not each card's own words: with its words' min-content as the basis (4efea3bd, 5 Dec), at 200 % text "Ta oppvasken" kept its pictogram beside it and "Kutte grønnsaker", the next card, had it above, a ragged list. Beside the pictogram a long title word is fitted to the column left beside it (`--_vk-fit-inset`, core/word-fit.ts), not the card's whole width.
 * - `.task[data-reading]`: The task being read aloud: highlighted until it ends or a second tap stops it.
 * - `@container vk-task-ladder (max-width: 18em)`: Narrower still (a phone at 200 % text, or `--vk-font-size: 2rem`; 100 % text only under 288 px): the phase, card and card button give up most of their side padding (42 px a side at 200 % text left 260 px of a 344 px ladder for "oppvaskmaskinen", 290 px, and 176 px of 264 for Ukrainian "Підтверджено:"), and the ladder's title is a little smaller ("Opplæringsplan:", 306 px at 1.15em, in a 304 px ladder).
 * - `:where(.task-button:not(:has(> .vk-pictogram))) + .task-controls`: A card without a pictogram indents nothing past the picture it lacks: its shortcuts start in line with its title (before 7 Dec 2026 its shortcuts and "Ingen stemme …" stood 3.75rem in from its title).
 * - `.opening`, `.task-button[aria-busy='true']`: A task whose details are still loading (a slow connection): "Åpner detaljene …" under its level after half a second (task-ladder.ts `wanted`).
 * - `.task-controls .no-voice`: The record shortcut says why it is there: no voice in the participant's language yet.
 * - `@container vk-task-ladder (max-width: 30em)`: Narrow: the card shows pictogram, words and level first; level and sign-off live in the details (a tap away); the other shortcuts take the whole width, not indented past the pictogram.
 * - `.bi`: Two languages stacked: each line starts at the block's reading edge, not its own script's (`.vk-text`, core/tokens.ts).
 * - `.latest-log .log-text`: The card previews the latest entry in two lines (an entry may be 5,000 characters); the whole text is in the details' logbook; the card's name says only "Siste loggføring" and the date (task-card.ts `latestLogName`), the preview itself aria-hidden. The clamp clips at its padding box: 0.25em of padding above (given back by the margin, so nothing moves) holds the Arabic marks that stand above the first line (the damma of مُتَابَعَةُ, 2 px above it at the log's size, was cut off). None below: a third line would be drawn in it, and the second line's descenders fit at the widgets' line height. (test/core/clamped-ink.test.ts)
 * - `.ladder[data-mode='participant'] .vk-text--second`: The participant reads their own language: the second line as large and strong as the first.
 * - `.ladder[data-mode='participant'] button`: Participant mode: large targets (≥ 44 px) and larger text.
 * - `.task-controls button` (flex-wrap): A shortcut's words go beside its picture, or under it where they do not fit beside it, the button growing: uk "Написати в щоденник" at 200 % text on a 320 px phone (a 254 px ladder) ran 15 px past its button, and "Прочитати вголос", so "Ku qor buugga diiwaanka" too. The record shortcut (`.no-voice`, a sentence on its own row) keeps its words beside its picture (`nowrap`); it needs no `justify-content: flex-start` (a flexbox's default), and its border is one shorthand (the button's 1px): bytes for the wrap.
 * - `.task-controls .no-voice` (forced colours): Solid, as every working button: dashed means "does nothing now" (an aria-disabled "Skriv i loggboka" or "Les høyt"), and forced colours take away the warning colour and tint that set the record shortcut apart from them in normal colours, where it stays dashed (low-vision QA, 7 Dec 2026; test/task-ladder/no-voice-forced-colors.test.ts).
 * - `.phase[data-current]`: Current is a double border; focus is the solid Highlight outline: never told apart by weight alone.
 * - `.level > span`, `.latest-log > span`, `.log-entry > span`, `.print-log li > span` (lines that wrap): The words go beside their icon or mood picture while their longest word fits there, else (200 % text in a phone's card) under it on a row of their own: "Deltaker:" was split mid-word beside the picture. Basis min-content decides the row; shrinking to 0 keeps a long unbroken word in a note wrapping inside the line.
 * - `.print-log li`: A printed log line is laid out as the card's: the mood picture beside the words, not in their line (its height lifted the text above the date).
 * - `@media print`: The paper training plan: every task with its level, sign-off and whole logbook; no controls. The logbook and the sign-off line are indented past the pictogram only in a wide ladder (30em, as the card shortcuts): at 200 % text in a narrow one the indent left no room for "Консультант:".
 */
export const taskLadderStyles = css`
  :host {
    container: vk-task-ladder / inline-size;
    min-inline-size: min(100%, 20rem);
  }
  .ladder {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_vk-space-3);
  }
  .mentor {
    margin: 0;
    color: var(--_vk-text-subtle);
  }
  .phases {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_vk-space-3);
    align-items: start;
  }
  .ladder > .vk-empty {
    margin: 0;
  }
  @container vk-task-ladder (min-width: 54em) {
    .phases {
      grid-template-columns: repeat(auto-fit, minmax(min(17.5em, (100% - 2 * var(--_vk-space-3)) / 3), 1fr));
      /* What the element reads back (computed even while .phases is not drawn, unlike the tracks); unset: stacked. */
      --_vk-side-by-side: 1;
    }
  }
  .phase > *,
  .tasks > *,
  .task > * {
    min-inline-size: 0;
  }
  .phase {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-2);
    padding: var(--_vk-space-3);
    border: 1px solid var(--_vk-border-subtle);
    border-radius: var(--_vk-radius-lg);
    background: var(--_vk-bg);
    min-inline-size: 0;
    container-type: inline-size;
  }
  .phase[data-current] {
    border: 3px solid var(--_vk-accent);
    background: var(--_vk-accent-surface);
  }
  .phase-title {
    margin: 0;
    font-weight: 600;
  }
  .phase-number {
    display: block;
    margin: 0;
    font-weight: 400;
    font-size: 0.9em;
    color: var(--_vk-text-subtle);
  }
  .phase-number[hidden] {
    display: none;
  }
  .now {
    display: inline-block;
    margin-block-start: var(--_vk-space-1);
    padding-inline: var(--_vk-space-2);
    border-radius: var(--_vk-radius-full);
    background: var(--_vk-accent);
    color: var(--_vk-accent-contrast);
    font-size: 0.9em;
  }
  .progress-text {
    margin: 0;
    font-size: 0.9em;
  }
  .bar {
    display: flex;
    gap: 2px;
    block-size: 0.625rem;
    border: 1px solid var(--_vk-border);
    border-radius: var(--_vk-radius-full);
    overflow: hidden;
    background: var(--_vk-bg);
  }
  .bar span {
    flex: 1;
  }
  .bar [data-level='independent'] {
    background: var(--_vk-success);
  }
  .bar [data-level='with-support'] {
    background: repeating-linear-gradient(45deg, var(--_vk-accent) 0 3px, var(--_vk-bg) 3px 6px);
  }
  ul,
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .tasks {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-2);
  }
  .task {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-1);
    border: 1px solid var(--_vk-border-subtle);
    border-radius: var(--_vk-radius);
    background: var(--_vk-bg);
    padding: var(--_vk-space-1);
  }
  .task[data-reading] {
    outline: 3px dashed var(--_vk-accent);
    outline-offset: 2px;
    background: var(--_vk-accent-surface);
  }
  .task[data-reading] .task-button {
    background: var(--_vk-accent-surface);
  }
  .no-sound,
  .task-controls .no-voice {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    gap: var(--_vk-space-1);
    margin: 0;
    font-size: 0.9em;
    color: var(--_vk-warning);
  }
  .task-controls .no-voice {
    order: 1;
    flex-basis: 100%;
    text-align: var(--_vk-reading-edge, start);
    border: 1px dashed var(--_vk-warning);
    background: var(--_vk-warning-surface);
  }
  .task-button {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_vk-space-2);
    inline-size: 100%;
    text-align: var(--_vk-reading-edge, start);
    border: 0;
    padding: var(--_vk-space-1);
    background: transparent;
    min-block-size: var(--_vk-target);
    container-type: inline-size;
  }
  .task-text {
    flex: 1 1 0;
    --_vk-fit-inset: calc(var(--_vk-pictogram-size) + var(--_vk-space-2));
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-inline-size: 0;
    overflow-wrap: break-word;
    overflow: clip;
  }
  .task-text > * {
    min-inline-size: 0;
  }
  .task-title {
    font-weight: 600;
  }
  .level,
  .latest-log,
  .print-log li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-1);
    font-size: 0.9em;
  }
  .signoff,
  .latest-log,
  .opening {
    color: var(--_vk-text-subtle);
    font-size: 0.9em;
  }
  .task-button[aria-busy='true'] {
    cursor: progress;
  }
  /* A flex item is as wide as its longest word by default: a long word in a note widened the card,
     the details (sideways scrolling) and the page. (The details' sheet loads later; this one is always there.) */
  /* The level's words and the sign-off (a plain block: "2.\u00a0mars\u00a02026" is one unbreakable
     run) wrap inside the card's text column, which clips: at 200 % text in a phone's column they
     were cut off at its edge ("Kari Nordmann, 3. jan. 202", Ukrainian "Самості…"). */
  .level > span,
  .latest-log > span,
  .log-entry > span,
  .print-log li > span {
    flex: 1 1 min-content;
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  .task[data-level='independent'] .level {
    color: var(--_vk-success);
    font-weight: 600;
  }
  /* A note in another direction than the card (a Norwegian note in an Arabic ladder) is a box of
     its own: it moves whole to the next line when it does not fit, instead of wrapping inside the
     Arabic line and making the reader zigzag ("…المرشد: Mye bedre i dag," / "jobbet nesten alene."). */
  .latest-log .log-text,
  .print-log .log-text {
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: top;
    text-align: var(--_vk-reading-edge, start);
  }
  .latest-log .log-text {
    display: -webkit-inline-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    padding-block-start: 0.25em;
    margin-block-start: -0.25em;
  }
  .latest-log .vk-pictogram,
  .log-entry .vk-pictogram,
  .print-log .vk-pictogram {
    --_vk-pictogram-size: 1.5rem;
    padding: 1px;
  }
  .task-controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-1);
    padding-inline-start: calc(var(--_vk-pictogram-size) + var(--_vk-space-3));
  }
  /* In line with the title (the card button's own padding); the narrow and participant rules below still take the whole width. */
  :where(.task-button:not(:has(> .vk-pictogram))) + .task-controls {
    padding-inline-start: var(--_vk-space-1);
  }
  .task-controls:empty,
  .phases:empty {
    display: none;
  }
  @container vk-task-ladder (max-width: 30em) {
    .task-controls .level-control,
    .task-controls .signoff-control {
      display: none;
    }
    /* The shortcuts take the card's whole width, as in participant mode: indented past the
       pictogram (5rem at 200 % text), half a phone's card was left and their words ran out of it. */
    .task-controls {
      padding-inline-start: 0;
    }
  }
  @container vk-task-ladder (max-width: 14em) {
    .task-text {
      flex-basis: 100%;
      --_vk-fit-inset: 0px;
    }
  }
  @container vk-task-ladder (max-width: 18em) {
    .phase {
      padding-inline: var(--_vk-space-1);
    }
    .task,
    .task-button {
      padding-inline: calc(var(--_vk-space-1) / 2);
    }
    .title {
      font-size: 1.1em;
    }
  }
  .task-controls button {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-1);
    font-size: 0.9em;
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_vk-text-subtle);
    border-style: dashed;
  }
  /* Why "Skriv i loggboka" does nothing (a full log, ladder-limits.ts): on its own line under the buttons. */
  .log-full {
    flex-basis: 100%;
    font-size: 0.9em;
    color: var(--_vk-text-subtle);
  }
  .bi {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    min-inline-size: 0;
  }
  .bi > * {
    max-inline-size: 100%;
  }
  .ladder[data-mode='participant'] .vk-text--second {
    color: inherit;
    font-size: inherit;
    font-weight: inherit;
  }
  .print-only {
    display: none;
    margin: 0;
  }
  .print-log {
    display: none;
  }
  .ladder[data-mode='participant'] button,
  .ladder[data-mode='participant'] .choice {
    min-block-size: max(var(--_vk-target), 2.75rem);
    min-inline-size: max(var(--_vk-target), 2.75rem);
  }
  .ladder[data-mode='participant'] .task-controls button {
    font-size: 1em;
  }
  .ladder[data-mode='participant'] .task-controls {
    padding-inline-start: 0;
  }
  @media (forced-colors: active) {
    .phase[data-current] {
      border: 4px double CanvasText;
    }
    .task[data-reading] {
      outline: 3px dashed Highlight;
    }
    .moods .choice:has(input:checked) {
      border: 2px solid Highlight;
    }
    .no-sound,
    .no-voice {
      color: CanvasText;
    }
    .task-controls .no-voice {
      border-style: solid;
    }
    .bar {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .bar [data-level='independent'] {
      background: CanvasText;
    }
    .bar [data-level='with-support'] {
      background: repeating-linear-gradient(45deg, CanvasText 0 3px, Canvas 3px 6px);
    }
    .now {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .ladder * {
      color: #000 !important;
      background-color: transparent !important;
      box-shadow: none !important;
    }
    .phases {
      display: block;
    }
    .phase {
      margin-block-end: 1rem;
      border: 1px solid #000;
    }
    .phase[data-current] {
      border: 3px solid #000;
    }
    .bar {
      print-color-adjust: exact;
      border-color: #000;
    }
    .bar [data-level='independent'] {
      background: #000 !important;
    }
    .bar [data-level='with-support'] {
      background: repeating-linear-gradient(45deg, #000 0 2px, #fff 2px 5px) !important;
    }
    .task {
      break-inside: avoid;
      border: 1px solid #000;
    }
    .task-controls,
    .vk-popover,
    .latest-log,
    [data-vk-announcer] {
      display: none !important;
    }
    .task-button {
      border: 0;
    }
    .now {
      border: 1px solid #000;
    }
    .print-only {
      display: block;
      font-size: 0.9em;
    }
    .print-log {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 2px;
    }
    @container vk-task-ladder (min-width: 30em) {
      .print-only,
      .print-log {
        padding-inline-start: calc(var(--_vk-pictogram-size) + var(--_vk-space-3));
      }
      .task:not(:has(> .task-button > .vk-pictogram)) :is(.print-only, .print-log) {
        padding-inline-start: 0;
      }
    }
    .vk-pictogram {
      print-color-adjust: exact;
      filter: grayscale(1);
    }
  }
`;
