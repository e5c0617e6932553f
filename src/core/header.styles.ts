import { css } from 'lit';

/**
 * A widget's header row: its title and a summary, wrapping on narrow screens (the step tracker's
 * and the task ladder's). A module of its own, not in tokens.ts: a css`` call is not known to be
 * free of side effects, so an unused one in a shared module stayed in the plan board's and the
 * course calendar's bundles.
 */
export const headerStyles = css`
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_vk-space-1) var(--_vk-space-4);
  }
  .header > * {
    min-inline-size: 0;
  }
  .title {
    font-weight: 600;
    font-size: 1.15em;
    margin: 0;
  }
`;
