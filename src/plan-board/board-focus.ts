import { focusInView } from '../core/roving-focus.js';
import { positionOf } from './plan-board.model.js';
import type { PlanCard, PlanDocument, PlanOperation } from './plan-board.types.js';

/** What the board's roving focus needs from its board. */
export interface BoardFocusHost {
  /** The board's shadow root. */
  root(): HTMLElement | DocumentFragment;
  connected(): boolean;
  /** No item is in the tab order while the board is disabled. */
  disabled(): boolean;
  /** The column a card is shown in: its own, or for a card lifted by the keyboard, where it is now. O(1). */
  columnOfCard(cardId: string): string | null;
  /** One column at a time: shows the column of the item about to be focused. */
  reveal(columnId: string): void;
  /** Renders every card now (an item out of the first frame's screenful or a column's window). */
  renderAll(): void;
  /** Where focus goes when a card is gone (a host value removed it): its neighbour's key, as after a removal (`keyAfter`). */
  neighbourOf(cardId: string): string | null;
}

/**
 * The board's one tab stop (roving focus): the active item by key — `c:<cardId>`, `r:<columnId>`
 * (read aloud) or `a:<columnId>` (add) — with its card's own actions, found once and kept while they
 * stay in the board's shadow tree, so a key press costs O(1), never a search of the tree.
 */
export class BoardFocus {
  /** The roving item in the tab order. */
  activeKey: string | null = null;
  readonly #cache = new Map<string, HTMLElement>();
  /** The elements this board put in the tab order (the active item and its card's actions): reset them, nothing else. */
  #tabStops: HTMLElement[] = [];

  constructor(private readonly host: BoardFocusHost) {}

  /** The active card's id, if a card is active. */
  get activeCardId(): string | null {
    return this.activeKey?.startsWith('c:') ? this.activeKey.slice(2) : null;
  }

  /** The rendered roving item for `key`. */
  element(key: string | null): HTMLElement | null {
    if (!key) return null;
    const root = this.host.root();
    const cached = this.#cache.get(key);
    if (cached?.isConnected && cached.dataset.roving === key && cached.getRootNode() === root) return cached;
    const found = root.querySelector<HTMLElement>(`[data-roving="${CSS.escape(key)}"]`);
    if (found) this.#cache.set(key, found);
    else this.#cache.delete(key);
    return found;
  }

  /**
   * After a render: exactly one roving item in the tab order: the active one; for an active card
   * that is gone, its neighbour in its column (else the column's add or read-aloud button); else
   * the first card, else the first column button.
   */
  sync(): void {
    let active = this.element(this.activeKey);
    if (!active) {
      const root = this.host.root();
      const gone = this.activeCardId;
      active = this.element(gone && this.host.neighbourOf(gone)) ?? root.querySelector<HTMLElement>('.card-button[data-roving]') ?? root.querySelector<HTMLElement>('[data-roving]');
      this.activeKey = active?.dataset.roving ?? null;
    }
    this.setActive(this.activeKey);
  }

  /**
   * Puts the item with `key` (and, for a card, its Done and menu buttons) in the tab order and takes
   * out only what this board put there before: O(1), no search of the tree. Cards render their own
   * tabindex from `activeKey`, so a re-render agrees with what is set here.
   */
  setActive(key: string | null): void {
    this.activeKey = key;
    const el = this.element(key);
    const next: HTMLElement[] = [];
    if (el && !this.host.disabled()) {
      next.push(el);
      // The active card's own controls (Done, the menu) follow it in the tab order.
      if (key?.startsWith('c:')) next.push(...(el.parentElement?.querySelectorAll<HTMLElement>('.card-action') ?? []));
    }
    for (const old of this.#tabStops) if (!next.includes(old) && old.tabIndex !== -1) old.tabIndex = -1;
    for (const item of next) if (item.tabIndex !== 0) item.tabIndex = 0;
    this.#tabStops = next;
  }

  /**
   * Focuses a roving item, rendering it first when it is out of the window or in a hidden column,
   * and brings it wholly into view: a card with its list item (focus ring, Done, menu).
   */
  focus(key: string): HTMLElement | null {
    const el = this.ensureRendered(key);
    if (!el) return null;
    // A card still focused after a move (card-list.ts moves its node, focus and all) is not focused
    // again: that would only force a layout. Its whole list item comes into view (focus ring, Done, menu).
    focusInView(el, '.card');
    return el;
  }

  /** Makes `key` the active item, rendering it first if needed; its element (null if it does not exist). */
  ensureRendered(key: string): HTMLElement | null {
    const columnId = this.columnOfKey(key);
    if (columnId) this.host.reveal(columnId);
    this.activeKey = key;
    let el = this.element(key);
    if (!el && this.host.connected()) {
      this.host.renderAll();
      el = this.element(key);
    }
    this.setActive(key);
    return el;
  }

  /** The column of a roving key. O(1). */
  columnOfKey(key: string): string | null {
    return key.startsWith('c:') ? this.host.columnOfCard(key.slice(2)) : key.slice(2);
  }
}

/**
 * The roving key focus goes to after an operation: the card it touched (an added one under the id it
 * landed under, `landedId`: the host's own when it saved it under one); for a removed card its nearest
 * surviving neighbour in its column (`cardsIn`, after the change), else the column's add (`withAdd`) or
 * read button. O(cards).
 */
export function keyAfter(operation: PlanOperation, before: PlanDocument | null, cardsIn: (columnId: string) => readonly PlanCard[], withAdd: boolean, activeKey: string | null, landedId = (cardId: string) => cardId): string | null {
  switch (operation.type) {
    case 'card.add':
      return `c:${landedId(operation.card.id)}`;
    case 'card.remove': {
      const was = before ? positionOf(before, operation.cardId) : null;
      if (!was) return activeKey;
      const cards = cardsIn(was.columnId);
      const neighbour = cards[was.index] ?? cards[was.index - 1];
      if (neighbour) return `c:${neighbour.id}`;
      return withAdd ? `a:${was.columnId}` : `r:${was.columnId}`;
    }
    default:
      return `c:${operation.cardId}`;
  }
}
