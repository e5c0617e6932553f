import { css } from 'lit';

/**
 * A row of the agenda and of a day's list (session-popover) on a phone at large text: under 18em
 * of the calendar's own text (`--vk-font-size`; a container query's em is the container's font
 * size, its rem the page's, which missed `--vk-font-size: 2rem` at a 16 px root), the kind's
 * picture goes above the time and name, which then have the row's whole width less the stripe
 * (beside the picture they had 212 of 304 px, and "dagligvarehandel", uk "Виробництво",
 * "Matproduksjon" are wider: the list scrolled sideways, WCAG 1.4.10). The stripe runs down the
 * row's start edge, as in a two-line month chip: as a grid column spanning five rows it left the
 * empty rows' gaps (29 px at 200 % text) below a row of two. The end padding is a month chip's
 * 2 px: with 0.25rem, uk "обслуговування" (239 px) lost its last letter. One rule for both lists,
 * imported by both lazy modules (agenda-view, session-popover) and adopted once.
 */
export const narrowRowStyles = css`
  @container (width < 18em) {
    :is(.agenda, .day-list) .session {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      justify-items: start;
      position: relative;
      padding-block: var(--_vk-space-1);
      padding-inline: 0.8rem 2px;
    }
    :is(.agenda, .day-list) .stripe {
      position: absolute;
      inset-block: 0;
      inset-inline-start: 0;
    }
  }
`;
