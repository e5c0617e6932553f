import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed: from `beforeprint` (or print media matching) to
 * `afterprint`. The host re-renders on each change; the update lands in a microtask after
 * `beforeprint`, before the browser lays the page out for paper (HTML § 8.9.6 printing steps),
 * so a widget can render what paper needs and go back after (the board: every day at full width;
 * the ladder: every task, sign-off lines, the whole logbook).
 */
export class PrintState implements ReactiveController {
  #printing = false;
  #media: MediaQueryList | null = null;
  readonly #on = (): void => this.#set(true);
  readonly #off = (): void => this.#set(false);
  readonly #change = (event: MediaQueryListEvent): void => this.#set(event.matches);

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True while printing. */
  get printing(): boolean {
    return this.#printing;
  }

  #set(printing: boolean): void {
    if (printing === this.#printing) return;
    this.#printing = printing;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#on);
    window.addEventListener('afterprint', this.#off);
    this.#media = matchMedia('print');
    this.#media.addEventListener('change', this.#change);
    this.#printing = this.#media.matches;
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#on);
    window.removeEventListener('afterprint', this.#off);
    this.#media?.removeEventListener('change', this.#change);
    this.#media = null;
  }
}
