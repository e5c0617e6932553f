import { type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { lastInputTouch } from './input-kind.js';
import { tapRule } from './tap.js';

/** The pointer events of a press outside (`#onOutside`). */
const PRESS = ['pointerdown', 'pointerup', 'pointercancel'];

/**
 * A non-modal details popover anchored to an item: shown in the top layer (native `popover`), so
 * no host container clips it; positioned with Floating UI through the CSSOM (no style attribute
 * in markup, fine under a strict CSP). Escape or an outside press closes it; Escape returns focus
 * to the anchor. Like any non-modal dialog (WAI-ARIA APG), it also closes when focus moves out of
 * it (Tab past its last control, a click elsewhere): focus stays where the user put it. Focus that
 * merely falls out because the focused control was re-rendered away goes back inside. While a
 * recorder in it holds words not yet kept (see `holdsTake`), neither closes it: only Escape,
 * Cancel or Save do — Escape from the page too, where focus went meanwhile (else it was left open
 * over the page, closable only from inside). Floating UI loads on the first open, so a page that
 * never opens details never pays for it.
 */
type FloatingUi = typeof import('@floating-ui/dom');
let floatingUi: Promise<FloatingUi> | undefined;
/**
 * Floating UI, loaded once for every popover on the page. A failed load is forgotten, so the next
 * open (or follow) asks again: the HTML standard fetches a module again after a network or HTTP
 * error (whatwg/html#10327); a browser that still keeps the failure fails again at once.
 */
function loadFloatingUi(): Promise<FloatingUi> {
  floatingUi ??= import('@floating-ui/dom').catch((error: unknown) => {
    floatingUi = undefined;
    throw error;
  });
  return floatingUi;
}

/** Work waiting for Floating UI; `close()` empties `run` and `failed`, so a pending load holds no widget. */
interface PendingPlacement {
  run: ((ui: FloatingUi) => void) | null;
  /** Floating UI could not be loaded (see `PopoverController.#unplaced`). */
  failed: ((error: unknown) => void) | null;
}

/** The widget hosting a popover: a Veikart element, whose announcer says a part could not be loaded (core/announcer.ts `loadFailed`), and loaded after all, and what Escape threw away. */
interface SaysLoadFailure {
  announcer?: { loadFailed(error: unknown, part: unknown): void; loadRecovered(part: unknown): void; announce(message: string): void };
}

/**
 * Runs `job` once Floating UI has loaded, unless it was cancelled first. Module-level on purpose:
 * a reaction on the shared import promise keeps its closure alive until the import settles (on a
 * slow network, seconds), and a closure made inside a controller method would share that method's
 * context with `this`, the anchor and the panel, keeping every widget opened and removed meanwhile
 * reachable. This closure holds only `job`.
 */
function whenFloatingUi(job: PendingPlacement): Promise<void> {
  return loadFloatingUi().then(
    (ui) => job.run?.(ui),
    (error: unknown) => job.failed?.(error),
  );
}

const FOCUSABLE = '[autofocus], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * The first control to focus inside `container`: an `[autofocus]` element, else the first
 * focusable one; for a radio group, its checked radio (as the platform's Tab does), else its first.
 * @example firstFocusable(panel)?.focus()
 */
export function firstFocusable(container: HTMLElement | null): HTMLElement | null {
  if (!container) return null;
  const found = container.querySelector<HTMLElement>('[autofocus]') ?? container.querySelector<HTMLElement>(FOCUSABLE);
  if (found instanceof HTMLInputElement && found.type === 'radio' && found.name && !found.checked) {
    const group = Array.from(container.querySelectorAll<HTMLInputElement>('input[type="radio"]')).filter((r) => r.name === found.name && r.form === found.form);
    return group.find((r) => r.checked) ?? found;
  }
  return found;
}

/**
 * For a radio group inside a form: Enter on a radio submits the form once (arrows only move the
 * choice, as the platform's radios do), so a widget commits one operation per choice, never one
 * per arrow key. Use as the form's `@keydown` listener.
 */
export function submitRadioOnEnter(event: KeyboardEvent): void {
  const target = event.composedPath()[0];
  if (event.key !== 'Enter' || !(target instanceof HTMLInputElement) || target.type !== 'radio') return;
  event.preventDefault();
  target.form?.requestSubmit();
}

/**
 * True while a `<vk-audio-recorder>` in `panel` is busy with a take not yet kept (asking for the
 * microphone, recording, converting, or a take under review): a press outside or focus leaving
 * must not close the panel then, or a participant's spoken words are lost without a word.
 */
export function holdsTake(panel: Element): boolean {
  const state = panel.querySelector<Element & { state?: string }>('vk-audio-recorder')?.state;
  return !!state && state !== 'idle';
}

/** Fields whose focus raises an on-screen keyboard (a date or time field opens its picker only when tapped). */
const TYPED = new Set(['text', 'search', 'email', 'tel', 'url', 'number', 'password']);
const typesText = (el: Element): boolean => el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && TYPED.has(el.type));

/**
 * Where focus goes as `panel` opens: its first control (`firstFocusable`: the WAI-ARIA APG dialog's
 * first focusable, what a keyboard or mouse user gets, who may type at once). Opened by a finger or pen
 * where that control is a text field: the panel's heading (its `aria-labelledby`, given tabindex -1:
 * the APG's static element at the top), so a tap to look at a step, a session or the pictures does not
 * raise the on-screen keyboard over half the screen (phone touch QA, 7 Dec 2026, F3); a tap in the
 * field raises it. A radio (the task ladder's level) raises none and keeps focus.
 */
function startOf(panel: HTMLElement): HTMLElement {
  const first = firstFocusable(panel) ?? panel;
  if (!lastInputTouch() || !typesText(first)) return first;
  const id = panel.getAttribute('aria-labelledby');
  const heading = id ? panel.querySelector<HTMLElement>(`[id="${id}"]`) : null;
  if (!heading) return panel;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  return heading;
}

export class PopoverController implements ReactiveController {
  #anchor: HTMLElement | null = null;
  #panel: HTMLElement | null = null;
  #cleanup: (() => void) | undefined;
  #onClose: (() => void) | undefined;
  #pending: PendingPlacement | undefined;
  #focusFrame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Resolves once the open panel has been placed, or closed before that (tests, and hosts that screenshot). */
  positioned: Promise<void> = Promise.resolve();
  #placed: (() => void) | undefined;
  /** The panel's height at its last placement (px). */
  #height = 0;

  get isOpen(): boolean {
    return this.#panel !== null;
  }
  get anchor(): HTMLElement | null {
    return this.#anchor;
  }

  /** Shows `panel` beside `anchor` and moves focus into it. `onClose` runs however it closes. */
  open(anchor: HTMLElement, panel: HTMLElement, onClose?: () => void): void {
    if (this.#panel && this.#panel !== panel) this.close(false);
    this.#panel = panel;
    this.#onClose = onClose;
    if (!panel.matches(':popover-open')) panel.showPopover();
    panel.dataset.positioned = 'false';
    this.#placed?.();
    this.positioned = new Promise((resolve) => (this.#placed = resolve));
    this.follow(anchor);
    panel.addEventListener('keydown', this.#onKeydown);
    panel.addEventListener('focusout', this.#onFocusOut);
    for (const type of PRESS) document.addEventListener(type, this.#onOutside, true);
    document.addEventListener('keydown', this.#onPageKeydown);
    const first = startOf(panel);
    first.focus({ preventScroll: true });
    // A text field is entered with the caret after its text, so typing adds to it (focus() puts it before).
    if (first instanceof HTMLInputElement && first.type == 'text') first.selectionStart = first.value.length;
  }

  /**
   * Places the open panel beside `anchor` (once Floating UI has loaded) and keeps it there; also
   * points it at a new anchor, keeping its content and focus, for a host whose render replaced the
   * old one (the calendar's view or date changed while the details were open). Closed: nothing.
   */
  follow(anchor: HTMLElement): void {
    const panel = this.#panel;
    if (!panel) return;
    this.#anchor = anchor;
    this.#tall = Infinity;
    this.#stopPlacing();
    // A later follow() or close() empties `run` (#stopPlacing), so it places only this anchor and panel.
    const pending: PendingPlacement = {
      run: ({ autoUpdate }) => {
        // Loaded: a notice from an earlier open that failed to load it goes (when no other part failed).
        (this.host as unknown as SaysLoadFailure).announcer?.loadRecovered(loadFloatingUi);
        this.#cleanup = autoUpdate(anchor, panel, () => void this.#position());
      },
      failed: (error) => this.#unplaced(anchor, panel, error),
    };
    this.#pending = pending;
    void whenFloatingUi(pending);
  }

  /** Closes the popover; with `restoreFocus`, focus goes back to the anchor (else the host, `focus()`). */
  close(restoreFocus = true): void {
    const panel = this.#panel;
    const anchor = this.#anchor;
    if (!panel) return;
    this.#stopPlacing();
    this.#placed?.();
    cancelAnimationFrame(this.#focusFrame);
    panel.removeEventListener('keydown', this.#onKeydown);
    panel.removeEventListener('focusout', this.#onFocusOut);
    for (const type of PRESS) document.removeEventListener(type, this.#onOutside, true);
    document.removeEventListener('keydown', this.#onPageKeydown);
    if (panel.matches(':popover-open')) panel.hidePopover();
    this.#panel = null;
    this.#anchor = null;
    const onClose = this.#onClose;
    this.#onClose = undefined;
    onClose?.();
    // An anchor re-rendered away while the panel was open (the host changed the view or the
    // date): the widget's Tab stop, never <body>.
    if (restoreFocus) (anchor?.isConnected ? anchor : this.host).focus();
  }

  hostDisconnected(): void {
    this.close(false);
  }

  /**
   * Floating UI could not be loaded (a lost connection, or the host's site deployed anew while the
   * page was open): the panel goes once, without following, below its anchor or above it (the side
   * with more room, its height kept to that room), and the widget says a part could not be loaded.
   * Else it stayed at the window's top-left corner, over the anchor. The next open asks for Floating
   * UI again (`loadFloatingUi`), and once it loads the notice goes (`follow`); this panel, while it
   * stays open, keeps its place.
   */
  #unplaced(anchor: HTMLElement, panel: HTMLElement, error: unknown): void {
    (this.host as unknown as SaysLoadFailure).announcer?.loadFailed(error, loadFloatingUi);
    if (!anchor.isConnected || this.#panel !== panel) return;
    const at = anchor.getBoundingClientRect();
    const below = innerHeight - at.bottom - 14;
    const above = at.top - 14;
    panel.style.setProperty('--_vk-popover-max-block', `${Math.max(160, Math.max(below, above))}px`);
    const { offsetWidth: width, offsetHeight: height } = panel;
    const x = getComputedStyle(anchor).direction === 'rtl' ? at.right - width : at.left;
    const y = below >= above ? at.bottom + 6 : at.top - 6 - height;
    panel.style.setProperty('left', `${Math.max(8, Math.min(x, innerWidth - width - 8))}px`);
    panel.style.setProperty('top', `${Math.max(8, Math.min(y, innerHeight - height - 8))}px`);
    panel.dataset.positioned = 'true';
    this.#placed?.();
    this.#placed = undefined;
  }

  /** Stops following the anchor, and drops a placement still waiting for Floating UI. */
  #stopPlacing(): void {
    if (this.#pending) this.#pending.run = this.#pending.failed = null;
    this.#pending = undefined;
    this.#cleanup?.();
    this.#cleanup = undefined;
  }

  /** The window's height when the anchor was last in view (Infinity: not yet, since the panel opened or followed a new anchor). */
  #tall = Infinity;

  async #position(): Promise<void> {
    const anchor = this.#anchor;
    const panel = this.#panel;
    // An anchor rendered away measures as an empty box at 0,0: stay put until the host re-anchors or closes.
    if (!anchor?.isConnected || !panel) return;
    const { computePosition, flip, hide, offset, shift, size } = await loadFloatingUi();
    const { x, y, middlewareData } = await computePosition(anchor, panel, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        // The anchor scrolled wholly out of view (the user scrolled the page on): the panel goes with it, as a popover in the
        // page's flow would, not kept on screen over the host page's own controls pointing at nothing. Not closed, nor made
        // `visibility: hidden` (CSS `position-visibility: anchors-visible`'s way): either drops the focus in it to <body>
        // (Chromium blurs a focused control so hidden) and a close loses typing; scrolled back, it is there as it was.
        // (The window only: an anchor clipped by its own scroller, a board's cards in a low window, keeps the panel on screen.)
        hide({ boundary: [] }),
        offset(6),
        flip({ padding: 8 }),
        // Along the block axis too: where neither side of the anchor has room (a low window, large
        // text), the panel stays on screen, over the anchor, rather than below the window. So too where the window got
        // lower than when the anchor was last in view (an on-screen keyboard raised to type in the panel).
        shift(({ middlewareData }) => ({ padding: 8, crossAxis: !middlewareData.hide?.referenceHidden || innerHeight < this.#tall })),
        size({
          padding: 8,
          apply({ availableWidth, availableHeight, elements }) {
            elements.floating.style.setProperty('--_vk-popover-max-inline', `${Math.max(200, availableWidth)}px`);
            elements.floating.style.setProperty('--_vk-popover-max-block', `${Math.max(160, availableHeight)}px`);
          },
        }),
      ],
    });
    if (!middlewareData.hide?.referenceHidden) this.#tall = innerHeight;
    panel.style.setProperty('left', `${x}px`);
    panel.style.setProperty('top', `${y}px`);
    const first = panel.dataset.positioned !== 'true';
    panel.dataset.positioned = 'true';
    // Placed for the first time, or shorter than before (a smaller window, an on-screen keyboard):
    // the focused field's label or group (with its error message) comes into view, top first, then
    // the field itself if the group is taller than the panel. Only the panel scrolls (scrolling the
    // page would move the anchor and place the panel again, without end), and only then: a user
    // who scrolled the panel keeps their place when the page scrolls. A notice with buttons that describes the field (the
    // calendar's for typing the host changed under, session-popover.ts) is of the group, last: its buttons were left under
    // the sticky buttons below (before, 7 Dec, pass 55). Only where there is one.
    const height = panel.clientHeight;
    const focused = panel.querySelector(':focus');
    if (focused && (first || height < this.#height)) {
      const notice = focused.getAttribute('aria-describedby')?.split(' ').map((id) => panel.querySelector(`[id="${id}"]`)).find((e) => e?.querySelector('button'));
      for (const field of [focused.closest('label, fieldset'), focused, notice]) if (field) inView(panel, field);
    }
    this.#height = height;
    this.#placed?.();
    this.#placed = undefined;
  }

  /**
   * Tab was pressed inside the panel in this task: focus that then leaves for nowhere left the page
   * (past the panel's last control with nothing after it on the page: the browser's own controls).
   */
  #tabbed = false;

  /** True while Tab pressed in the panel closes it (its `onClose` runs then): focus went where Tab took it, out of the page too, not lost. */
  get tabbedOut(): boolean {
    return this.#tabbed;
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Tab') {
      this.#tabbed = true;
      setTimeout(() => (this.#tabbed = false));
    }
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    event.preventDefault();
    this.#escape(true);
  };

  /** Escape closes the panel; a take under review goes with it, and the widget's live region says so (the recorder's own goes too). */
  #escape(restoreFocus: boolean): void {
    const lost = this.#panel && holdsTake(this.#panel);
    this.close(restoreFocus);
    if (lost) (this.host as unknown as SaysLoadFailure).announcer?.announce(msg('Det nye opptaket er forkastet.', { id: 'recorder.status.discarded' }));
  }

  /**
   * Escape outside the panel while it is open (it stays open with focus out on the page only while
   * a take is held): what Escape inside does — a recording in progress is cancelled (the recorder's
   * own listener, given the key), else the panel closes; focus stays where the user put it.
   */
  readonly #onPageKeydown = (event: KeyboardEvent): void => {
    const panel = this.#panel;
    if (event.key !== 'Escape' || event.defaultPrevented || !panel || event.composedPath().includes(panel)) return;
    event.preventDefault();
    // Not bubbling: only the capture listeners on the way down (the recorder's) see it, not the panel's own.
    const key = new KeyboardEvent('keydown', { key: 'Escape', composed: true, cancelable: true });
    panel.querySelector('vk-audio-recorder')?.dispatchEvent(key);
    if (!key.defaultPrevented) this.#escape(false);
  };

  /** Focus left the panel: close when it went somewhere real; re-focus inside when it was lost. */
  readonly #onFocusOut = (event: FocusEvent): void => {
    const panel = this.#panel;
    if (!panel) return;
    const to = event.relatedTarget;
    if (to instanceof Node || this.#tabbed) {
      // Focus moved to a real place (retargeted to a host when it is in another shadow tree), or
      // Tab took it out of the page: closed as Tab to a control after the panel closes it.
      if (!(to instanceof Node && panel.contains(to)) && !holdsTake(panel)) this.close(false);
      return;
    }
    // Focus went nowhere: a control re-rendered away, the window lost focus, or a press on
    // something not focusable. Decide once the focus change has settled.
    cancelAnimationFrame(this.#focusFrame);
    this.#focusFrame = requestAnimationFrame(() => {
      if (this.#panel !== panel) return;
      const root = panel.getRootNode() as ShadowRoot | Document;
      const active = root.activeElement;
      if (active && panel.contains(active)) return;
      const pageActive = document.activeElement;
      const lost = !active && (!pageActive || pageActive === document.body || pageActive === document.documentElement);
      if (lost) {
        // The focused control was re-rendered away, or the window lost focus: keep the panel open.
        if (document.hasFocus()) (firstFocusable(panel) ?? panel).focus({ preventScroll: true });
        return;
      }
      if (!holdsTake(panel)) this.close(false);
    });
  };

  #pressed = false;
  /**
   * True while a press outside closes the panel (its `onClose` runs then): focus goes where the user pressed, as a
   * light-dismissed popover leaves it (HTML `popover` light dismiss never restores focus). A widget that put it back on
   * the trigger scrolled the page under the pointer, and the press missed the host's own button (QA F5, 7 Dec 2026).
   */
  get pressedOutside(): boolean {
    return this.#pressed;
  }

  /**
   * A press outside closes the panel: a mouse's as it begins (pointerdown), a finger's or pen's as it ends in a tap (core/tap.ts),
   * as the browser's own popover light dismiss does. Before, a finger that scrolled the page from outside an open form closed it
   * on touching the screen, and focus went to <body> (QA round 2, F4, 7 Dec 2026); a scroll ends in pointercancel: it stays open.
   */
  readonly #tap = tapRule();
  readonly #onOutside = (event: Event): void => {
    const path = event.composedPath();
    if (
      this.#panel &&
      !path.includes(this.#panel) &&
      !(this.#anchor && path.includes(this.#anchor)) &&
      !holdsTake(this.#panel) &&
      this.#tap(event) &&
      // A mouse at pointerdown; 'pen' and 'touch' (both after 'n', 'mouse' before it) at their tap's end.
      (event.type == 'pointerdown' || (event as PointerEvent).pointerType > 'n')
    ) {
      this.#pressed = true;
      // The press leaves the focused field as Tab would: its own leave handlers (`change`, `blur`: a step's or a session's typed
      // title or place is saved) run now, in this handler. Else they ran as the close's render removed the field, and the save
      // set the widget's value mid-update: a second render (Lit dev mode's change-in-update warning).
      const active = (this.#panel.getRootNode() as ShadowRoot).activeElement;
      if (active instanceof HTMLElement && this.#panel.contains(active)) active.blur();
      this.close(false);
      this.#pressed = false;
    }
  };
}

/**
 * Scrolls `panel` (only) so `field` is inside it with 8 px to spare, its top first; or inside its
 * scroll padding, where a panel has one (the calendar's details: their sticky heading and buttons). Also the calendar's
 * notice for typing the host changed under, as it appears (session-popover.ts).
 */
export function inView(panel: HTMLElement, field: Element): void {
  const box = panel.getBoundingClientRect();
  const at = field.getBoundingClientRect();
  const style = getComputedStyle(panel);
  const pad = (value: string): number => parseFloat(value) || 8;
  panel.scrollTop += Math.min(Math.max(0, at.bottom - box.bottom + pad(style.scrollPaddingBottom)), at.top - box.top - pad(style.scrollPaddingTop));
}
