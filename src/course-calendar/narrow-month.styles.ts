import { css } from 'lit';

/**
 * The month below 18 times its text size (200 % text on a phone), after the calendar's own styles
 * (course-calendar.styles.ts, whose `.month .row` keeps 18em above this): the seven days share the
 * width instead of scrolling sideways (WCAG 1.4.10; pass 56).
 */
export const narrowMonthStyles = css`
  /* The narrow form (under 30em, month-view.ts closedDays): a closed day's name is not cut to a letter
     and "…" in its day; the day's number is underlined, and the names are listed whole below the
     grid, each after its date, underlined alike (a mark that is not colour alone). */
  .calendar[data-narrow] .month .special {
    display: none;
  }
  .calendar[data-narrow] .day[data-special] .day-number,
  .closed-date {
    text-decoration: underline 0.1em;
    text-underline-offset: 0.15em;
  }
  .closed-days {
    margin: var(--_vk-space-1) 0 0;
    padding: 0;
    list-style: none;
    color: var(--_vk-warning);
    font-weight: 600;
  }
  .closed-days > li {
    font-size: 0.8em;
  }
  /* Day numbers at three quarters of the text (24 px at 200 %: one and a half times the default, as the
     actions' words at 12em) with no sides, the markers one above another at 0.6 (dots of 24 px), the
     week numbers' column a little over one text size wide, its numbers at 0.6. Never smaller than
     16 px where they were at least that (a narrow calendar at the default text keeps its sizes). */
  @container (width < 18em) {
    .month .row {
      min-inline-size: calc(7 * var(--_vk-font-size));
      grid-template-columns: calc(1.1 * var(--_vk-font-size)) repeat(7, minmax(0, 1fr));
    }
    .month .day-number {
      align-self: center;
      min-inline-size: 0;
      padding-inline: 0;
      font-size: max(0.75em, min(1em, 16px));
    }
    .month .weeknum {
      font-size: max(0.6em, min(0.8em, 16px));
    }
    /* The day's button as wide as the day (not the 2.25rem of every button: 72 px over three days),
       still over 24 px (WCAG 2.5.8). */
    .month .markers {
      align-self: stretch;
      min-inline-size: 0;
      padding: 0;
      font-size: max(0.6em, min(0.8em, 16px));
    }
  }
`;
