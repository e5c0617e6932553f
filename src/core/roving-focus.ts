import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** True when the element lays out right to left (follows `dir` through ancestors and shadow roots). */
export function isRtl(element: Element): boolean {
  return getComputedStyle(element).direction === 'rtl';
}

/** No element has focus: it is on `<body>` (or nowhere), as after a focused element went away or its host was disabled. */
export const focusLost = (): boolean => !document.activeElement || document.activeElement === document.body;

/**
 * Focus is inside `host` (its shadow tree too) or lost (`focusLost`): the widget may place it, not where the user has since put it.
 * Also while it is on an element just hidden inside (a closed popover's button): its root still names `host`, `:focus-within` not.
 */
export const focusOurs = (host: Element): boolean => host.matches(':focus-within') || (host.getRootNode() as Document | ShadowRoot).activeElement === host || focusLost();

/**
 * Once `host`'s update completes, focuses what `find` returns, if focus is still inside `host` or
 * lost (`focusOurs`): an update can complete late (a lazy chunk loading), and a Tab on to the
 * page's next control meanwhile is the user's.
 */
export async function focusWhenUpdated(host: Element & { readonly updateComplete: Promise<unknown> }, find: () => HTMLElement | null | undefined): Promise<void> {
  await host.updateComplete;
  if (focusOurs(host)) find()?.focus();
}

/** A pointer or mouse button went down in this task: focus that then leaves for nowhere was clicked away, not dropped. */
export let pressing = false;
function press(): void {
  if (pressing) return;
  pressing = true;
  setTimeout(() => (pressing = false));
}
if (typeof addEventListener == 'function') for (const type of ['pointerdown', 'mousedown']) addEventListener(type, press, true);

/**
 * Focuses `el` (unless it has focus) without scrolling, then brings `el.closest(item)` (else `el`)
 * wholly into view, to the nearest edge, at the start of the next frame, in the layout that frame
 * does anyway. Chromium's `focus()` leaves an element that is partly visible where it is: cut off
 * at the edge of a row that scrolls sideways.
 */
export function focusInView(el: HTMLElement, item?: string): void {
  if ((el.getRootNode() as ShadowRoot | Document).activeElement !== el) el.focus({ preventScroll: true });
  showFocused(el, item, false);
}

/**
 * Brings `el.closest(item)` (else `el`) wholly into view at the start of the next frame, as
 * `focusInView` does, without touching focus; with `whileFocused`, only if `el` still has focus then.
 */
export function showFocused(el: HTMLElement, item?: string, whileFocused = true): void {
  requestAnimationFrame(() => el.isConnected && (!whileFocused || el.matches(':focus')) && ((item && el.closest(item)) || el).scrollIntoView({ block: 'nearest', inline: 'nearest' }));
}

export interface RovingFocusOptions {
  /** The focusable items in reading order, each with a unique `data-key`. */
  items: () => HTMLElement[];
  /** Which arrows move: horizontal (←/→), vertical (↑/↓) or both. */
  orientation: () => 'horizontal' | 'vertical' | 'both';
  /** When false, no item is in the tab order (a disabled widget). */
  enabled?: () => boolean;
}

/**
 * One tab stop for a list of items (WAI-ARIA roving tabindex): arrows move, flipped in RTL;
 * Home/End go to the ends. The active item is remembered by key across re-renders.
 */
export class RovingFocus implements ReactiveController {
  activeKey: string | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: RovingFocusOptions) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Where the active item last was, so its nearest surviving neighbour can take over. */
  #activeIndex = 0;

  /**
   * Puts exactly one item in the tab order: the active one; when it is gone (removed by an edit or
   * a host value), the item now at its place — its nearest surviving neighbour. While none is active
   * (none focused or chosen yet), the first item in reading order, looked up anew each time and not
   * remembered: a render that reorders the items (the task ladder's stacked layout puts its current
   * phase first) moves the entry point with them, so Tab never enters halfway down the page.
   */
  sync(): void {
    const items = this.options.items();
    const enabled = this.options.enabled?.() ?? true;
    let index = this.activeKey === null ? 0 : items.findIndex((item) => item.dataset.key === this.activeKey);
    if (index < 0) {
      index = Math.min(this.#activeIndex, items.length - 1);
      this.activeKey = items[index]?.dataset.key ?? null;
    }
    if (index >= 0) this.#activeIndex = index;
    // Written only where it changes: a read of tabIndex is cheap, a write is a DOM mutation (and
    // this runs after every update, for every item: 3,500 writes for 500 trackers).
    for (const item of items) {
      const tabIndex = enabled && item === items[index] ? 0 : -1;
      // The attribute, not the property: a <div> without one reads -1 but is not focusable.
      if (item.getAttribute('tabindex') !== String(tabIndex)) item.tabIndex = tabIndex;
    }
  }

  /** Moves focus to the item with this key. */
  focus(key: string): void {
    const item = this.options.items().find((el) => el.dataset.key === key);
    if (!item) return;
    this.activeKey = key;
    this.sync();
    focusInView(item);
  }

  /** Remembers the item that took focus by other means (a click). */
  handleFocusIn(event: FocusEvent): void {
    const item = this.options.items().find((el) => el === event.target || el.contains(event.target as Node));
    if (item?.dataset.key && item.dataset.key !== this.activeKey) {
      this.activeKey = item.dataset.key;
      this.sync();
    }
  }

  /** Handles the navigation keys; returns true (and prevents the default) when it moved focus. */
  handleKeydown(event: KeyboardEvent): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey) return false;
    const items = this.options.items();
    const current = items.findIndex((el) => el.dataset.key === this.activeKey);
    const orientation = this.options.orientation();
    const rtl = isRtl(this.host);
    let next = -1;
    switch (event.key) {
      case 'ArrowRight':
        if (orientation !== 'vertical') next = current + (rtl ? -1 : 1);
        break;
      case 'ArrowLeft':
        if (orientation !== 'vertical') next = current + (rtl ? 1 : -1);
        break;
      case 'ArrowDown':
        if (orientation !== 'horizontal') next = current + 1;
        break;
      case 'ArrowUp':
        if (orientation !== 'horizontal') next = current - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      default:
        return false;
    }
    event.preventDefault();
    if (next < 0 || next >= items.length) return true;
    const key = items[next].dataset.key;
    if (key) this.focus(key);
    return true;
  }
}

/**
 * Keydown on a tabindex=-1 element that no Tab stop follows in its shadow root (a message where
 * focus rests). Chromium's Tab from there went to the root's first Tab stop, back up the widget,
 * instead of on past it: Tab (not Shift+Tab) first moves focus, without scrolling, to the root's
 * last Tab stop, and the browser's own Tab goes on from there (as the calendar does from a session).
 */
export function tabOnFromLast(event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.shiftKey) return;
  const stops = ((event.currentTarget as Element).getRootNode() as ParentNode).querySelectorAll<HTMLElement>('[tabindex="0"]');
  stops[stops.length - 1]?.focus({ preventScroll: true });
}
