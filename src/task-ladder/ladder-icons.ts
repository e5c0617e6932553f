import { css, type CSSResult } from 'lit';
import { svgMask } from '../core/mask-images.js';

// The icons every task card repeats (level, record, logbook, read aloud, no sound), drawn by CSS
// in a `::before` instead of an inline <svg> each: no element at all for an icon instead of three
// or four, so a ladder of 90 tasks builds and lays out about 700 nodes fewer. Our own static path
// data (never host data) as a mask, painted in `currentColor`; hidden from assistive technology
// like the SVG icons were (a pseudo-element with empty `content` has no text alternative to give,
// and every control or label that shows one also has words). Shape tells the level, not colour.
const svg = (viewBox: number, body: string): CSSResult => svgMask(`<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ${viewBox} ${viewBox}'>${body}</svg>`);

const stroke = `fill='none' stroke='black' stroke-width='2' stroke-linecap='round' stroke-linejoin='round'`;
const shapes = {
  notStarted: svg(20, `<circle cx='10' cy='10' r='8' fill='none' stroke='black' stroke-width='2'/>`),
  withSupport: svg(20, `<circle cx='10' cy='10' r='8' fill='none' stroke='black' stroke-width='2'/><path d='M10 2a8 8 0 0 1 0 16z'/>`),
  // A filled disc with the check cut out (the SVG icon stroked it in Canvas: the background shows
  // through). The cut is the outline of the old check stroke (M6 10.5l2.8 2.8L14.5 7.5, width 2,
  // round caps and join) as a hole (even-odd fill), not an SVG <mask>: same shape, about 4 ms less
  // paint for a ladder's first screenful.
  independent: svg(20, `<path fill-rule='evenodd' d='M10 1a9 9 0 1 1 0 18a9 9 0 1 1 0-18z M5.293 11.207L8.093 14.007A1 1 0 0 0 9.513 14.001L15.213 8.201A1 1 0 0 0 13.787 6.799L8.794 11.88L6.707 9.793A1 1 0 0 0 5.293 11.207z'/>`),
  speaker: svg(24, `<path d='M4 9h3l5-4v14l-5-4H4z' ${stroke}/><path d='M16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11' ${stroke}/>`),
  // A speaker crossed out: "no sound" without words.
  noSound: svg(24, `<path d='M4 9h3l5-4v14l-5-4H4z' ${stroke}/><path d='M16 9l5 6M21 9l-5 6' fill='none' stroke='black' stroke-width='2.5' stroke-linecap='round'/>`),
  mic: svg(24, `<rect x='9' y='3' width='6' height='11' rx='3' ${stroke}/><path d='M5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21' ${stroke}/>`),
  pencil: svg(24, `<path d='M4 20h4L19 9l-4-4L4 16z M13 7l4 4' ${stroke}/>`),
};

/**
 * `.level` (by the task's `data-level`), `.record-control`, `.log-control`, `.read-control`
 * (speaker; crossed out when `aria-disabled`; while it reads, `aria-pressed`, a stop square, as the
 * plan board's column button: the unmasked box at half size, no mask image more to build and warm
 * up) and `.no-sound` draw their icon in `::before`. The mask is the
 * shape, its colour the (forced) text colour. The speakers face the reading direction (the crossed-out
 * one of "Ingen lyd" too). Forced colours: a pseudo-element that opts out inherits the unforced
 * colour, so the sheet names the system colour the SVG icons got. (Notes here, not in the sheet:
 * a css`` template with interpolations ships as written, comments and all.)
 */
export const ladderIconStyles = css`
  .level::before,
  .record-control::before,
  .log-control::before,
  .read-control::before,
  .no-sound::before {
    content: '';
    display: block;
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    background-color: currentColor;
    mask: var(--_vk-icon) center / contain no-repeat;
    forced-color-adjust: none;
  }
  .level::before {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    --_vk-icon: ${shapes.notStarted};
  }
  .task[data-level='with-support'] .level::before {
    --_vk-icon: ${shapes.withSupport};
  }
  .task[data-level='independent'] .level::before {
    --_vk-icon: ${shapes.independent};
  }
  .no-sound::before,
  .record-control::before {
    inline-size: 1.5em;
    block-size: 1.5em;
  }
  .record-control::before {
    --_vk-icon: ${shapes.mic};
  }
  .log-control::before {
    --_vk-icon: ${shapes.pencil};
  }
  .read-control::before {
    --_vk-icon: ${shapes.speaker};
  }
  .read-control[aria-pressed='true']::before {
    mask: none;
    scale: 0.5;
  }
  .read-control[aria-disabled='true']::before,
  .no-sound::before {
    --_vk-icon: ${shapes.noSound};
  }
  :host(:dir(rtl)) .read-control::before,
  :host(:dir(rtl)) .no-sound::before {
    transform: scaleX(-1);
  }
  @media (forced-colors: active) {
    .level::before,
    .no-sound::before {
      background-color: CanvasText;
    }
    .record-control::before,
    .log-control::before,
    .read-control::before {
      background-color: ButtonText;
    }
  }
`;
