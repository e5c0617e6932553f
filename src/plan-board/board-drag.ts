import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PointerDragController, type GestureCancelReason } from '../core/gesture.js';
import type { CardPosition, PlanDocument } from './plan-board.types.js';

/** Pixels a pointer must travel before a press becomes a drag (so a click still opens). */
const DRAG_THRESHOLD = 6;

interface Gesture {
  cardId: string;
  button: HTMLElement;
  item: HTMLElement;
  pointerId: number;
  origin: CardPosition;
  /** The document the drag started on: any other cancels it. */
  doc: PlanDocument | null;
  startX: number;
  startY: number;
  x: number;
  y: number;
  target: CardPosition | null;
}

export interface BoardDragOptions {
  root: () => ShadowRoot;
  /** Whether a drag may start now (adviser mode, editable, no keyboard move). */
  canStart: () => boolean;
  /** The card's current position, or null. */
  positionOf: (cardId: string) => CardPosition | null;
  /** VkElement.hostRevision: a new host value cancels the drag. */
  revision: () => number;
  /** The current document: a drag started on another one is cancelled. */
  document: () => PlanDocument | null;
  cardControl: (cardId: string) => HTMLElement | null;
  rtl: () => boolean;
  picked: (cardId: string, origin: CardPosition) => void;
  targeted: (cardId: string, target: CardPosition) => void;
  dropped: (cardId: string, origin: CardPosition, target: CardPosition) => void;
  /** A drag abandoned (`'host-value'`: a host value ended it); `started`, the document it started on. */
  cancelled: (cardId: string, origin: CardPosition, reason: GestureCancelReason, started: PlanDocument | null) => void;
}

/**
 * Pointer drag of a card on the shared core gesture model (`PointerDragController`: the pointer
 * is followed on `window`; Escape anywhere, `pointercancel`, blur, removal and a new value cancel,
 * after which the release commits nothing). Mouse and pen drag from anywhere on the card; touch
 * from the grip, so a finger on a card still scrolls. This module adds what is the board's own: a
 * ghost under the pointer (CSSOM transform, no style attribute), a bar at the drop slot, and
 * the columns to scroll near their edges (the controller's `autoScroll`; the page near its top and bottom).
 */
export class BoardDrag implements ReactiveController {
  readonly #drag: PointerDragController<Gesture>;
  #ghost: HTMLElement | null = null;
  #rect: DOMRect | null = null;
  #started = false;

  constructor(host: ReactiveControllerHost & HTMLElement, private readonly options: BoardDragOptions) {
    host.addController(this);
    this.#drag = new PointerDragController<Gesture>(host, {
      threshold: DRAG_THRESHOLD,
      revision: options.revision,
      item: (g) => options.cardControl(g.cardId),
      onMove: (g, point) => {
        const next = { ...g, x: point.x, y: point.y };
        if (!this.#started) this.#start(next);
        point.event.preventDefault();
        return this.#track(next);
      },
      onDrop: (g) => {
        const target = this.#targetAt(g.x, g.y, g.cardId, g.origin);
        this.#endVisuals(g);
        if (target && g.doc === this.options.document()) this.options.dropped(g.cardId, g.origin, target);
      },
      // Near the columns' inline edges and the window's top and bottom (core gesture.ts).
      autoScroll: () => this.options.root().querySelector<HTMLElement>('.columns'),
      onCancel: (g, reason) => {
        const wasDragging = this.#started;
        this.#endVisuals(g);
        if (wasDragging) this.options.cancelled(g.cardId, g.origin, reason, g.doc);
      },
    });
  }

  get active(): boolean {
    return this.#drag.state !== null;
  }
  get dragging(): boolean {
    return this.#drag.dragging;
  }

  /** True when this click ends (or ended) a drag and must not open the card. */
  consumeClick(): boolean {
    return this.#drag.consumeClick();
  }

  /** A document other than the one the drag started on cancels it (an undo mid-drag; a host value first, as one). */
  hostUpdate(): void {
    this.#drag.hostUpdate();
    const g = this.#drag.state;
    if (g && g.doc !== this.options.document()) this.#drag.cancel('program');
  }

  /** A press on the board; `target` when the event is played again after it was dispatched (its target is then gone). */
  down(event: PointerEvent, target: Element = event.target as Element): void {
    if (!this.options.canStart() || this.#drag.state || event.button !== 0 || !event.isPrimary) return;
    const fromGrip = target.closest?.('.grip') !== null;
    const item = (fromGrip || target.closest?.('.card-button') ? target.closest('.card') : null) as HTMLElement | null;
    const button = item?.querySelector<HTMLElement>('.card-button') ?? null;
    const cardId = button?.dataset.key;
    if (!button || !item || !cardId) return;
    if (event.pointerType === 'touch' && !fromGrip) return;
    const origin = this.options.positionOf(cardId);
    if (!origin) return;
    // The grip is not focusable and lies outside the card's button: a mouse press on it cleared
    // focus, and <body> had it for the whole drag (a value that removed the card left it there).
    // Pressed like the card itself, it focuses the card, and the press's mousedown does not take
    // that away, so the dragged card has focus (as the calendar's session) and a removal moves it
    // on (board-focus.ts). A touch on the grip (which drags at once) focuses the card too.
    if (fromGrip) {
      target.addEventListener('mousedown', (e) => e.preventDefault(), { once: true });
      button.focus({ preventScroll: true });
    }
    try {
      button.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic or already-released pointer cannot be captured; the gesture still works.
    }
    this.#started = false;
    this.#drag.begin(event, {
      cardId,
      button,
      item,
      pointerId: event.pointerId,
      origin,
      doc: this.options.document(),
      startX: event.clientX,
      startY: event.clientY,
      x: event.clientX,
      y: event.clientY,
      target: null,
    });
  }

  lostCapture(event: PointerEvent): void {
    const g = this.#drag.state;
    if (this.#drag.dragging && g && event.pointerId === g.pointerId) this.#drag.cancel('pointercancel');
  }

  /**
   * Focus leaving the dragged card (another window, a script) abandons the drag. Not the focus a
   * new document takes with the card (a host value that removed it: its node goes in the board's
   * willUpdate, before `hostUpdate`), which ends the drag as that value's ("… ble fjernet av noen
   * andre.", not "… plass 1 av 3"). Nor focus moved to another control of this board (the focus a
   * keyboard move just before still had due, landing once its update completed): the drag goes on and
   * its card takes focus back.
   */
  focusOut(event: FocusEvent): void {
    const g = this.#drag.state;
    if (!(this.#drag.dragging && g && event.target === g.button && g.doc === this.options.document())) return;
    if (event.relatedTarget instanceof Node && g.button.getRootNode().contains(event.relatedTarget)) queueMicrotask(() => g.button.isConnected && g.button.focus({ preventScroll: true }));
    else this.#drag.cancel('blur', false);
  }

  /** Abandons the gesture (nothing committed). */
  cancel(): void {
    this.#drag.cancel('program', false);
  }

  #start(g: Gesture): void {
    this.#started = true;
    this.#rect = g.item.getBoundingClientRect();
    const ghost = g.item.cloneNode(true) as HTMLElement;
    ghost.classList.add('ghost');
    ghost.removeAttribute('part');
    ghost.setAttribute('dir', this.options.rtl() ? 'rtl' : 'ltr');
    ghost.setAttribute('inert', '');
    ghost.style.setProperty('inline-size', `${this.#rect.width}px`);
    this.options.root().querySelector('.ghost-layer')?.append(ghost);
    this.#ghost = ghost;
    g.item.dataset.dragging = '';
    this.options.picked(g.cardId, g.origin);
  }

  #track(g: Gesture): Gesture {
    const target = this.#targetAt(g.x, g.y, g.cardId, g.origin);
    const rect = this.#rect as DOMRect;
    this.#ghost?.style.setProperty('transform', `translate(${rect.left + g.x - g.startX}px, ${rect.top + g.y - g.startY}px)`);
    const changed = target?.columnId !== g.target?.columnId || target?.index !== g.target?.index;
    if (changed) {
      this.#indicate(target, g.cardId, g.origin);
      if (target) this.options.targeted(g.cardId, target);
    }
    return { ...g, target };
  }

  /**
   * The drop position under a point: the column nearest along the row (columns stand side by side
   * but end at their last card, so a point below a short column is still in it, not in a taller
   * neighbour), the slot by card midpoints.
   */
  #targetAt(x: number, y: number, cardId: string, origin: CardPosition): CardPosition | null {
    let best: HTMLElement | null = null;
    let bestDistance = Infinity;
    for (const column of this.options.root().querySelectorAll<HTMLElement>('.column')) {
      const r = column.getBoundingClientRect();
      if (r.width === 0) continue;
      const distance = x < r.left ? r.left - x : x > r.right ? x - r.right : 0;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = column;
      }
    }
    const columnId = best?.dataset.column;
    if (!best || !columnId) return null;
    const cards = this.#otherCards(best, cardId);
    let index = cards.length > 0 ? this.#slotOf(cards[cards.length - 1].index, columnId, origin) + 1 : 0;
    for (const { li, index: at } of cards) {
      const r = li.getBoundingClientRect();
      if (y < r.top + r.height / 2) {
        index = this.#slotOf(at, columnId, origin);
        break;
      }
    }
    return { columnId, index };
  }

  /** A card's slot among the column's other cards: its index in the column, less one after the dragged card's own place. */
  #slotOf(index: number, columnId: string, origin: CardPosition): number {
    return origin.columnId === columnId && index > origin.index ? index - 1 : index;
  }

  /**
   * The column's rendered cards but the dragged one, each with its index in the column: its place
   * in the list, or its `data-index` in a windowed column (which renders a slice).
   */
  #otherCards(column: Element, cardId: string): Array<{ li: HTMLElement; index: number }> {
    return Array.from(column.querySelectorAll<HTMLElement>('.cards > .card'), (li, i) => ({ li, index: li.dataset.index !== undefined ? Number(li.dataset.index) : i })).filter(({ li }) => li.dataset.card !== cardId);
  }

  #indicate(target: CardPosition | null, cardId: string, origin?: CardPosition): void {
    const root = this.options.root();
    for (const el of root.querySelectorAll<HTMLElement>('[data-drop]')) delete el.dataset.drop;
    if (!target) return;
    const column = root.querySelector<HTMLElement>(`.column[data-column="${CSS.escape(target.columnId)}"]`);
    if (!column) return;
    column.dataset.drop = 'column';
    const cards = this.#otherCards(column, cardId);
    const at = cards.find(({ index }) => (origin ? this.#slotOf(index, target.columnId, origin) : index) >= target.index);
    if (at) at.li.dataset.drop = 'before';
    else if (cards.length > 0) cards[cards.length - 1].li.dataset.drop = 'after';
    else {
      const empty = column.querySelector<HTMLElement>('.cards, .column-empty');
      if (empty) empty.dataset.drop = 'empty';
    }
  }

  #endVisuals(g: Gesture): void {
    this.#started = false;
    this.#ghost?.remove();
    this.#ghost = null;
    delete g.item.dataset.dragging;
    this.#indicate(null, g.cardId);
    try {
      if (g.button.hasPointerCapture(g.pointerId)) g.button.releasePointerCapture(g.pointerId);
    } catch {
      // Already released.
    }
  }
}
