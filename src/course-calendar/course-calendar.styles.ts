import { css } from 'lit';

export const courseCalendarStyles = css`
  :host {
    container-type: inline-size;
    --_vk-course: var(--_vk-text-subtle);
    --_vk-hour: var(--vk-calendar-hour-size, 3rem);
  }
  .calendar {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_vk-space-3);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-2) var(--_vk-space-3);
  }
  .tools {
    display: contents;
  }
  .nav,
  .views,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-1);
  }
  .views,
  .actions {
    order: 2;
  }
  .title {
    order: 1;
    margin: 0;
    font-weight: 600;
    font-size: 1.2em;
    flex: 1 1 8rem;
  }
  button.icon {
    padding-inline: var(--_vk-space-1);
  }
  /* At the session limit (calendar-limits.ts): "Ny økt" and "Planlegg kurs" look unavailable, as the
     other widgets' aria-disabled buttons do, and the reason takes a line of its own under the buttons. */
  .actions button[aria-disabled='true'] {
    color: var(--_vk-text-subtle);
    border-style: dashed;
    cursor: not-allowed;
  }
  #full-reason {
    order: 3;
    flex: 1 1 100%;
    margin: 0;
  }
  /* In em of the buttons' text, the widget's size, as the legend's pictograms (below). */
  .chevron,
  .legend-chevron {
    inline-size: 1.25em;
    block-size: 1.25em;
    vertical-align: middle;
  }
  .chevron--next {
    transform: scaleX(-1);
  }
  :host(:dir(rtl)) .chevron {
    transform: scaleX(-1);
  }
  :host(:dir(rtl)) .chevron--next {
    transform: none;
  }
  .views button[aria-pressed='true'],
  .legend-item[aria-pressed='true'] {
    background: var(--_vk-accent-surface);
    border-color: var(--_vk-accent);
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-2);
  }
  /* The name goes beside the swatch and pictogram while its longest word fits there, else onto a
     line of its own below them: large text in a narrow column ("smittevern" at 200 %) is never
     split mid-word for want of the icons' room. */
  .legend-item {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-2);
    text-align: var(--_vk-reading-edge, start);
    /* The icons in em of the button's text, the widget's size (1rem unless --vk-font-size says
       otherwise), as the chips' and the details' pictograms are in times it: in rem, at
       --vk-font-size 2rem the legend's 1.75rem plate kept its 0.3em padding (of the larger text)
       and left the picture 7 px. */
    --_vk-pictogram-size: 1.75em;
  }
  .legend-all {
    display: inline-flex;
    align-items: center;
    gap: var(--_vk-space-1);
  }
  /* The chevron points down while the legend is collapsed, up once it is open (any direction). */
  .legend-chevron {
    transform: rotate(-90deg);
  }
  .legend-all[aria-expanded='true'] .legend-chevron {
    transform: rotate(90deg);
  }
  .legend-item[aria-pressed='false'] {
    color: var(--_vk-text-subtle);
    text-decoration: line-through;
  }
  .swatch {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    border-radius: 50%;
    background: var(--_vk-course);
    border: 1px solid var(--_vk-border);
    forced-color-adjust: none;
  }
  .grid {
    display: grid;
    border: 1px solid var(--_vk-border-subtle);
    border-radius: var(--_vk-radius);
    overflow: hidden;
  }
  /* The week numbers' column in times the text size (0.8em numbers), as the week's hours: at
     --vk-font-size: 2rem a 1.5rem column split "10" over two lines. */
  .row {
    display: grid;
    grid-template-columns: calc(2.25 * var(--_vk-font-size)) repeat(7, minmax(0, 1fr));
  }
  /* Seven days and the week numbers need about 18 times the text size at their own sizes (the day
     numbers "30" and "31" in bold, their padding). Below that (200 % text on a phone: 9.1em at 360 px,
     7.9em in a 320 px phone's 254 px) their contents are drawn smaller, so the seven days still share
     the width (WCAG 1.4.10): before (7 Dec, pass 56) the rows kept 18em and the month scrolled sideways
     inside the widget. The month's own scrolling stays only for a width less than that form needs. */
  .month {
    overflow-x: auto;
    /* The containing block of its visually hidden texts, so those scrolled out of view do not
       widen the host page. */
    position: relative;
  }
  .month .row {
    min-inline-size: calc(18 * var(--_vk-font-size));
  }
  /* Below 18em the day numbers, markers and week numbers are drawn smaller: narrow-month.styles.ts. */
  .head {
    background: var(--_vk-surface);
    font-weight: 600;
    font-size: 0.8em;
  }
  .head > * {
    padding: var(--_vk-space-1) 1px;
    text-align: center;
    min-inline-size: 0;
    white-space: nowrap;
  }
  .weekday-narrow {
    display: none;
  }
  .weeknum {
    font-size: 0.8em;
  }
  .weeknum,
  .weeknum-head {
    color: var(--_vk-text-subtle);
    text-align: center;
    padding-block-start: var(--_vk-space-1);
    background: var(--_vk-surface);
  }
  .day {
    position: relative;
    min-inline-size: 0;
    min-block-size: 6.5rem;
    padding: 2px;
    border-block-start: 1px solid var(--_vk-border-subtle);
    border-inline-start: 1px solid var(--_vk-border-subtle);
    display: flex;
    flex-direction: column;
    gap: 2px;
    cursor: default;
  }
  .day:focus-visible {
    outline-offset: -3px;
    z-index: 1;
  }
  .day[aria-selected='true'] .day-number {
    background: var(--_vk-accent-surface);
  }
  .day[data-outside] {
    background: var(--_vk-surface);
  }
  .day[data-outside] .day-number {
    color: var(--_vk-text-subtle);
  }
  .day[data-special] {
    background: var(--_vk-warning-surface);
  }
  /* A flex item of the day (no wrapper): it keeps its own width. */
  .day-number {
    align-self: flex-start;
    display: inline-block;
    min-inline-size: 1.75rem;
    padding-inline: 0.25rem;
    border-radius: var(--_vk-radius-full);
    text-align: center;
    font-weight: 600;
  }
  .day[data-today] .day-number {
    background: var(--_vk-accent);
    color: var(--_vk-accent-contrast);
  }
  /* A holiday name wraps between words; a single word too long for the cell is shortened with
     an ellipsis (never split) — the full name is in the title, the cell's accessible name, the line
     under the grid and the day's list (a tap, click or Enter on the day opens it: course-calendar.ts).
     Clipped along the line only (overflow-x, the inline axis in every writing mode the widgets
     use): clipped in both axes, an Arabic final yeh (ي) lost its dots below the line box at this
     line height and read as alef maksura (ى). The same for every shortened text below. */
  .special {
    font-size: 0.8em;
    color: var(--_vk-warning);
    font-weight: 600;
    overflow-wrap: normal;
    overflow-x: clip;
    text-overflow: ellipsis;
    min-inline-size: 0;
  }
  /* One line kept under the grid (month-view.ts dayNames), wrapping between words when long. */
  .day-names {
    margin: var(--_vk-space-1) 0 0;
    min-block-size: 1lh;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_vk-warning);
  }
  .chips {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-inline-size: 0;
  }
  /* The narrow month form (below 30em: 480 px at 16 px text): one button per day with a dot per
     course, drawn only in that form (month-view.ts), so shown wherever it is. */
  .markers {
    display: flex;
    flex-wrap: wrap;
    gap: 2px;
    align-items: center;
    justify-content: center;
    min-block-size: 1.5rem;
    padding: 2px;
    font-size: 0.8em;
    font-weight: 600;
  }
  /* Sized in em, so the count's pill grows with the text (--vk-font-size). */
  .marker {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.25em;
    block-size: 1.25em;
    padding-inline: 3px;
    line-height: 1;
    border-radius: var(--_vk-radius-full);
    background: var(--_vk-course);
    color: #fff;
    forced-color-adjust: none;
  }
  .marker[data-count]::after {
    content: attr(data-count);
  }
  .session {
    display: flex;
    align-items: center;
    gap: 0.3rem;
    inline-size: 100%;
    min-block-size: 1.75rem;
    padding-block: 2px;
    padding-inline: 0 0.25rem;
    text-align: var(--_vk-reading-edge, start);
    font-size: 0.8em;
    line-height: 1.2;
    border: 1px solid var(--_vk-border-subtle);
    border-radius: calc(var(--_vk-radius) / 2);
    background: var(--_vk-bg);
    overflow: hidden;
    /* In times the widget's text size, not em: a chip's own differs by view (0.7–1em). */
    --_vk-pictogram-size: calc(1.4 * var(--_vk-font-size));
  }
  /* A finger on a session scrolls and zooms the page (touch-action stays auto: until 7 Dec 2026 none,
     also in the agenda); held still it lifts the session (calendar-moves.ts), with no callout or
     text selection on that press. */
  .calendar[data-editable]:not([data-view='agenda']) .session {
    -webkit-touch-callout: none;
    -webkit-user-select: none;
    user-select: none;
  }
  .session .vk-pictogram {
    padding: 1px;
  }
  .stripe {
    align-self: stretch;
    flex: none;
    inline-size: 0.5rem;
    background: var(--_vk-course);
    forced-color-adjust: none;
  }
  /* Kind by pattern as well as pictogram: colour is never the only signal. */
  .session[data-kind='practice'] .stripe {
    background: repeating-linear-gradient(45deg, var(--_vk-course) 0 3px, #fff 3px 6px);
  }
  .session[data-kind='language'] .stripe {
    background: radial-gradient(circle, var(--_vk-course) 45%, #fff 50%) 0 0 / 0.5rem 0.5rem;
  }
  .session[data-kind='exam'] .stripe {
    background: repeating-linear-gradient(0deg, var(--_vk-course) 0 4px, #fff 4px 6px);
  }
  .session[data-kind='other'] .stripe {
    background: linear-gradient(90deg, var(--_vk-course) 0 40%, #fff 40% 60%, var(--_vk-course) 60%);
  }
  .session-text {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.3rem;
    min-inline-size: 0;
    overflow: hidden;
  }
  .session-text > * {
    overflow-x: clip;
    text-overflow: ellipsis;
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  .time {
    flex: none;
  }
  /* A course name keeps its own dir (so it is shortened at its own end) but starts at the
     calendar's reading edge, as the time beside it does. */
  .session .course {
    text-align: var(--_vk-reading-edge, start);
  }
  .continues,
  .continued-from {
    font-style: italic;
  }
  /* A piece of a session crossing midnight: the cut edge is dashed and square. */
  .session[data-continues] {
    border-block-end-style: dashed;
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }
  .session[data-continued] {
    border-block-start-style: dashed;
    border-start-start-radius: 0;
    border-start-end-radius: 0;
  }
  /* Month chips from 80em: start time in full, the course name beside it (wrapping between its
     words); below 80em the name goes under the time, further down. */
  .month .session {
    min-block-size: 1.5rem;
    padding-inline-end: 2px;
    gap: 0 0.2rem;
    --_vk-pictogram-size: calc(1.1 * var(--_vk-font-size));
  }
  .month .stripe {
    inline-size: 0.3rem;
  }
  /* Only the course name is ever cut (with an ellipsis): no other part of a month chip clips, so a
     month of chips builds no clip for each of them (the chip itself clips). */
  .month .session-text {
    flex-wrap: nowrap;
    white-space: nowrap;
    flex: 1 1 auto;
    overflow: visible;
  }
  /* The name wraps between its words, up to four lines: on one it was cut in every tier (qav 1:
     docs/course-calendar.md). A word wider than the line (under 80em: --_vk-room) is drawn smaller
     (legend-fit.ts fitChips), never split. The padding keeps an Arabic yeh's dots inside the clip. */
  .month .session .course {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
    padding-block: 0.2em;
    margin-block: -0.2em;
    white-space: normal;
    overflow-wrap: normal;
  }
  /* Longer than four lines (legend-fit.ts markClamped): clipped at the fourth line, no sliver of a fifth. */
  .month .session .course[data-clamped] {
    clip-path: inset(0 0 0.2em);
  }
  /* min-inline-size: auto: the time keeps its width on both forms. */
  .month .session-text > :not(.course) {
    overflow: visible;
    min-inline-size: auto;
  }
  /* A cancelled chip: "Avlyst" gives way (shortened) only once the course name is gone, and never
     covers the start time (the text keeps room for the bold "08:00", about 2.6em). */
  .month .session[data-cancelled] .session-text {
    flex-shrink: 1000;
    min-inline-size: 2.8em;
  }
  .month .cancelled-label {
    flex: 0 1 auto;
    min-inline-size: 0;
    overflow-x: clip;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .month .continues,
  .month .continued-from {
    font-style: normal;
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .month .session[data-continues]::after {
    content: '→' / '';
    flex: none;
    font-weight: 600;
  }
  :host(:dir(rtl)) .month .session[data-continues]::after {
    content: '←' / '';
  }
  /* Began before the grid's first day (a night from the Sunday before): an arrow from the past
     before its time, so "22:00" does not read as that day's start. */
  .month .session[data-continued] .session-text::before {
    content: '←' / '';
    flex: none;
    font-weight: 600;
  }
  :host(:dir(rtl)) .month .session[data-continued] .session-text::before {
    content: '→' / '';
  }
  .time {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .session[data-cancelled] .session-text {
    text-decoration: line-through;
    color: var(--_vk-text-subtle);
  }
  .cancelled-label {
    color: var(--_vk-danger);
    font-weight: 600;
    margin: 0;
  }
  .session[data-grabbed] {
    outline: 3px dashed var(--_vk-accent);
    outline-offset: 1px;
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
  }
  .more {
    min-block-size: 1.5rem;
    font-size: 0.8em;
    padding-inline: var(--_vk-space-1);
    align-self: flex-start;
  }
  /* The month's tiers are em of the calendar's own text: in a container query em is the
     container's font size (the host's: --vk-font-size, else the page's), rem the page root's, which
     kept a month of one-line chips at --vk-font-size: 2rem in a 1,280 px calendar (40 of its text).
     Below 80em (1,280 px at 16 px; days under about 11em): two lines — pictogram and start time (or start time,
     "Avlyst") and "→" on the first, the course name on the second, as wide as the chip. On one
     line the name got what the time and pictogram left: 0–9 letters at 640–1024 px ("09:00 Sa…"),
     courses told apart by colour alone. The text's box is dissolved (its parts are the chip's flex
     items), the chip's row wraps, the name takes a line of its own (flex-basis 100%, placed last)
     and the stripe is drawn down the chip's start edge. A flex row, not a grid: a grid of
     auto-sized columns per chip cost a 500-session month about 5 ms more layout (main-thread CPU
     A/B, 15 samples: layout 16.5 -> 20.8 and 20.8 -> 30.0 ms; this form 15.7 -> 16.3). A day's
     row grows with its chips; "+N flere" still counts sessions (MONTH_CELL_LIMIT), never what fits. */
  @container (width < 80em) {
    .month .session {
      flex-wrap: wrap;
      position: relative;
      padding-inline: calc(0.3rem + 2px) 0;
      --_vk-room: calc((100cqi - var(--_vk-wk, 2.25) * var(--_vk-font-size)) / 7 - 0.3rem - 9.5px);
    }
    .month .stripe {
      position: absolute;
      inset-block: 0;
      inset-inline-start: 0;
    }
    .month .session-text {
      display: contents;
    }
    .month .session .course {
      flex-basis: 100%;
      order: 1;
    }
    .month .session-text > * {
      text-decoration: inherit;
    }
    /* beside the time, shortened, never wrapped below it */
    .month .cancelled-label {
      flex: 1 1 0;
    }
    .month .session[data-cancelled] .vk-pictogram {
      display: none;
    }
  }
  /* Below 40em (640 px at 16 px: with larger text the tiers come sooner, WCAG 1.4.4). */
  @container (width < 40em) {
    /* Beside the time, "→" or "←" takes the pictogram's place (no line of its own). */
    .month .session:is([data-continues], [data-continued]) .vk-pictogram {
      display: none;
    }
    .row {
      --_vk-wk: 1.5;
      grid-template-columns: calc(1.5 * var(--_vk-font-size)) repeat(7, minmax(0, 1fr));
    }
  }
  /* Below 37em (592 px) the pictogram no longer fits beside the time (40em before: qav 1). */
  @container (width < 37em) {
    .month .session .vk-pictogram {
      display: none;
    }
  }
  /* Below 30em (480 px at 16 px; where agenda is the default view: AGENDA_BELOW): compact per-course markers instead of chips
     (switched with the render that draws the markers, not by the container query, so a day is never
     drawn empty), narrow weekdays. */
  .calendar[data-narrow] .month .chips {
    display: none;
  }
  @container (width < 30em) {
    .month .day {
      min-block-size: 4rem;
    }
    .month .weekday-short {
      display: none;
    }
    .month .weekday-narrow {
      display: inline;
    }
    .month .special {
      font-size: 0.6em;
    }
  }
  /* A toolbar under 20em of the calendar's text (a 320 px phone; at 200 % text, any phone and a
     640 px column): before, one button a line ("Måned Uke" / "Liste", "Ny økt", "Planlegg kurs", "Last
     ned (.ics)": seven lines of 72 px buttons above the legend at 360 px). Every toolbar button is one
     line of text and a little padding tall (the 2.25rem minimum, 72 px at 32 px root text, left each
     line half empty), at least 44 px, with narrower sides; the views are one row of segmented
     buttons sharing its width, or, where a word does not fit (uk "Тиждень"), two a row, each whole.
     Same buttons, names and order (Tab, ←/→); the words stay words. */
  @container (width < 20em) {
    /* (At the default text size the 2.25rem minimum stays: 36 px, under 44.) */
    .tools button {
      min-block-size: min(2.25rem, max(44px, 1lh));
      min-inline-size: min(2.25rem, max(44px, 1lh));
      padding-inline: var(--_vk-space-2);
    }
    /* Previous, today and next are one group, on one row: before, "›" wrapped alone under "‹ Сьогодні"
       (uk at 200 % text on a 320 px phone: 72 px arrows, the 2.25rem minimum, 16 px sides). The arrows
       are as narrow as they are tall (44 px, or a line of text): their picture and a sliver of side
       (46 px: uk's row 281 of 304 px). The row still wraps where even that cannot fit, rather than
       push the page sideways. */
    .nav .icon {
      padding-inline: 2px;
    }
    /* The views and the actions a row each. */
    .views,
    .actions {
      flex: 1 1 100%;
      gap: 2px;
    }
    /* Their free room shared out (flex-grow): the sides are only the least (nb at 200 % text on a
       360 px phone: 240 px of words in a 294 px row). */
    .views button,
    .actions button {
      flex: 1 1 auto;
      padding-inline: calc(var(--_vk-space-1) / 2);
    }
    /* The actions share their row evenly, each label wrapping between its words ("Planlegg / kurs"),
       where every label's longest word fits (min-content); else two a row, each word whole (uk
       "Завантажити"). Before, one button a row: five rows of buttons at 200 % text on a 360 px phone. */
    .actions button {
      flex-basis: 0;
      min-inline-size: min-content;
    }
  }
  /* 12em: a phone at 200 % text (344 px at 32 px). The actions' words a quarter smaller, so three fit
     one row (nb "Planlegg", ar "تخطيط"); still 24 px, one and a half times the default text. */
  @container (width < 12em) {
    .actions button {
      font-size: 0.75em;
    }
    /* Previous, today and next keep one row where the phone's page has margins too (a 254 px column
       at 320 px): "Сьогодні" and "Maanta" keep a sliver of side and gap, as the views do; before,
       uk's row was 281 px and "›" wrapped alone. (A smaller "today" was tried and made that row
       shorter than the views'.) */
    .nav {
      gap: 2px;
    }
    .nav [data-action='today'] {
      padding-inline: calc(var(--_vk-space-1) / 2);
    }
    /* A course's name runs on after its swatch and picture and wraps under them (a word that does
       not fit beside them starts the next line, whole), instead of beside them in what is left of the
       row, or, when its longest word did not fit there, on lines of its own below them: "Renhold og
       smittevern" took three lines at 200 % text, ar "البيع والخدمة في متاجر البقالة" five. A name
       with a word too wide for any line (legend-fit.ts gives its button a title) keeps the flex form,
       where that word ends in an ellipsis in the name's own direction. */
    .legend-item:not([title]) {
      display: block;
    }
    .legend-item:not([title]) > :not(.legend-title) {
      display: inline-block;
      vertical-align: middle;
      margin-inline-end: var(--_vk-space-2);
    }
    .legend-item:not([title]) > .legend-title {
      display: inline;
    }
  }
  .legend-item {
    max-inline-size: 100%;
    min-inline-size: 0;
    overflow: clip;
  }
  /* Never narrower than its longest unbreakable part ("Uke 11,", kept together): with the calendar's text at 32 px its 8rem
     basis left it 129 px beside the arrows, and "Uke 11," (141 px) ran over them (QA 58). It takes a row of its own instead. */
  .title {
    min-inline-size: min-content;
    overflow-wrap: break-word;
  }
  /* Under 10em a row of its own, no wider than the calendar; under 6em (narrower than "Uke 11,") that part wraps between words. */
  @container (width < 10em) {
    .title {
      flex-basis: 100%;
      min-inline-size: 0;
    }
  }
  @container (width < 6em) {
    .title .vk-nowrap {
      white-space: normal;
    }
  }
  /* Lines wrap between words; a word wider than the whole button even at the fit's smallest size
     (legend-fit.ts: "Næringsmiddelhygieneopplæring" at 200 % text on a 320 px phone) ends in an
     ellipsis on one line, as in the chips and lists, never split; the button's name and (set by the
     fit) its title are the whole name. */
  .legend-title {
    flex: 1 0 min-content;
    max-inline-size: 100%;
    min-inline-size: 0;
    overflow-wrap: normal;
    overflow-x: clip;
    text-overflow: ellipsis;
  }
`;
