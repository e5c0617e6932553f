import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { getLocale } from './localize.js';

/**
 * Resolves after the next frame has been produced (a task posted from a `requestAnimationFrame`
 * callback runs after that frame's style, layout and accessibility update). A hidden page makes no
 * frames: then it resolves in the next task (nobody hears a hidden page), or after 1 s if the page
 * is hidden while it waits, so nothing waits forever.
 */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (document.hidden) {
      setTimeout(resolve);
      return;
    }
    const timer = setTimeout(resolve, 1000);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

/** What a widget says when a part could not be loaded (`loadFailed`'s notice; a widget saying it again where the notice is up already). */
export const failedWords = (): string => msg('Noe kunne ikke lastes. Last inn siden på nytt.', { id: 'load.failed' });

/**
 * The one live region of a widget. It lives in the widget's shadow root (a region in <body> is
 * silenced inside aria-modal dialogs) and is rendered by the base element, with the UI locale's
 * `lang` (document titles quoted in a message are isolated, not marked with their own language).
 *
 * A widget may have its region made on demand (`onDemand` returns true), on its first
 * announcement: a compact step tracker rarely announces anything, and 500 of them in a table
 * would otherwise lay out 500 visually hidden, absolutely positioned boxes. Screen readers only
 * speak changes to a region they already know, so a first message is never written together with
 * its region: the empty region is rendered first, and the message follows after the next frame
 * (`pending` resolves then; the widget's `updateComplete` waits for it). Later messages are
 * written at once.
 */
export class Announcer implements ReactiveController {
  #message = '';
  #toggle = false;
  /** The node the last render wrote into (see `render`). */
  #shown = false;
  /** The region has been rendered (it stays from then on). */
  #present = false;
  #pending: Promise<void> | undefined;
  /** The lazy parts that failed to load and have not loaded since (see `loadFailed`). */
  readonly #failed = new Set<unknown>();
  /**
   * Failed parts the widget says where they are used, with a retry (the plan board's picker, "Bildeordene kunne ikke lastes."
   * with "Prøv igjen"): while only such parts failed, the notice, whose advice is a reload, is not shown beside it.
   */
  said: ((part: unknown) => boolean) | undefined;
  /** Each failed part's use to ask for again (`loadFailed`), the latest last: "Prøv igjen" runs the latest of those still failed. */
  readonly #retries = new Map<unknown, () => void>();
  /** The scroll margin adopted while the notice is shown (see `loadFailed`). */
  #margin: CSSStyleSheet | undefined;

  /** `onDemand`: true while the region should wait for the first announcement. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onDemand: () => boolean = () => false,
  ) {
    host.addController(this);
  }
  hostConnected(): void {}

  /** Says `message` politely. Repeating the same words is announced again. */
  announce(message: string): void {
    this.#message = message;
    if (this.#pending) return; // the region is on its way: the latest message is shown with it
    // The other node than the last render's, also for a second message in the same task: two
    // flips would put the last words back into the node that may already hold them (silence).
    if (this.#present) this.#toggle = !this.#shown;
    else {
      this.#present = true;
      this.#pending = Announcer.#reveal(new WeakRef(this));
    }
    this.host.requestUpdate();
  }

  /**
   * Shows the waiting message once the empty region has been in a frame. Static and holding only a
   * WeakRef: a closure made in an instance method would keep a widget removed meanwhile alive.
   */
  static async #reveal(ref: WeakRef<Announcer>): Promise<void> {
    await afterNextFrame();
    const announcer = ref.deref();
    if (!announcer) return;
    // Written into the region's empty first node: a change, so it is spoken.
    announcer.#pending = undefined;
    announcer.host.requestUpdate();
  }

  /** While the first message waits for its region to be in place: resolves once it is shown. */
  get pending(): Promise<void> | undefined {
    return this.#pending;
  }

  /**
   * A part the widget loads on first use (a form, the details, a view, the recorder) could not be
   * fetched: the network, or a new version of the host's site put in place while the page was open
   * (its old chunk files gone). `part` names it (any value; the same one `loadRecovered` is given:
   * Floating UI is named by its loader); a failure not named is the UI locale's strings (`null`, taken
   * away by `loadRecovered(null)` once a locale asked for later loads, core/localize.ts).
   *
   * The widget asks for a failed part again on its next use of it (never from a render alone): the
   * HTML standard fetches a module again after a network or HTTP error (whatwg/html#10327; before
   * it, whatwg/html#6768, a failed import was kept for the page's life, as some browsers still do:
   * there the next use fails again at once and the notice stays). Until then the widget says so,
   * where it is seen and heard: an alert at its end, kept in view at the bottom of the viewport while
   * any of the widget is (`position: sticky`). Its advice, to reload the page, is what always works
   * (a chunk a deploy removed stays missing however often it is asked for). The error goes to the
   * console, once per part while it stays failed.
   *
   * `retry`: the use that failed, to be asked for again in place — the notice has a "Prøv igjen" button that runs it (the
   * latest use given one whose part still fails: with two failed, the other's once the latest has loaded), until `part` loads; failing again, its words are said again. Where a part can be asked for again (whatwg/html#10327, as Chromium does) this
   * spares a reload and what it loses (the plan board's editing UI: QA, 8 Dec 2026); where it cannot, the advice stands.
   */
  loadFailed(error: unknown, part: unknown = null, retry?: () => void): void {
    if (retry) this.#retries.delete(part), this.#retries.set(part, retry);
    // Failed again on a use (the notice up already, its role=alert said once): its words said again, so the press has an answer.
    if (this.#failed.has(part)) return void (retry && this.announce(failedWords()));
    console.warn('Veikart: a part of the widget could not be loaded', error);
    this.#failed.add(part);
    if (this.#failed.size > 1) return; // the notice is shown already
    // Never over what has focus (WCAG 2.4.11): what is scrolled into view stops above the notice.
    // A sheet adopted now, not a rule every widget carries (a `:has()` over every element would
    // cost each style recalculation of a page where nothing failed); adopted, as CSP allows;
    // !important over the focus ring's own 5px margin (tokens.ts).
    const root = (this.host as unknown as Element).shadowRoot;
    if (root) {
      this.#margin ??= new CSSStyleSheet();
      this.#margin.replaceSync('*{scroll-margin-block-end:7em!important}');
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#margin];
    }
    this.host.requestUpdate();
    // The control that has focus now (the one whose use failed) may be where the notice appears.
    void this.host.updateComplete.then(() => (root?.activeElement as HTMLElement | null)?.scrollIntoView({ block: 'nearest' }));
  }

  /**
   * `part` (as named to `loadFailed`) has loaded after all, on a later use: once no failed part
   * remains, the notice goes (while one does, it stays: its advice still holds). Cheap when `part`
   * never failed; safe to call in a render (the notice is rendered after the widget's content).
   */
  loadRecovered(part: unknown): void {
    this.#retries.delete(part);
    if (!this.#failed.delete(part) || this.#failed.size) return;
    const root = (this.host as unknown as Element).shadowRoot;
    if (root) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.#margin);
    this.host.requestUpdate();
  }

  /** A lazy part has failed to load and not loaded since (see `loadFailed`). */
  get failed(): boolean {
    return this.#failed.size > 0;
  }

  /** The last message (tests and hosts that mirror announcements). */
  get message(): string {
    return this.#message;
  }

  render(): TemplateResult | typeof nothing {
    // prettier-ignore
    const failed = [...this.#failed].some((part) => !this.said?.(part)) ? html`<p class="vk-empty" data-state="error" data-vk-failed part="load-failed" role="alert" lang=${getLocale()}>${failedWords()}${this.#retries.size ? html` <button type="button" @click=${[...this.#retries.values()].at(-1)}>${msg('Prøv igjen', { id: 'load.retry' })}</button>` : nothing}</p>` : nothing;
    if (!this.#present && this.onDemand()) return failed;
    this.#present = true;
    // Two alternating nodes: screen readers announce a text change even when the words repeat.
    // While the first message waits, both are empty.
    const text = this.#pending ? '' : this.#message;
    this.#shown = this.#toggle;
    // Announcements are UI text: in the UI locale, not under the widget's `lang` (the document
    // texts' language), or a screen reader reads Norwegian words with an Arabic voice.
    return html`${failed}<div class="vk-visually-hidden" role="status" aria-live="polite" aria-atomic="true" lang=${getLocale()} data-vk-announcer>${this.#toggle ? text : ''}<span>${this.#toggle ? '' : text}</span></div>`;
  }
}
