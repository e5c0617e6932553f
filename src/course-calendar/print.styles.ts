import { css } from 'lit';

/**
 * The calendar on paper: no controls (the period's title and the courses' key stay), and in the
 * month each session's whole name, wrapped at 0.7em (an A4 portrait day keeps "Matproduksjon" on
 * its line). Black and white like the board's; the kind patterns of the stripes are printed.
 * Hosts add `@page { size: A4 landscape; }` for a wider month. Loaded and adopted at the first
 * idle moment after the calendar's first render (adopting restyles the shadow tree once).
 * The agenda's headings keep with their days (\`break-after: avoid\`); its "show more" row stays on
 * paper as the month's "+N flere" does, saying how many sessions are not printed.
 * A day's "+N flere" stays on paper: rendering every session for print (a `beforeprint`
 * re-render) hung the test page about one run in three and was taken out (issue 14 note).
 */
export const styles = css`
  @media print {
    .calendar {
      color: #000;
      background: #fff;
    }
    .nav,
    .views,
    .actions,
    .legend-all,
    .legend-item[aria-pressed='false'],
    .resize,
    .now,
    .day-names,
    .vk-popover {
      display: none !important;
    }
    .legend-item,
    .legend-item[aria-pressed='true'] {
      border: none;
      background: none;
      padding: 0;
      min-block-size: 0;
    }
    .grid {
      border-color: #000;
    }
    .row {
      break-inside: avoid;
    }
    /* Smaller on paper: "Matproduksjon" keeps its line in an A4 portrait day (about 100 px). */
    .month .session {
      background: #fff;
      color: #000;
      border-color: #000;
      align-items: start;
      font-size: 0.7em;
    }
    .month .stripe {
      inline-size: 0.2rem;
    }
    .month .session .vk-pictogram {
      display: none;
    }
    .month .session-text,
    .month .session-text > *,
    .month .session .course {
      white-space: normal;
      flex-wrap: wrap;
      overflow: visible;
      text-overflow: clip;
    }
    /* The agenda: a week's or a day's heading stays with what follows it (it ended sheets alone),
       and its words print black (the holiday name was orange, the session kind grey). :host outranks
       the agenda view's own rules, a lazy sheet that may be adopted after this one. */
    :host .agenda h3,
    :host .agenda-date {
      break-after: avoid;
    }
    :host .agenda .session,
    :host .agenda .kind,
    :host .special {
      color: #000;
      border-color: #000;
    }
    .stripe,
    .swatch {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
  }
`;
