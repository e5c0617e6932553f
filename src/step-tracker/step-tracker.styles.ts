import { css } from 'lit';

/*
 * CSS notes (kept out of the stylesheet, which ships as written):
 * - `:host(:not([compact]))`: Laid out by its own width (a size container); compact stays intrinsic for table cells.
 * - `min-inline-size: min(100%, 20rem);`: A size container has no content width: in a shrink-to-fit place (a flex row, a float) keep a usable one.
 * - `.step:not(:last-child)::after`: The connector between markers, drawn with logical properties so RTL needs nothing more. It runs through the discs' middle (`--_vk-disc-middle`: the button's 2px border, its padding and half the 2.5rem marker; it was 2px beside it) from one ring's outer edge to the next's (18 of the icon's 40 units, 19 for the in-progress ring's thicker stroke: `--_vk-disc-r`, `--_vk-next-r`), never under a disc: which of a disc and a connector Chromium painted on top was not reliable (z-index on the marker inside the button did not hold in full-page paints), and the marker's white backing, 2px wider than the rings, left a gap. Above the steps' backgrounds (z-index 1), so it shows inside the current step's frame both ways.
 * - `.step-button[aria-current='step']::before`, `:focus-visible::before`: The current step's frame and the focus ring drawn again over the connectors (the item is the containing block: the button's box is the item's less its bottom margin), so a connector meets the frame instead of running through it. Full form only (compact buttons use ::before for the overdue badge); not in the narrow form (no connector; the button is a size container there).
 * - `.marker .number`: The number is text colour on every status: over the in-progress tint it is 11:1 (accent was 4.17:1).
 * - `[data-compact] .title`: Not a heading (500 rows would be 500 headings); one line, shortened with an ellipsis (full text in `title` and the list's name). A one-line clamp, not `nowrap`: `break-word`, never `anywhere` (the tracker is a size container, so the title's min-content widens no table cell either way); the header may shrink below its longest word (`min-inline-size: 0`), so a word longer than the line ends in the ellipsis ("Arbeidsmarkedso…") instead of running out of the cell, as a longer title does; it takes what the summary and the markers leave, at least 8em (or the whole line).
 * - `[data-compact] .title` (`unicode-bidi: plaintext`, `text-align: start`): The line's direction is the title's own text's (a plain-string title has no language to go by; the step titles' `dir` comes from theirs), so the clamp's ellipsis is at the title's end and its start shows: a Latin title in an RTL tracker was an RTL line whose ellipsis covered its first letters ("…beidsmarkedsopplærin"). `start` is that paragraph's start: Chromium draws no ellipsis on a clamped line aligned to its end (core/ui-bidi.ts aligns the host's text to the reading edge), so the title is not aligned to the reading edge. (test/step-tracker/compact-title-own-direction.test.ts)
 * - `[data-compact] .title` (`line-height`, `margin-block`): Room in the line for Arabic marks: the clamp clips at its box, and at the widgets' 1.4 the damma over a taa marbuta (مُتَابَعَةُ) stood 3.7 px above the bold title's line (0.2em) and the dots of yeh (فِي) 1.7 px below it, both cut off. The line is 0.25em taller on each side, in whole pixels (Chromium rounds the leading above a line down to a whole pixel: whole pixels keep the baseline, so the summary beside it does not move), and the margins give it back (nothing where a text-spacing override sets the line height), so the row does not move; the second line starts below the box, so no piece of it shows. Not padding: the second line would be drawn in it. (test/core/clamped-ink.test.ts)
 * - `[data-compact]:has(.steps :focus-visible) .title`: A tooltip needs a pointer: while keyboard focus is on its steps its whole title shows (on more lines if need be), so keyboard users read what the ellipsis hid (in the widgets' own line height, unclipped: no clamp there). Not on a click's focus (`:focus-within`): the title grew between press and release, the markers moved down and the click missed its step.
 * - `[data-compact] .summary`: Never cut: a flex row of its two parts ("3 av 7 ferdig ·", "1 hoppet over"), so it breaks between them first; a part wider than the cell (200 % text in a phone's table) wraps between its words. Not `nowrap` (it was): its min-content was a whole part, so an automatic table grew past the page and a fixed one's cell was overrun. No ResizeObserver: plain line breaking, as cheap in 500 rows.
 * - `[data-compact]`: compact: one line for a table row (the markers wrap in a cell narrower than one row of them). Each step is a 1.75rem list item holding its button, named by aria-label. The button is the marker's disc itself (a 1.35rem circle: its border is the ring, its background the fill or half tint), with no grid and no absolute positioning of its own (the overdue badge and the skipped mark are placed in the item); ::after is the step number (`attr(data-n)`, alternative text '' so the name stays title and status; text colour, as the full form's), the done check or the skipped mark's arch. The current step's frame is on the item (`data-current`). Before (a grid button drawing its disc with ::before and its number with a counter in ::after) this took about twice the layout and paint in a table of 500. Shape tells the status.
 * - `.tracker[data-compact] .steps`: No `content-visibility: auto`: it skipped the steps of trackers off screen in a long table (half the render time of 500 trackers), but Chromium then left their step buttons out of the accessibility tree. Off-screen trackers draw their steps after the first frame instead (steps-later.ts), every one within about a second.
 * - `.steps[aria-busy]`: A compact list whose steps are still to come keeps their exact room (n × 1.75rem items, 2px gaps, one item tall), so nothing moves when they are drawn. It has the drawn list's intrinsic widths: one row of markers at most (max-content: n columns of a multi-column box, `columns: n 1.75rem`), one marker at least (min-content, as the drawn list wraps), so a table column is as wide before the steps come as after, and a cell narrower than one row holds it (the steps then wrap: that row grows when they come). Multi-column, not a grid of n empty `minmax(0, 1.75rem)` tracks: the same widths for a fifth less layout in a table of 500 (4 Dec 2026, bench/ab-cpu.mjs: layout 64 → 51 ms; the grid's min-content was its gaps, 12 px).
 * - `[data-compact] [data-status='done'] .step-button::after`: The check, in the background colour on the disc (arms as the full form's icon draws them).
 * - `:host(:dir(rtl)) [data-status='in-progress'] .marker svg`, `to var(--_vk-reading-edge)`: The in-progress marker's tinted half is the end half (right in LTR, left in RTL: progress goes from the reading edge); only the icon is mirrored, not the number (its own element). The skipped marker's hop arrow is mirrored too (full form and compact), so it points the way the steps are read. The compact disc's gradient runs towards the reading edge, so its first (tinted) half is at the end.
 * - `[data-compact] [data-status='skipped'] .step-button`: Dashed ring and, in place of the number (as done's check), the full form's mark: an arrow hopping over a dot, pointing the way the steps are read. Drawn in CSS, not a mask image (no `img-src data:` need, no SVG document to build): ::after is the arch with the dot as its background, ::before the arrow's head (a rotated corner, the other way in RTL, at the arch's inline end), both placed in the step's item as the overdue badge is (a skipped step is never overdue, so ::before is free). It was the number struck through corner to corner, which read as a letter ("2" as "Z"): the full form's icon dropped its number for the same mark.
 * - `[data-compact] [data-overdue] .step-button::before`: An overdue step's disc carries a "!" badge at its top end corner (left in RTL; alternative text '': the button's name says "Forfalt"), a shape, not only a colour: the overdue colour with a ring of the background around it, so it stands off the disc's ring it overlaps; the number's font (0.7rem, 600: no new font instance to load); black (CanvasText) in forced colours and on paper. Drawn by the button, so a disabled tracker dims it with the disc. Placed in the step's item (the button is not positioned: the item is its containing block), its ring 1px inside the item's border edge, so the whole badge lies inside the step's box: it reached 3-4 px above and beside it, and a host that puts the tracker in a table cell with `overflow: hidden` cut it. In that corner a 12px badge touched the number: it is 0.7rem (the "!" keeps its size) and the number moves 2px towards the bottom start corner (padding on the two sides by the badge), so neither one nor two digits meet it (test/step-tracker/compact-overdue.test.ts measures the painted pixels).
 * - `.summary [data-overdue]`: The compact summary's overdue count ("1 forfalt"): the overdue colour and weight of the full form's "Forfalt".
 * - `@container vk-step-tracker (inline-size < calc(11.5em + 4.25rem + 4px))`: Narrow (a phone at 200 % text, or at `--vk-font-size: 2rem`): the label goes under the marker and takes the step's whole width, with a thin padding, instead of what the 2.5rem marker column and its gaps leave (164 px of a 304 px tracker at 200 %, which split "deltakerne", "роботодавцями"). The full form's label has the tracker's width less the marker column (2.5rem), the column gap (0.75rem), the button's padding (2 × 0.5rem) and borders (2 × 2px): all rem or px, while the title is 1em of the tracker's text (the container's font size, which `--vk-font-size` sets). So the query asks whether the label would have 11.5em (184 px at 16 px: 16rem in all, as it was; Norwegian compounds such as "samarbeidspartnere" are 10.2em in bold): at `--vk-font-size: 2rem` on a 16 px root that is 440 px, where 16rem (256 px) left a 344 px tracker's 32 px titles 272 px and split "samarbeidspartnere" and "arbeidsmarkedet". The paddings' tokens (--vk-space-2/3) cannot be read in a query: their defaults are counted. No connector: it would run through the label.
 * - `.step-button`: Current: a double CanvasText border and the "Nå" badge; focus: a solid Highlight outline outside it.
 * - `.bar` (border, track): The ladder's frame: a 1px border in the border colour (≥ 3:1) around a track in the background colour, so a low-vision reader sees where the bar ends; the unfilled part was #d3d7de on white (1.44:1) with no border (low-vision QA, 7 Dec 2026; test/step-tracker/bar-boundary.test.ts).
 * - `.bar` (forced colours): Our own system colours: the UA would otherwise paint every segment Canvas (an invisible bar).
 * - `[data-compact] .step` (forced colours): The compact markers keep their shapes in system colours.
 * - `.width-probe` (`font-size`): The probe (core/width-probe.ts) is 1em of its own text tall, here the tracker's text and the root's (its negative margin, also 1em, still takes it all back): whether the words fit a horizontal step counts rem parts too (the marker, the padding, the status and due lines: `#chooseLayout`), so with `--vk-font-size` in px a change of the page's text size alone changes its height and the layout is chosen again. It was the tracker's text alone: the form chosen at the old root size stayed, status words wider than a step.
 */
export const stepTrackerStyles = css`
  :host(:not([compact])) {
    container: vk-step-tracker / inline-size;
    min-inline-size: min(100%, 20rem);
  }
  .width-probe {
    font-size: calc(1em + 1rem);
  }
  .tracker {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_vk-space-3);
  }
  .summary {
    margin: 0;
    color: var(--_vk-text-subtle);
  }
  /* A document with no steps hides its bar and list (their display rules would override the attribute). */
  [hidden] {
    display: none !important;
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
  .bar [data-status='done'] {
    background: var(--_vk-success);
  }
  .bar [data-status='in-progress'] {
    background: repeating-linear-gradient(45deg, var(--_vk-accent) 0 4px, var(--_vk-accent-surface) 4px 8px);
  }
  .bar [data-status='skipped'] {
    background: repeating-linear-gradient(90deg, var(--_vk-text-subtle) 0 2px, transparent 2px 6px);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .steps {
    display: flex;
    flex-direction: column;
  }
  .tracker[data-layout='horizontal'] .steps {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
  }
  .step {
    position: relative;
    display: flex;
  }
  .step {
    --_vk-disc-middle: calc(2px + var(--_vk-space-2) + 1.25rem);
    --_vk-disc-r: 1.125rem;
    --_vk-next-r: 1.125rem;
  }
  .step[data-status='in-progress'] {
    --_vk-disc-r: 1.1875rem;
  }
  .step:has(+ [data-status='in-progress']) {
    --_vk-next-r: 1.1875rem;
  }
  .step:not(:last-child)::after {
    content: '';
    position: absolute;
    z-index: 1;
    background: var(--_vk-border);
    inset-inline-start: calc(var(--_vk-disc-middle) - 1px);
    inset-block-start: calc(var(--_vk-disc-middle) + var(--_vk-disc-r));
    inset-block-end: calc(var(--_vk-next-r) - var(--_vk-disc-middle));
    inline-size: 2px;
  }
  .tracker[data-layout='horizontal'] .step:not(:last-child)::after {
    inset-block-start: calc(var(--_vk-disc-middle) - 1px);
    inset-block-end: auto;
    inset-inline-start: calc(50% + var(--_vk-disc-r));
    inset-inline-end: calc(var(--_vk-next-r) - 50%);
    inline-size: auto;
    block-size: 2px;
  }
  .tracker:not([data-compact]) .step-button[aria-current='step']::before,
  .tracker:not([data-compact]) .step-button:focus-visible::before {
    content: '';
    position: absolute;
    z-index: 2;
    inset: 0 0 var(--_vk-space-2);
    border: inherit;
    border-radius: inherit;
    outline: inherit;
    outline-offset: inherit;
    box-shadow: inherit;
    pointer-events: none;
  }
  .step[data-status='done']:not(:last-child)::after {
    background: var(--_vk-success);
  }
  .step-button {
    flex: 1;
    display: grid;
    grid-template-columns: 2.5rem minmax(0, 1fr);
    align-items: start;
    gap: var(--_vk-space-1) var(--_vk-space-3);
    padding: var(--_vk-space-2);
    margin-block-end: var(--_vk-space-2);
    border: 2px solid transparent;
    border-radius: var(--_vk-radius);
    background: transparent;
    text-align: var(--_vk-reading-edge, start);
    min-block-size: var(--_vk-target);
  }
  /* align-content: a short step's marker and title stay at the top, level with its neighbours'
     (the grid shared the row's spare height between its rows). */
  .tracker[data-layout='horizontal'] .step-button {
    align-content: start;
    grid-template-columns: minmax(0, 1fr);
    justify-items: center;
    text-align: center;
  }
  @container vk-step-tracker (inline-size < calc(11.5em + 4.25rem + 4px)) {
    .step::after,
    .step-button::before {
      display: none;
    }
    .step-button {
      padding-inline: 0.125rem;
      grid-template-columns: minmax(0, 1fr);
      container-type: inline-size;
    }
  }
  .step-button:hover {
    background: var(--_vk-surface);
  }
  .step-button[aria-current='step'] {
    border-color: var(--_vk-accent);
    background: var(--_vk-accent-surface);
  }
  /* Disabled (the attribute or a disabled fieldset): the steps are dimmed and open nothing. */
  .step-button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: default;
  }
  .step-button[aria-disabled='true']:hover:not([aria-current='step']) {
    background: transparent;
  }
  .marker {
    position: relative;
    z-index: 1;
    display: grid;
    place-items: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    color: var(--_vk-mark);
  }
  .marker svg {
    inline-size: 2.5rem;
    block-size: 2.5rem;
  }
  :host(:dir(rtl)) [data-status='in-progress'] .marker svg,
  :host(:dir(rtl)) [data-status='skipped'] .marker svg {
    transform: scaleX(-1);
  }
  .marker .number {
    position: absolute;
    font-weight: 600;
    font-size: 0.875rem;
    color: var(--_vk-text);
  }
  .step {
    --_vk-mark: var(--_vk-text);
  }
  [data-status='done'] {
    --_vk-mark: var(--_vk-success);
  }
  [data-status='in-progress'] {
    --_vk-mark: var(--_vk-accent);
  }
  [data-status='skipped'] {
    --_vk-mark: var(--_vk-text-subtle);
  }
  .label {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 2px;
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  .label > *,
  .step-button > * {
    min-inline-size: 0;
  }
  .now {
    display: inline-block;
    padding-inline: var(--_vk-space-2);
    border-radius: var(--_vk-radius-full);
    background: var(--_vk-accent);
    color: var(--_vk-accent-contrast);
    font-weight: 600;
  }
  .step-title {
    font-weight: 600;
    overflow: clip;
  }
  .step[data-status='skipped'] .step-title {
    text-decoration: line-through;
  }
  .status-text,
  .meta {
    font-size: 0.875rem;
    color: var(--_vk-text-subtle);
  }
  .meta[data-overdue],
  .summary [data-overdue] {
    color: var(--_vk-danger);
    font-weight: 600;
  }
  .label .vk-pictogram {
    --_vk-pictogram-size: 2rem;
  }
  .tracker[data-layout='horizontal'] .label .vk-pictogram {
    justify-self: center;
  }
  [data-compact] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-2);
  }
  .tracker[data-compact] .steps {
    display: flex;
    flex-flow: row wrap;
    gap: 2px;
  }
  .tracker[data-compact] .steps[aria-busy] {
    display: block;
    columns: var(--_vk-later) 1.75rem;
    column-gap: 2px;
    min-inline-size: 1.75rem;
    block-size: 1.75rem;
  }
  [data-compact] .step {
    align-items: center;
    justify-content: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border: 2px solid transparent;
    border-radius: var(--_vk-radius);
  }
  [data-compact] .step::after {
    content: none;
  }
  [data-compact] .step[data-current] {
    border-color: var(--_vk-accent);
    background: var(--_vk-accent-surface);
  }
  [data-compact] .step:hover {
    background: var(--_vk-surface);
  }
  [data-compact] [data-status] .step-button {
    display: block;
    flex: none;
    inline-size: 1.35rem;
    block-size: 1.35rem;
    min-inline-size: 0;
    min-block-size: 0;
    padding: 0;
    margin: 0;
    border: 0.075rem solid var(--_vk-mark);
    border-radius: 50%;
    background: var(--_vk-bg);
    color: var(--_vk-text);
    font-weight: 600;
    font-size: 0.7rem;
    line-height: 1;
  }
  [data-compact] [data-status] .step-button::after {
    content: attr(data-n) / '';
  }
  [data-compact] [data-status='in-progress'] .step-button {
    inline-size: 1.425rem;
    block-size: 1.425rem;
    border-width: 0.15rem;
    background: linear-gradient(to var(--_vk-reading-edge), color-mix(in srgb, var(--_vk-mark) 25%, var(--_vk-bg)) 50%, var(--_vk-bg) 0);
  }
  [data-compact] [data-status='done'] .step-button {
    border: 0;
    background: var(--_vk-mark);
  }
  [data-compact] [data-status='done'] .step-button::after {
    content: '';
    display: block;
    margin: 0 auto;
    inline-size: 0.3rem;
    block-size: 0.6rem;
    border: solid var(--_vk-bg);
    border-width: 0 0.13rem 0.13rem 0;
    transform: translateY(-0.07rem) rotate(45deg);
  }
  [data-compact] [data-status='skipped'] .step-button {
    border-style: dashed;
  }
  [data-compact] [data-status='skipped'] .step-button::after,
  [data-compact] [data-status='skipped'] .step-button::before {
    content: '';
    position: absolute;
    inset-block-start: calc(50% - 0.2rem);
    inset-inline-start: calc(50% - 0.36rem);
    inline-size: 0.72rem;
    block-size: 0.5rem;
    box-sizing: border-box;
    border: 0.11rem solid var(--_vk-mark);
    border-block-end: 0;
    border-radius: 0.36rem 0.36rem 0 0 / 0.4rem 0.4rem 0 0;
    background: radial-gradient(circle at 50% 80%, var(--_vk-mark) 0.1rem, #0000 0.11rem);
  }
  [data-compact] [data-status='skipped'] .step-button::before {
    inset-block-start: calc(50% - 0.01rem);
    inset-inline-start: calc(50% + 0.155rem);
    inline-size: 0.3rem;
    block-size: 0.3rem;
    border: 0;
    border-block-end: 0.11rem solid var(--_vk-mark);
    border-inline-end: 0.11rem solid var(--_vk-mark);
    border-radius: 0;
    background: none;
    transform: rotate(45deg);
  }
  :host(:dir(rtl)) [data-compact] [data-status='skipped'] .step-button::before {
    transform: rotate(-45deg);
  }
  [data-compact] [data-overdue] .step-button {
    padding-block-start: 0.25rem;
    padding-inline-end: 0.25rem;
  }
  [data-compact] [data-overdue] .step-button::before {
    content: '!' / '';
    position: absolute;
    z-index: 1;
    inset-block-start: -1px;
    inset-inline-end: -1px;
    inline-size: 0.7rem;
    block-size: 0.7rem;
    border-radius: 50%;
    box-shadow: 0 0 0 1px var(--_vk-bg);
    background: var(--_vk-danger);
    color: var(--_vk-bg);
    line-height: 0.7rem;
    text-align: center;
  }
  [data-compact] .header {
    flex-grow: 1;
    min-inline-size: 0;
  }
  [data-compact] .title {
    flex: 1;
    min-inline-size: min(100%, 8em);
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 1;
    overflow: hidden;
    overflow-wrap: break-word;
    unicode-bidi: plaintext;
    text-align: start;
    line-height: calc(1.4em + 2 * round(up, 0.25em, 1px));
    margin-block: calc((1.4em - 1lh) / 2);
  }
  [data-compact]:has(.steps :focus-visible) .title {
    display: block;
    overflow: visible;
    line-height: inherit;
  }
  [data-compact] .summary {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.25em;
  }
  @media (forced-colors: active), print {
    .step-button {
      border-color: Canvas;
    }
    .step-button[aria-current='step'] {
      border: 4px double CanvasText;
      background: Canvas;
    }
    .step-button:focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 3px;
    }
    .now {
      border: 1px solid;
      background: none;
    }
    /* On paper, backgrounds print only where drawn in black and white: bar, connectors, compact discs. */
    .tracker {
      print-color-adjust: exact;
    }
    .now,
    .meta[data-overdue],
    .summary [data-overdue],
    .marker .number {
      color: CanvasText;
    }
    /* Every connector, a finished step's too (its success colour would be forced to Canvas). */
    .step:not(:last-child)::after,
    .step[data-status='done']:not(:last-child)::after {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .step-button[aria-disabled='true'] {
      opacity: 1;
      color: GrayText;
    }
    .bar {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .bar span {
      background: CanvasText;
    }
    .bar [data-status='not-started'] {
      background: Canvas;
    }
    .bar [data-status='done'] {
      background: CanvasText;
    }
    .bar [data-status='in-progress'] {
      background: repeating-linear-gradient(45deg, CanvasText 0 4px, Canvas 4px 8px);
    }
    .bar [data-status='skipped'] {
      background: repeating-linear-gradient(90deg, CanvasText 0 2px, Canvas 2px 6px);
    }
    .step {
      --_vk-mark: CanvasText;
      --_vk-bg: Canvas;
    }
    [data-compact] .step {
      --_vk-bg: Canvas;
      border-color: Canvas;
    }
    [data-compact] .step[data-current] {
      border: 4px double CanvasText;
      background: Canvas;
    }
    [data-compact] [data-status] .step-button {
      forced-color-adjust: none;
      color: CanvasText;
    }
    [data-compact] [data-overdue] .step-button::before {
      background: CanvasText;
    }
  }
`;
