import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CardPosition } from './plan-board.types.js';

/** Pixels a pointer must travel before a press becomes a drag (so a click still opens). */
const DRAG_THRESHOLD = 6;
/** Distance from an edge (px) where a drag scrolls, and the most it scrolls per frame. */
const AUTO_SCROLL_EDGE = 48;
const AUTO_SCROLL_STEP = 14;

interface Gesture {
  pointerId: number;
  cardId: string;
  button: HTMLElement;
  item: HTMLElement;
  origin: CardPosition;
  /** The host revision and document the drag started on: any other cancels it. */
  revision: unknown;
  startX: number;
  startY: number;
  x: number;
  y: number;
  dragging: boolean;
  target: CardPosition | null;
  ghost: HTMLElement | null;
  rect: DOMRect | null;
  frame: number;
}

export interface BoardDragOptions {
  root: () => ShadowRoot;
  /** Whether a drag may start now (adviser mode, editable, no keyboard move). */
  canStart: () => boolean;
  /** The card's current position, or null. */
  positionOf: (cardId: string) => CardPosition | null;
  /** Identifies the document now; a drag whose start differs is cancelled. */
  revision: () => unknown;
  rtl: () => boolean;
  picked: (cardId: string, origin: CardPosition) => void;
  targeted: (cardId: string, target: CardPosition) => void;
  dropped: (cardId: string, origin: CardPosition, target: CardPosition) => void;
  cancelled: (cardId: string, origin: CardPosition) => void;
}

/**
 * Pointer drag of a card (mouse and pen from anywhere on the card; touch from the grip, so a
 * finger on a card still scrolls): a ghost follows the pointer (CSSOM transform, no style
 * attribute), a bar shows the drop slot, the columns and the page auto-scroll near edges.
 * Escape (anywhere), pointercancel, lost capture, focus leaving and a new document cancel it:
 * nothing is committed.
 */
export class BoardDrag implements ReactiveController {
  #gesture: Gesture | null = null;
  /** The click that ends a drag must not open the card. */
  suppressClick = false;

  constructor(host: ReactiveControllerHost, private readonly options: BoardDragOptions) {
    host.addController(this);
  }

  get active(): boolean {
    return this.#gesture !== null;
  }
  get dragging(): boolean {
    return this.#gesture?.dragging === true;
  }
  get cardId(): string | null {
    return this.#gesture?.cardId ?? null;
  }

  hostDisconnected(): void {
    this.cancel(false);
  }

  /** Cancels when the document changed under the gesture. */
  hostUpdate(): void {
    if (this.#gesture && this.#gesture.revision !== this.options.revision()) this.cancel(true);
  }

  down(event: PointerEvent): void {
    this.suppressClick = false;
    if (!this.options.canStart() || this.#gesture || event.button !== 0 || !event.isPrimary) return;
    const target = event.target as HTMLElement;
    const fromGrip = target.closest?.('.grip') !== null;
    const item = (fromGrip || target.closest?.('.card-button') ? target.closest('.card') : null) as HTMLElement | null;
    const button = item?.querySelector<HTMLElement>('.card-button') ?? null;
    const cardId = button?.dataset.key;
    if (!button || !item || !cardId) return;
    if (event.pointerType === 'touch' && !fromGrip) return;
    const origin = this.options.positionOf(cardId);
    if (!origin) return;
    try {
      button.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic or already-released pointer cannot be captured; the gesture still works.
    }
    this.#gesture = {
      pointerId: event.pointerId,
      cardId,
      button,
      item,
      origin,
      revision: this.options.revision(),
      startX: event.clientX,
      startY: event.clientY,
      x: event.clientX,
      y: event.clientY,
      dragging: false,
      target: null,
      ghost: null,
      rect: null,
      frame: 0,
    };
  }

  move(event: PointerEvent): void {
    const gesture = this.#gesture;
    if (!gesture || event.pointerId !== gesture.pointerId) return;
    gesture.x = event.clientX;
    gesture.y = event.clientY;
    if (!gesture.dragging) {
      if (Math.hypot(gesture.x - gesture.startX, gesture.y - gesture.startY) < DRAG_THRESHOLD) return;
      this.#start(gesture);
    }
    event.preventDefault();
    this.#track(gesture);
  }

  up(event: PointerEvent): void {
    const gesture = this.#gesture;
    if (!gesture || event.pointerId !== gesture.pointerId) return;
    if (!gesture.dragging) {
      this.#end(gesture);
      return;
    }
    gesture.x = event.clientX;
    gesture.y = event.clientY;
    const target = this.#targetAt(gesture.x, gesture.y, gesture.cardId);
    this.#end(gesture);
    this.suppressClick = true;
    if (!target || gesture.revision !== this.options.revision()) return;
    this.options.dropped(gesture.cardId, gesture.origin, target);
  }

  pointerCancel(event: PointerEvent): void {
    if (this.#gesture && event.pointerId === this.#gesture.pointerId) this.cancel(true);
  }

  lostCapture(event: PointerEvent): void {
    if (this.#gesture?.dragging && event.pointerId === this.#gesture.pointerId) this.cancel(true);
  }

  focusOut(event: FocusEvent): boolean {
    if (this.#gesture?.dragging && event.target === this.#gesture.button) {
      this.cancel(true);
      return true;
    }
    return false;
  }

  /** Abandons the gesture (nothing committed); `announce` tells the user. */
  cancel(announce: boolean): void {
    const gesture = this.#gesture;
    if (!gesture) return;
    const wasDragging = gesture.dragging;
    this.#end(gesture);
    if (wasDragging) {
      this.suppressClick = true;
      if (announce) this.options.cancelled(gesture.cardId, gesture.origin);
    }
  }

  readonly #onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.#gesture?.dragging) return;
    event.preventDefault();
    event.stopPropagation();
    this.cancel(true);
  };

  #start(gesture: Gesture): void {
    gesture.dragging = true;
    gesture.rect = gesture.item.getBoundingClientRect();
    const ghost = gesture.item.cloneNode(true) as HTMLElement;
    ghost.classList.add('ghost');
    ghost.removeAttribute('part');
    ghost.setAttribute('dir', this.options.rtl() ? 'rtl' : 'ltr');
    ghost.setAttribute('inert', '');
    ghost.style.setProperty('inline-size', `${gesture.rect.width}px`);
    this.options.root().querySelector('.ghost-layer')?.append(ghost);
    gesture.ghost = ghost;
    gesture.item.dataset.dragging = '';
    // Escape cancels wherever focus is (a drag from the grip does not focus the card).
    document.addEventListener('keydown', this.#onDocumentKeydown, true);
    this.options.picked(gesture.cardId, gesture.origin);
    const tick = (): void => {
      if (this.#gesture !== gesture || !gesture.dragging) return;
      if (this.#autoScroll(gesture)) this.#track(gesture);
      gesture.frame = requestAnimationFrame(tick);
    };
    gesture.frame = requestAnimationFrame(tick);
  }

  #track(gesture: Gesture): void {
    const target = this.#targetAt(gesture.x, gesture.y, gesture.cardId);
    const rect = gesture.rect as DOMRect;
    gesture.ghost?.style.setProperty('transform', `translate(${rect.left + gesture.x - gesture.startX}px, ${rect.top + gesture.y - gesture.startY}px)`);
    const changed = target?.columnId !== gesture.target?.columnId || target?.index !== gesture.target?.index;
    gesture.target = target;
    if (!changed) return;
    this.#indicate(target, gesture.cardId);
    if (target) this.options.targeted(gesture.cardId, target);
  }

  /** The drop position under a point: the nearest column, the slot by card midpoints. */
  #targetAt(x: number, y: number, cardId: string): CardPosition | null {
    let best: HTMLElement | null = null;
    let bestDistance = Infinity;
    for (const column of this.options.root().querySelectorAll<HTMLElement>('.column')) {
      const r = column.getBoundingClientRect();
      if (r.width === 0) continue;
      const dx = x < r.left ? r.left - x : x > r.right ? x - r.right : 0;
      const dy = y < r.top ? r.top - y : y > r.bottom ? y - r.bottom : 0;
      const distance = Math.hypot(dx, dy);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = column;
      }
    }
    const columnId = best?.dataset.column;
    if (!best || !columnId) return null;
    const cards = this.#otherCards(best, cardId);
    let index = cards.length > 0 ? this.#slotOf(cards[cards.length - 1], columnId) + 1 : 0;
    for (const li of cards) {
      const r = li.getBoundingClientRect();
      if (y < r.top + r.height / 2) {
        index = this.#slotOf(li, columnId);
        break;
      }
    }
    return { columnId, index };
  }

  /**
   * A rendered card's slot among the column's other cards: its `data-index` (its index in the
   * column; windowed columns render a slice), less one after the dragged card's own place.
   */
  #slotOf(li: HTMLElement, columnId: string): number {
    const index = Number(li.dataset.index);
    const origin = this.#gesture?.origin;
    return origin && origin.columnId === columnId && index > origin.index ? index - 1 : index;
  }

  #otherCards(column: Element, cardId: string): HTMLElement[] {
    return Array.from(column.querySelectorAll<HTMLElement>('.cards > .card')).filter((li) => li.dataset.card !== cardId);
  }

  #indicate(target: CardPosition | null, cardId: string): void {
    const root = this.options.root();
    for (const el of root.querySelectorAll<HTMLElement>('[data-drop]')) delete el.dataset.drop;
    if (!target) return;
    const column = root.querySelector<HTMLElement>(`.column[data-column="${CSS.escape(target.columnId)}"]`);
    if (!column) return;
    column.dataset.drop = 'column';
    const cards = this.#otherCards(column, cardId);
    const at = cards.find((li) => this.#slotOf(li, target.columnId) >= target.index);
    if (at) at.dataset.drop = 'before';
    else if (cards.length > 0) cards[cards.length - 1].dataset.drop = 'after';
    else {
      const empty = column.querySelector<HTMLElement>('.cards, .column-empty');
      if (empty) empty.dataset.drop = 'empty';
    }
  }

  #autoScroll(gesture: Gesture): boolean {
    const columns = this.options.root().querySelector<HTMLElement>('.columns');
    let scrolled = false;
    if (columns && columns.scrollWidth > columns.clientWidth) {
      const r = columns.getBoundingClientRect();
      const dx = gesture.x < r.left + AUTO_SCROLL_EDGE ? -AUTO_SCROLL_STEP : gesture.x > r.right - AUTO_SCROLL_EDGE ? AUTO_SCROLL_STEP : 0;
      if (dx !== 0) {
        const before = columns.scrollLeft;
        columns.scrollLeft += dx;
        scrolled ||= columns.scrollLeft !== before;
      }
    }
    const dy = gesture.y < AUTO_SCROLL_EDGE ? -AUTO_SCROLL_STEP : gesture.y > window.innerHeight - AUTO_SCROLL_EDGE ? AUTO_SCROLL_STEP : 0;
    if (dy !== 0) {
      const before = window.scrollY;
      window.scrollBy(0, dy);
      scrolled ||= window.scrollY !== before;
    }
    return scrolled;
  }

  #end(gesture: Gesture): void {
    document.removeEventListener('keydown', this.#onDocumentKeydown, true);
    this.#gesture = null;
    cancelAnimationFrame(gesture.frame);
    gesture.ghost?.remove();
    delete gesture.item.dataset.dragging;
    this.#indicate(null, gesture.cardId);
    try {
      if (gesture.button.hasPointerCapture(gesture.pointerId)) gesture.button.releasePointerCapture(gesture.pointerId);
    } catch {
      // Already released.
    }
  }
}
