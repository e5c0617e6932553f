import { css, unsafeCSS, type CSSResult } from 'lit';

// The icons every card repeats (clock, place, grip, menu, check), drawn by CSS instead of an
// inline <svg> each: one element (or a pseudo-element) per icon instead of up to eight, so a
// 300-card board builds about half the nodes. Our own static path data (never host data) as a
// mask, painted in `currentColor`; hidden from assistive technology like the SVG icons (every
// control that shows one also has words). Same 24 × 24 strokes as icons.ts.
const shapes = {
  clock: `<circle cx='12' cy='12' r='8.5'/><path d='M12 7.5V12l3 2'/>`,
  place: `<path d='M12 21s-6.5-6.2-6.5-11a6.5 6.5 0 0 1 13 0c0 4.8-6.5 11-6.5 11z'/><circle cx='12' cy='10' r='2.3'/>`,
  grip: `<circle cx='9' cy='6' r='1.2'/><circle cx='15' cy='6' r='1.2'/><circle cx='9' cy='12' r='1.2'/><circle cx='15' cy='12' r='1.2'/><circle cx='9' cy='18' r='1.2'/><circle cx='15' cy='18' r='1.2'/>`,
  more: `<circle cx='5' cy='12' r='1.6'/><circle cx='12' cy='12' r='1.6'/><circle cx='19' cy='12' r='1.6'/>`,
  check: `<path d='M5 12.5l4.5 4.5L19 7.5'/>`,
};

const mask = (body: string): CSSResult =>
  unsafeCSS(
    `url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='black' stroke-width='2' stroke-linecap='round' stroke-linejoin='round'>${body}</svg>")`,
  );

/** `.meta-time`, `.meta-place`, `.grip`, `.menu-button` and the checked box / done mark draw their icon in `::before`. */
export const cardIconStyles = css`
  .meta-time::before,
  .meta-place::before,
  .grip::before,
  .menu-button::before,
  .done-mark::before,
  .done-toggle[aria-checked='true'] .box::before {
    content: '';
    display: block;
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    background-color: currentColor;
    mask: var(--_vk-icon) center / contain no-repeat;
    /* the mask is the shape; its colour is the (forced) text colour */
    forced-color-adjust: none;
  }
  .meta-time::before,
  .meta-place::before,
  .done-mark::before {
    inline-size: 1rem;
    block-size: 1rem;
  }
  .meta-time::before {
    --_vk-icon: ${mask(shapes.clock)};
  }
  .meta-place::before {
    --_vk-icon: ${mask(shapes.place)};
  }
  .grip::before {
    --_vk-icon: ${mask(shapes.grip)};
  }
  .menu-button::before {
    --_vk-icon: ${mask(shapes.more)};
  }
  .done-mark::before,
  .done-toggle[aria-checked='true'] .box::before {
    --_vk-icon: ${mask(shapes.check)};
  }
  .board[data-mode='participant'] .card-actions .menu-button::before,
  .board[data-mode='participant'] .card-actions .grip::before,
  .board[data-mode='participant'] .done-toggle[aria-checked='true'] .box::before {
    inline-size: 1.75rem;
    block-size: 1.75rem;
  }
  /* Forced colours: a pseudo-element that opts out inherits the unforced colour, so name the system colour the SVG icons got. */
  @media (forced-colors: active) {
    .meta-time::before,
    .meta-place::before,
    .grip::before {
      background-color: CanvasText;
    }
    .menu-button::before {
      background-color: ButtonText;
    }
  }
`;
