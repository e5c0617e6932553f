import { css } from 'lit';

/** The details popover and the "plan a course" dialog's shared form layout (loaded on first open). */
export const detailsStyles = css`
  .details {
    display: grid;
    gap: var(--_vk-space-2);
    min-inline-size: min(18rem, 80vw);
  }
  .details h3 {
    margin: 0;
    display: flex;
    align-items: center;
    gap: var(--_vk-space-2);
    --_vk-pictogram-size: 2rem;
  }
  .details p {
    margin: 0;
  }
  .field {
    display: grid;
    gap: 2px;
  }
  .check {
    display: flex;
    gap: var(--_vk-space-2);
    align-items: center;
  }
  .popover-actions {
    display: flex;
    gap: var(--_vk-space-2);
    justify-content: flex-end;
  }
  .details .times {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(7rem, 1fr));
    gap: var(--_vk-space-2);
  }
  .day-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_vk-space-2);
  }
  .day-list .session {
    font-size: 0.95em;
    min-block-size: 2.75rem;
  }
`;
