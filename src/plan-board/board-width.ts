import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PrintState } from '../core/print-state.js';

/**
 * Below this many pixels of the board's own width at 16 px text, one column shows at a time: 30em
 * of the board's own text (its host's font size, which `--vk-font-size` sets and which follows the
 * page's text size when that is unset), so 960 px at 32 px text (WCAG 1.4.4).
 */
export const NARROW_BELOW = 480;

/**
 * The board's own width decides its layout (not the viewport). A probe (`.width-probe` in the
 * board's template, 1em tall: core/width-probe.ts) is observed, not the host: its size changes only
 * with the width and the text size, so re-rendering for it never loops. The board re-renders when it becomes narrow or wide.
 */
export class BoardWidth implements ReactiveController {
  #observer: ResizeObserver | null = null;
  #probe: Element | null = null;
  #narrow = false;
  /** Printing (`beforeprint` to `afterprint`, or print media): paper shows every day, whatever the screen's width. */
  readonly #print: PrintState;

  /** `resized` runs on every width the observer reports (after layout, before paint). */
  constructor(
    private readonly host: ReactiveControllerHost & Element & { renderRoot: HTMLElement | DocumentFragment },
    private readonly resized: () => void = () => {},
  ) {
    host.addController(this);
    this.#print = new PrintState(host);
  }

  /** True when the board is narrower than NARROW_BELOW (30em; one column at a time), except while printing. */
  get narrow(): boolean {
    return this.#narrow && !this.#print.printing;
  }

  /**
   * While the page is pinch-zoomed (`visualViewport.scale` > 1) the probe carries `data-zoomed`,
   * and the narrow row after it lets one finger pan the page sideways (plan-board.styles.ts): the
   * browser takes that pointer (`pointercancel`), so a drag pans and is never a day swipe. Set
   * here, not rendered: it follows the zoom without re-rendering the board.
   */
  readonly #zoom = (): void => {
    this.#probe?.toggleAttribute('data-zoomed', (visualViewport?.scale as number) > 1);
  };

  hostConnected(): void {
    visualViewport?.addEventListener('resize', this.#zoom);
    this.#observer = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentBoxSize?.[0]?.inlineSize ?? 0;
      // The host's font size, read here (after layout, so its style is clean): the probe is 1em
      // tall, so a change of it alone (--vk-font-size, the page's text size) calls this again.
      const em = parseFloat(getComputedStyle(this.host).fontSize) || 16;
      const narrow = width > 0 && width < (NARROW_BELOW / 16) * em;
      this.resized();
      if (narrow === this.#narrow) return;
      this.#narrow = narrow;
      this.host.requestUpdate();
    });
    // Reconnected: the probe from the last render is observed again (hostDisconnected forgot it).
    this.hostUpdated();
  }

  hostUpdated(): void {
    const probe = this.host.renderRoot.querySelector('.width-probe');
    if (probe === this.#probe) return;
    if (this.#probe) this.#observer?.unobserve(this.#probe);
    if (probe) this.#observer?.observe(probe);
    this.#probe = probe;
    this.#zoom();
  }

  hostDisconnected(): void {
    visualViewport?.removeEventListener('resize', this.#zoom);
    this.#observer?.disconnect();
    this.#observer = null;
    this.#probe = null;
  }
}
