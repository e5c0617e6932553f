import { css } from 'lit';

/**
 * The calendar's own styles, continued (course-calendar.styles.ts reached 700 lines): forced colours and a touch screen's
 * targets, after the rest of the calendar's rules and before the narrow month's (the element's styles in that order).
 */
export const calendarModeStyles = css`
  @media (forced-colors: active) {
    .session,
    .grid,
    .day {
      border-color: CanvasText;
    }
    .stripe,
    .swatch {
      border: 1px solid CanvasText;
    }
    .session[data-grabbed] {
      outline-color: Highlight;
    }
    /* The selected view and shown courses differ by more than weight: a system-colour fill. */
    .views button[aria-pressed='true'],
    .legend-item[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border: 2px solid CanvasText;
      outline: 2px solid Highlight;
      outline-offset: 1px;
    }
    .marker {
      border: 1px solid CanvasText;
    }
    .day[data-today] .day-number {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    /* What colour alone told apart: days of other months in GrayText, the selected day ringed. */
    .day[data-outside] .day-number {
      color: GrayText;
    }
    .day[aria-selected='true'] .day-number {
      outline: 2px solid CanvasText;
      outline-offset: -2px;
    }
  }
  /* A touch screen: the toolbar's and the legend's buttons at least 44 × 44 px (WCAG 2.5.5), as the board's and the
     ladder's participant controls; with a mouse the 2.25rem stays (36 px: QA, 8 Dec 2026, a participant's phone). */
  @media (pointer: coarse) {
    .tools button,
    .legend button {
      min-block-size: max(2.25rem, 44px);
      min-inline-size: max(2.25rem, 44px);
    }
  }
`;
