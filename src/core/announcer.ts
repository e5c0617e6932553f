import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * The one live region of a widget. It lives in the widget's shadow root (a region in <body> is
 * silenced inside aria-modal dialogs) and is rendered by the base element.
 */
export class Announcer implements ReactiveController {
  #message = '';
  #toggle = false;
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected(): void {}

  /** Says `message` politely. Repeating the same words is announced again. */
  announce(message: string): void {
    this.#message = message;
    this.#toggle = !this.#toggle;
    this.host.requestUpdate();
  }

  /** The last message (tests and hosts that mirror announcements). */
  get message(): string {
    return this.#message;
  }

  render(): TemplateResult {
    // Two alternating nodes: screen readers announce a text change even when the words repeat.
    return html`<div class="vk-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-vk-announcer>${this.#toggle ? this.#message : ''}<span>${this.#toggle ? '' : this.#message}</span></div>`;
  }
}
