/**
 * One gesture model for every widget that moves things: a keyboard pick-up (Space picks up, keys
 * move, Space drops — WAI-ARIA APG "keyboard drag and drop" practice) and a pointer drag, with ONE
 * set of cancel rules shared by the plan board and the course calendar:
 *
 * | what happens                                   | keyboard pick-up | pointer drag |
 * |------------------------------------------------|------------------|--------------|
 * | Escape                                         | cancel           | cancel (the release then commits nothing) |
 * | Tab / Shift+Tab                                | cancel, focus stays on the item | — |
 * | focus leaves the widget (blur)                 | cancel           | cancel       |
 * | a pointer press outside the item               | cancel, focus stays on the item | — |
 * | `pointercancel` (the browser took the pointer) | —                | cancel       |
 * | the widget is removed from the page            | cancel           | cancel       |
 * | the host sets a new `value` (`hostRevision`)   | cancel           | cancel       |
 *
 * A cancel never fires an event and never changes the document: the widget's `onCancel` only puts
 * its preview back. Afterwards focus goes to the item (`item(state)`), never to `<body>` — unless the
 * user deliberately focused something else outside the widget, or the widget left the page.
 *
 * How a widget adopts it (see src/course-calendar/course-calendar.ts for a full example):
 * ```ts
 * readonly #grab = new KeyboardGrabController<MyGrab>(this, {
 *   revision: () => this.hostRevision,                 // VkElement's counter of host values
 *   item: (grab) => this.#itemControl(grab.id),        // the element to focus after a cancel
 *   onCancel: (grab) => this.announcer.announce(msg('Flytting avbrutt…')),
 * });
 * // Space on an item:           this.#grab.pickUp({ id, from, to: from });
 * // an arrow while picked up:   this.#grab.set({ ...this.#grab.state, to });   (re-renders the host)
 * // Space/Enter:                const grab = this.#grab.drop(); if (grab) this.commit(…);
 * // render:                     this.#grab.state shows where the item would land.
 * readonly #drag = new PointerDragController<MyDrag>(this, {
 *   revision: () => this.hostRevision,
 *   item: (drag) => this.#itemControl(drag.id),
 *   onMove: (drag, point) => ({ ...drag, to: whereIs(point) }), // return the new state
 *   onDrop: (drag, point) => this.commit(…),
 *   onCancel: () => {},
 * });
 * // pointerdown on an item:     this.#drag.begin(event, { id, from, to: from });
 * // click handler on an item:   if (this.#drag.consumeClick()) return;   (the click after a drag)
 * ```
 * Both controllers call `host.requestUpdate()` whenever their state changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { focusOurs } from './roving-focus.js';

/** Why a gesture ended without a drop. */
/** `host-view`: the host changed what the widget shows (the calendar's `view` or `date`) and the item has no place in it. */
export type GestureCancelReason = 'escape' | 'tab' | 'blur' | 'outside' | 'pointercancel' | 'removed' | 'host-value' | 'host-view' | 'program';

type Host = ReactiveControllerHost & HTMLElement;

export interface GestureOptions<S> {
  /** The host's count of accepted host values (`VkElement.hostRevision`); a change cancels. */
  revision: () => number;
  /** The element showing the item, for focus after a cancel (looked up after re-render). */
  item: (state: S) => HTMLElement | null;
  /** Put the preview back (no event, no document change); announce if you like. */
  onCancel: (state: S, reason: GestureCancelReason) => void;
}

/** True when `event` came from inside `element` (through shadow roots). */
function isInside(event: Event, element: Element | null): boolean {
  return !!element && event.composedPath().includes(element);
}

/** Focus `item` after the host re-rendered, unless focus went on purpose to something outside. */
async function focusAfter(host: Host, item: () => HTMLElement | null): Promise<void> {
  await host.updateComplete;
  if (!host.isConnected) return;
  // Inside the widget (its own root, or a host app's shadow root around it, where document.activeElement is that app) or lost.
  if (!focusOurs(host) && document.activeElement !== document.documentElement) return;
  item()?.focus();
}

/**
 * A keyboard pick-up in progress (`state` is the widget's own record: what, from, to). The widget
 * handles the moving keys; this controller handles the cancel rules (table above).
 */
export class KeyboardGrabController<S> implements ReactiveController {
  #state: S | null = null;
  #revision = 0;
  #swallowClick = false;
  /** Waits on `window` for the release after an outside press; removed with the host. */
  #restore: (() => void) | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: GestureOptions<S>,
  ) {
    host.addController(this);
  }

  /** The item picked up and where it would land, or null. */
  get state(): S | null {
    return this.#state;
  }

  get active(): boolean {
    return this.#state !== null;
  }

  /** Starts a pick-up. */
  pickUp(state: S): void {
    this.#state = state;
    this.#revision = this.options.revision();
    this.host.requestUpdate();
  }

  /** Moves the preview. */
  set(state: S): void {
    if (this.#state === null) return;
    this.#state = state;
    this.host.requestUpdate();
  }

  /** Ends the pick-up and returns its last state, for the widget to commit. */
  drop(): S | null {
    const state = this.#state;
    this.#state = null;
    this.host.requestUpdate();
    return state;
  }

  /** Ends the pick-up without an edit; focus goes back to the item (see the table above). */
  cancel(reason: GestureCancelReason = 'program', refocus = true): void {
    const state = this.#state;
    if (state === null) return;
    this.#state = null;
    this.options.onCancel(state, reason);
    this.host.requestUpdate();
    if (refocus) void focusAfter(this.host, () => this.options.item(state));
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.#onKeydown, true);
    this.host.addEventListener('focusout', this.#onFocusout);
    this.host.addEventListener('click', this.#onClick, true);
    document.addEventListener('pointerdown', this.#onPointerdown, true);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.#onKeydown, true);
    this.host.removeEventListener('focusout', this.#onFocusout);
    this.host.removeEventListener('click', this.#onClick, true);
    document.removeEventListener('pointerdown', this.#onPointerdown, true);
    this.cancel('removed', false);
    this.#stopRestore();
    this.#swallowClick = false;
  }

  #stopRestore(): void {
    if (!this.#restore) return;
    window.removeEventListener('pointerup', this.#restore, true);
    window.removeEventListener('pointercancel', this.#restore, true);
    this.#restore = undefined;
  }

  hostUpdate(): void {
    if (this.#state !== null && this.options.revision() !== this.#revision) this.cancel('host-value');
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (this.#state === null) return;
    if (event.key === 'Escape' || event.key === 'Tab') {
      // Tab would carry focus away from a half-done move: cancel and keep focus on the item.
      event.preventDefault();
      event.stopPropagation();
      this.cancel(event.key === 'Escape' ? 'escape' : 'tab');
    }
  };

  readonly #onFocusout = (event: FocusEvent): void => {
    if (this.#state === null) return;
    const next = event.relatedTarget;
    // Focus moving inside the widget (a re-render moving the item) is part of the gesture.
    if (next instanceof Node && (this.host.contains(next) || this.host.shadowRoot?.contains(next))) return;
    if (next === null) {
      // Null: the window lost focus, or the focused node was re-rendered. Decide after the render.
      void this.host.updateComplete.then(() =>
        requestAnimationFrame(() => {
          if (this.#state !== null && !this.host.matches(':focus-within') && document.hasFocus()) this.cancel('blur');
        }),
      );
      return;
    }
    this.cancel('blur', false);
  };

  readonly #onPointerdown = (event: PointerEvent): void => {
    const state = this.#state;
    if (state === null || isInside(event, this.options.item(state))) return;
    // The click that follows a press inside the widget must not act on what it lands on.
    this.#swallowClick = isInside(event, this.host);
    this.cancel('outside', false);
    const item = (): HTMLElement | null => this.options.item(state);
    // The press moves focus (to <body> or a cell) after this listener; put it back on the item
    // when the pointer is released (or the browser takes it: no release follows a pointercancel).
    this.#stopRestore();
    const restore = (): void => {
      this.#stopRestore();
      requestAnimationFrame(() => {
        this.#swallowClick = false;
        void focusAfter(this.host, item);
      });
    };
    this.#restore = restore;
    window.addEventListener('pointerup', restore, true);
    window.addEventListener('pointercancel', restore, true);
  };

  readonly #onClick = (event: MouseEvent): void => {
    if (!this.#swallowClick) return;
    this.#swallowClick = false;
    event.stopPropagation();
    event.preventDefault();
  };
}

/**
 * A point of a pointer drag: where the pointer is (`x`, `y`: client px) and how far it travelled since the press (`dx`, `dy`,
 * px). With `autoScroll`, `dx`/`dy` include what the drag scrolled, so they measure the distance
 * over the content, and `x - dx`, `y - dy` is where the press point is on screen now.
 */
export interface DragPoint {
  readonly x: number;
  readonly y: number;
  readonly dx: number;
  readonly dy: number;
  readonly event: PointerEvent;
}

/** Distance (px) from a scrolling edge within which a drag scrolls, and the px it scrolls each frame (as the plan board's). */
const AUTO_SCROLL_EDGE = 48;
const AUTO_SCROLL_STEP = 14;

export interface PointerDragOptions<S> extends GestureOptions<S> {
  /** Pixels the pointer must travel before a press becomes a drag (default 5). */
  threshold?: number;
  /** The pointer moved (past the threshold): return the new state (the preview). */
  onMove: (state: S, point: DragPoint) => S;
  /** The pointer was released after a drag: commit `state` (already updated for `point`). */
  onDrop: (state: S, point: DragPoint) => void;
  /**
   * The box that scrolls sideways (null: none now). When given, a drag near its inline edges
   * scrolls it, and near the top or bottom of the viewport scrolls the page, a step each frame,
   * calling `onMove` again with the pointer where it is: a target out of sight can be reached.
   */
  autoScroll?: () => HTMLElement | null;
}

/**
 * A pointer drag in progress. `begin()` on `pointerdown`; the controller follows the pointer on
 * `window`, calls `onMove` past the threshold, `onDrop` on release, and `onCancel` on Escape,
 * `pointercancel`, blur, removal or a host value — after which the release commits nothing.
 */
export class PointerDragController<S> implements ReactiveController {
  #state: S | null = null;
  #pointerId = -1;
  #x = 0;
  #y = 0;
  #moved = false;
  #revision = 0;
  #suppressClick = false;
  /** What the drag scrolled (px; `autoScroll`), and the last move, for the frame loop that scrolls. */
  #scrolledX = 0;
  #scrolledY = 0;
  #last: PointerEvent | null = null;
  #frame = 0;
  /** Waits on `window` for the release after a cancelled drag; removed with the host. */
  #forget: (() => void) | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: PointerDragOptions<S>,
  ) {
    host.addController(this);
  }

  /** The drag's state while the pointer is down, else null. */
  get state(): S | null {
    return this.#state;
  }

  /** True once the pointer travelled past the threshold (a press is not yet a drag). */
  get dragging(): boolean {
    return this.#state !== null && this.#moved;
  }

  /** Starts following a pressed pointer. */
  begin(event: PointerEvent, state: S): void {
    this.#end();
    this.#state = state;
    this.#pointerId = event.pointerId;
    this.#x = event.clientX;
    this.#y = event.clientY;
    this.#moved = false;
    this.#scrolledX = this.#scrolledY = 0;
    this.#revision = this.options.revision();
    window.addEventListener('pointermove', this.#onMove);
    window.addEventListener('pointerup', this.#onUp);
    window.addEventListener('pointercancel', this.#onCancelEvent);
    window.addEventListener('keydown', this.#onKeydown, true);
    window.addEventListener('blur', this.#onBlur);
  }

  /** Ends the drag without an edit. */
  cancel(reason: GestureCancelReason = 'program', refocus = true): void {
    const state = this.#state;
    if (state === null) return;
    const wasDragging = this.#moved;
    this.#end();
    // The release (and its click) that follow a cancelled drag do nothing. After a pointercancel
    // no release and no click follow (W3C Pointer Events, "The pointercancel event"), so nothing is suppressed: the
    // user's next tap (say, after the browser took the pointer for a scroll) opens its item.
    if ((wasDragging || reason === 'escape') && reason !== 'removed' && reason !== 'pointercancel') {
      this.#suppressClick = true;
      this.#stopForget();
      const forget = (): void => {
        this.#stopForget();
        requestAnimationFrame(() => (this.#suppressClick = false));
      };
      this.#forget = forget;
      window.addEventListener('pointerup', forget, true);
    }
    this.options.onCancel(state, reason);
    this.host.requestUpdate();
    if (refocus) void focusAfter(this.host, () => this.options.item(state));
  }

  /**
   * Call first in the item's click handler: true when this click ends a drag (or a cancelled one)
   * and must not open the item.
   */
  consumeClick(): boolean {
    const suppress = this.#suppressClick;
    this.#suppressClick = false;
    return suppress;
  }

  hostDisconnected(): void {
    this.cancel('removed', false);
    this.#end();
    this.#stopForget();
    this.#suppressClick = false;
  }

  #stopForget(): void {
    if (!this.#forget) return;
    window.removeEventListener('pointerup', this.#forget, true);
    this.#forget = undefined;
  }

  hostUpdate(): void {
    if (this.#state !== null && this.options.revision() !== this.#revision) this.cancel('host-value');
  }

  #point(event: PointerEvent): DragPoint {
    return { x: event.clientX, y: event.clientY, dx: event.clientX - this.#x + this.#scrolledX, dy: event.clientY - this.#y + this.#scrolledY, event };
  }

  /** One frame of `autoScroll`: scrolls toward the edge the pointer is near, then follows the pointer over what came into view. */
  readonly #scrollFrame = (): void => {
    this.#frame = 0;
    const state = this.#state;
    const event = this.#last;
    if (state === null || !event || !this.options.autoScroll) return;
    const box = this.options.autoScroll();
    let scrolled = false;
    if (box && box.scrollWidth > box.clientWidth) {
      const r = box.getBoundingClientRect();
      const step = event.clientX < r.left + AUTO_SCROLL_EDGE ? -AUTO_SCROLL_STEP : event.clientX > r.right - AUTO_SCROLL_EDGE ? AUTO_SCROLL_STEP : 0;
      const before = box.scrollLeft;
      if (step) box.scrollLeft += step;
      // Content moves left as scrollLeft grows, in either direction (CSSOM View: negative in right-to-left boxes).
      this.#scrolledX += box.scrollLeft - before;
      scrolled = box.scrollLeft !== before;
    }
    const step = event.clientY < AUTO_SCROLL_EDGE ? -AUTO_SCROLL_STEP : event.clientY > window.innerHeight - AUTO_SCROLL_EDGE ? AUTO_SCROLL_STEP : 0;
    if (step) {
      const before = window.scrollY;
      window.scrollBy(0, step);
      this.#scrolledY += window.scrollY - before;
      scrolled ||= window.scrollY !== before;
    }
    if (scrolled) {
      this.#state = this.options.onMove(state, this.#point(event));
      this.host.requestUpdate();
    }
    this.#frame = requestAnimationFrame(this.#scrollFrame);
  };

  #end(): void {
    this.#state = null;
    this.#pointerId = -1;
    this.#last = null;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    window.removeEventListener('pointermove', this.#onMove);
    window.removeEventListener('pointerup', this.#onUp);
    window.removeEventListener('pointercancel', this.#onCancelEvent);
    window.removeEventListener('keydown', this.#onKeydown, true);
    window.removeEventListener('blur', this.#onBlur);
  }

  readonly #onMove = (event: PointerEvent): void => {
    const state = this.#state;
    if (state === null || event.pointerId !== this.#pointerId) return;
    const point = this.#point(event);
    if (!this.#moved && Math.hypot(point.dx, point.dy) < (this.options.threshold ?? 5)) return;
    this.#moved = true;
    this.#last = event;
    this.#state = this.options.onMove(state, point);
    this.host.requestUpdate();
    if (this.options.autoScroll && !this.#frame) this.#frame = requestAnimationFrame(this.#scrollFrame);
  };

  readonly #onUp = (event: PointerEvent): void => {
    const state = this.#state;
    if (state === null || event.pointerId !== this.#pointerId) return;
    const moved = this.#moved;
    const point = this.#point(event);
    this.#end();
    if (!moved) return;
    this.#suppressClick = true;
    // A click follows in the same task when the release is over the item; forget the flag after it.
    requestAnimationFrame(() => (this.#suppressClick = false));
    this.options.onDrop(this.options.onMove(state, point), point);
    this.host.requestUpdate();
  };

  readonly #onCancelEvent = (event: PointerEvent): void => {
    if (event.pointerId === this.#pointerId) this.cancel('pointercancel');
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.#state === null) return;
    event.preventDefault();
    event.stopPropagation();
    this.cancel('escape');
  };

  readonly #onBlur = (): void => this.cancel('blur', false);
}
