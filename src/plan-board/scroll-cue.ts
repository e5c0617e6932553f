import { css, html, render, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { icon } from './icons.js';
import { adoptLateStyles } from './late-styles.js';

const chevron = icon(svg`<path d="M9 5l7 7-7 7"/>`);

/**
 * The two edge cues of a row that scrolls sideways (`data-cue`; ScrollCues adds them after it in
 * its `.cue-frame`): a chevron on a fade at the end while more follows in the reading direction,
 * and at the start once scrolled (the frame's `data-more-before` / `data-more-after`). Touch
 * tablets show no scrollbar, and a peek alone is easy to miss. Decoration only: hidden from
 * assistive technology (the columns and tabs themselves are in the tree, in order) and from the
 * pointer (a tap under a cue reaches the card). No motion: they appear and go at once.
 */
const edgeCues: TemplateResult = html`<span class="cue" data-edge="start" aria-hidden="true"><span class="cue-mark">${chevron}</span></span
  ><span class="cue" data-edge="end" aria-hidden="true"><span class="cue-mark">${chevron}</span></span>`;

const cueStyles = css`
  /* A row that scrolls sideways and its edge cues (scroll-cue.ts) share one grid cell. */
  .cue-frame {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .cue-frame > * {
    grid-area: 1 / 1;
  }
  .cue {
    display: none;
    /* Never the row's height: it stretches to the row, whatever its chevron's margins. */
    contain: size;
    z-index: 2;
    inline-size: 3rem;
    justify-content: center;
    align-items: center;
    pointer-events: none;
    --_vk-fade: linear-gradient(to var(--_vk-reading-edge), transparent, var(--_vk-bg) 65%);
    background: var(--_vk-fade);
  }
  [data-more-before] > [data-edge='start'],
  [data-more-after] > [data-edge='end'] {
    display: flex;
  }
  .cue[data-edge='end'] {
    justify-self: end;
    background: linear-gradient(to var(--_vk-reading-edge), var(--_vk-bg) 35%, transparent);
  }
  .cue-mark {
    display: flex;
    padding: 0.45rem;
    border: 2px solid var(--_vk-border);
    border-radius: var(--_vk-radius-full);
    background: var(--_vk-bg);
    color: var(--_vk-text);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.25);
  }
  /* The chevron points the way the row continues: flipped at the start, and in right-to-left. */
  .cue[data-edge='start'] .icon,
  :host(:dir(rtl)) .cue[data-edge='end'] .icon {
    scale: -1 1;
  }
  :host(:dir(rtl)) .cue[data-edge='start'] .icon {
    scale: 1;
  }
  /* Beside the columns the chevron stays at 40 % of the screen's height while the row is in view. */
  .columns-frame > .cue {
    align-items: start;
  }
  .columns-frame .cue-mark {
    position: sticky;
    inset-block-start: 40vh;
    margin-block: 2.5rem;
  }
  /* The day tabs' row (one that scrolls: under 18em of the board's text) has its cues beside it, compact, never
     over a tab's text: at 320 px and 200 % the 3rem cues over it covered most of the row (QA53). */
  @container vk-plan-board (max-width: 18em) {
    .switcher .cue-frame {
      grid-template-columns: auto minmax(0, 1fr) auto;
    }
    .switcher .tabs {
      grid-area: 1/2;
      /* the selected tab scrolled into view (reveal, below) with room for its focus ring */
      scroll-padding-inline: 6px;
    }
    .switcher .tab {
      padding-inline: 6px;
    }
    .switcher .cue {
      contain: none;
      inline-size: auto;
      background: none;
    }
    .switcher [data-edge='end'] {
      grid-area: 1/3;
    }
    .switcher .cue-mark {
      padding: 0;
    }
    .switcher .cue .icon {
      inline-size: 1rem;
      block-size: 1rem;
    }
  }
  @media (forced-colors: active) {
    .cue {
      background: none;
    }
    .cue-mark {
      border-color: CanvasText;
      box-shadow: none;
    }
  }
`;

/**
 * Loaded just after the board's first render (a chunk of its own, as the editing UI is: the
 * board's up-front bytes stay within their budget); adopts its CSS, adds the
 * cues to each row's frame, and keeps each `[data-cue]` row's frame marked with what lies beyond its edges, on scroll (one
 * capturing listener on the shadow root), on resize (ResizeObserver) and after each render (in
 * the next frame, coalesced: a render may change the row's content width but not its box). A row
 * with a selected child (`aria-selected="true"`, a day tab) scrolls that item into view, beside
 * the cues (`scroll-padding-inline`), when the selection changes or the row resizes: only
 * sideways, so the page itself never jumps (a swipe to the next day while reading lower down).
 */
export class ScrollCues implements ReactiveController {
  #observer: ResizeObserver | null = null;
  #rows: Element[] = [];
  #frame = 0;
  readonly #selected = new WeakMap<Element, Element>();
  /** Each row's inline size when last seen by the observer: a row that only grew taller (a card moved in) has nothing to check. */
  readonly #widths = new WeakMap<Element, number>();
  /** The frames that hold their cues (found without a query through the row's every card). */
  readonly #cued = new WeakSet<Element>();

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  readonly #onScroll = (event: Event): void => {
    const row = event.target;
    if (row instanceof Element && row.hasAttribute('data-cue')) mark(row);
  };

  hostConnected(): void {
    adoptLateStyles(this.host.renderRoot as ShadowRoot, [cueStyles]);
    this.hostUpdated();
    this.#observer = new ResizeObserver((entries) => {
      for (const { target, contentRect } of entries) {
        if (this.#widths.get(target) === contentRect.width) continue;
        this.#widths.set(target, contentRect.width);
        reveal(target, this.#selected, true);
        mark(target);
      }
    });
    this.host.renderRoot.addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
  }

  hostUpdated(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#check());
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.host.renderRoot.removeEventListener('scroll', this.#onScroll, { capture: true });
    this.#observer?.disconnect();
    this.#observer = null;
    this.#rows = [];
  }

  #check(): void {
    const rows = Array.from(this.host.renderRoot.querySelectorAll('[data-cue]'));
    for (const row of this.#rows) if (!rows.includes(row)) this.#observer?.unobserve(row);
    for (const row of rows) {
      if (!this.#rows.includes(row)) this.#observer?.observe(row);
      const frame = row.parentElement!;
      if (!this.#cued.has(frame)) {
        render(edgeCues, frame);
        this.#cued.add(frame);
      }
      reveal(row, this.#selected, false);
      mark(row);
    }
    this.#rows = rows;
  }
}

/**
 * Marks the row's frame: more before its start edge, more after its end edge (scrollLeft is 0 at the start and negative in RTL).
 * Only what lies beyond the row's own inline padding counts: a cue over nothing but padding covered the focused item at the edge.
 */
function mark(row: Element): void {
  const frame = row.parentElement;
  if (!frame) return;
  const scrolled = Math.abs(row.scrollLeft), style = getComputedStyle(row); // prettier-ignore
  frame.toggleAttribute('data-more-before', scrolled > (parseFloat(style.paddingInlineStart) || 0) + 1);
  frame.toggleAttribute('data-more-after', row.scrollWidth - row.clientWidth - scrolled > (parseFloat(style.paddingInlineEnd) || 0) + 1);
}

/**
 * Scrolls the row sideways so its selected item shows whole, clear of the cues (its scroll padding); only when that item changed, unless `always`.
 * The first item scrolls the row to its start, the last to its end (a tab wider than the room between the scroll paddings left the row short of its end, under the cue).
 */
function reveal(row: Element, selected: WeakMap<Element, Element>, always: boolean): void {
  // A child of the row (a tab): not a query through the columns row's every card, after every render.
  const item = Array.prototype.find.call(row.children, (child: Element) => child.getAttribute('aria-selected') === 'true') as Element | undefined;
  if (!item || (!always && selected.get(row) === item)) return;
  selected.set(row, item);
  if (row.scrollWidth <= row.clientWidth) return;
  const style = getComputedStyle(row);
  if (!item.previousElementSibling || !item.nextElementSibling) {
    row.scrollLeft = item.nextElementSibling ? 0 : (style.direction === 'rtl' ? -1 : 1) * row.scrollWidth;
    return;
  }
  const box = row.getBoundingClientRect(), at = item.getBoundingClientRect(); // prettier-ignore
  const left = box.left + (parseFloat(style.scrollPaddingLeft) || 0), right = box.right - (parseFloat(style.scrollPaddingRight) || 0); // prettier-ignore
  if (at.left < left) row.scrollLeft -= left - at.left;
  else if (at.right > right) row.scrollLeft += Math.min(at.right - right, at.left - left);
}
