import { css, unsafeCSS, type CSSResult } from 'lit';
import { svgMask } from '../core/mask-images.js';

// The icons every card repeats (clock, place, grip, menu, check), drawn by CSS instead of an
// inline <svg> each: one element (or a pseudo-element) per icon instead of up to eight, so a
// 300-card board builds about half the nodes; hidden from assistive technology like the SVG icons
// (every control that shows one also has words). Same 24 × 24 strokes as icons.ts.
// Clock, place, grip and menu are gradients and borders in `--_vk-icon-color` (currentColor), not
// masks: a mask is an effect of its own that splits the board's paint, so 4 per card made painting,
// layerizing and committing a frame of cards cost about twice what the cards themselves did (a
// first render and every keyboard-move frame paint them). The check (done cards only) stays a mask
// of our own static path data (never host data).
const check = `<path d='M5 12.5l4.5 4.5L19 7.5'/>`;

const mask = (body: string): CSSResult =>
  svgMask(`<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='black' stroke-width='2' stroke-linecap='round' stroke-linejoin='round'>${body}</svg>`);

/**
 * A dot of the 24-unit icon grid as one background layer: centre (x, y), radius r (with the
 * stroke), placed by percentages of the icon box so it scales with the box.
 */
const dot = (x: number, y: number, r: number): CSSResult => {
  const size = (2 * r) / 24;
  const at = (c: number): string => `${(((c - r) / 24 / (1 - size)) * 100).toFixed(1)}%`;
  return unsafeCSS(`radial-gradient(closest-side, var(--_vk-icon-color) 70%, transparent 100%) ${at(x)} ${at(y)} / ${(size * 100).toFixed(1)}% ${(size * 100).toFixed(1)}% no-repeat`);
};

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
  .meta-time::before,
  .meta-place::before,
  .grip::before,
  .menu-button::before {
    --_vk-icon-color: currentColor;
    background-color: transparent;
    mask: none;
  }
  /* a ring (r 8.5, stroke 2) and two hands (up from the centre, then a short one to the right) */
  .meta-time::before {
    background:
      radial-gradient(closest-side, transparent 74%, var(--_vk-icon-color) 79%, var(--_vk-icon-color) 95%, transparent 100%) center / 79.2% 79.2% no-repeat,
      linear-gradient(var(--_vk-icon-color) 0 0) 50% 37.1% / 8.3% 27.1% no-repeat,
      linear-gradient(var(--_vk-icon-color) 0 0) 56.4% 50% / 18.8% 8.3% no-repeat;
  }
  /* a pin: a drop (a square with three round corners, turned) with a hole in it */
  .meta-place::before {
    box-sizing: border-box;
    inline-size: 0.6875rem;
    block-size: 0.6875rem;
    margin: 0.09rem 0.15625rem 0.22rem;
    border: 0.125rem solid var(--_vk-icon-color);
    border-radius: 50% 50% 50% 0;
    transform: rotate(-45deg);
    background: radial-gradient(closest-side, var(--_vk-icon-color) 60%, transparent 85%) center / 45% 45% no-repeat;
  }
  .grip::before {
    background: ${dot(9, 6, 2.2)}, ${dot(15, 6, 2.2)}, ${dot(9, 12, 2.2)}, ${dot(15, 12, 2.2)}, ${dot(9, 18, 2.2)}, ${dot(15, 18, 2.2)};
  }
  .menu-button::before {
    background: ${dot(5, 12, 2.3)}, ${dot(12, 12, 2.3)}, ${dot(19, 12, 2.3)};
  }
  .done-mark::before,
  .done-toggle[aria-checked='true'] .box::before {
    --_vk-icon: ${mask(check)};
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
      --_vk-icon-color: CanvasText;
    }
    .menu-button::before {
      --_vk-icon-color: ButtonText;
    }
  }
`;
