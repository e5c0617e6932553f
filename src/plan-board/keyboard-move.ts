import type { ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { KeyboardGrabController, type GestureCancelReason } from '../core/gesture.js';
import { cardPositionText } from './board-text.js';
import type { CardPosition, PlanCard, PlanDocument } from './plan-board.types.js';

export interface KeyboardMove {
  cardId: string;
  origin: CardPosition;
  position: CardPosition;
  /** The document the move started on: a different one (an undo) cancels the move. */
  doc: PlanDocument;
}

export interface KeyboardMoveOptions {
  document: () => PlanDocument | null;
  /** VkElement.hostRevision: a new host value cancels the move. */
  revision: () => number;
  cardsIn: (columnId: string) => readonly PlanCard[];
  /** The lifted card's control (focus returns there after a cancel). */
  cardControl: (cardId: string) => HTMLElement | null;
  rtl: () => boolean;
  title: (cardId: string) => string;
  columnTitle: (columnId: string) => string;
  announce: (text: string) => void;
  /** The lifted card moved one step (focus must follow it). */
  moved: (move: KeyboardMove) => void;
  /** Space or Enter: commit the move. */
  drop: (move: KeyboardMove) => void;
  /** The move was abandoned (the preview is put back; focus returns to the card): announce where the card is. */
  cancelled: (move: KeyboardMove, reason: GestureCancelReason) => void;
}

/**
 * Keyboard pick-up (contract §2) on the shared core gesture model (`KeyboardGrabController`):
 * Space lifts the focused card, arrows and Home/End move it within and between columns (flipped
 * in RTL), Space or Enter drops it (one `card.move`); Escape, Tab, focus leaving, a press outside,
 * removal or a new value put it back — nothing fired, focus on the card. Every step is O(column)
 * and announced ("Kort Norskkurs: kolonne Tirsdag, plass 2 av 4").
 */
export class KeyboardMoves {
  readonly #grab: KeyboardGrabController<KeyboardMove>;

  constructor(host: ReactiveControllerHost & HTMLElement, private readonly options: KeyboardMoveOptions) {
    this.#grab = new KeyboardGrabController<KeyboardMove>(host, {
      revision: options.revision,
      item: (move) => options.cardControl(move.cardId),
      onCancel: options.cancelled,
    });
  }

  get current(): KeyboardMove | null {
    return this.#grab.state;
  }

  /**
   * The column a lifted card is shown in (its new place, until it is dropped), or null when
   * `cardId` is not lifted. Focus reveals this column on a narrow board: the card's own column
   * would hide the card, and end the move as a blur.
   */
  shownIn(cardId: string): string | null {
    const move = this.current;
    return move?.cardId === cardId ? move.position.columnId : null;
  }

  #view: { byColumn: Map<string, PlanCard[]>; move: KeyboardMove; view: Map<string, PlanCard[]> } | null = null;
  #origin: { byColumn: Map<string, PlanCard[]>; cardId: string; columnId: string; cards: PlanCard[] } | null = null;

  /**
   * Cards per column as shown: the document's, with the lifted card at its new place. O(two
   * columns). The same map for the same move, and the origin column's array (without the lifted
   * card) is kept while the card is elsewhere, so only the columns a step touches get new arrays
   * (and re-render).
   */
  view(byColumn: Map<string, PlanCard[]>): Map<string, PlanCard[]> {
    const move = this.current;
    if (!move) return byColumn;
    const last = this.#view;
    if (last && last.byColumn === byColumn && last.move === move) return last.view;
    const card = move.doc.cards.find((c) => c.id === move.cardId);
    if (!card) return byColumn;
    let origin = this.#origin;
    if (!origin || origin.byColumn !== byColumn || origin.cardId !== move.cardId || origin.columnId !== move.origin.columnId) {
      const cards = (byColumn.get(move.origin.columnId) ?? []).filter((c) => c.id !== move.cardId);
      origin = this.#origin = { byColumn, cardId: move.cardId, columnId: move.origin.columnId, cards };
    }
    const view = new Map(byColumn);
    view.set(move.origin.columnId, origin.cards);
    const target = (view.get(move.position.columnId) ?? []).slice();
    target.splice(move.position.index, 0, card);
    view.set(move.position.columnId, target);
    this.#view = { byColumn, move, view };
    return view;
  }

  pickUp(cardId: string, origin: CardPosition): void {
    const doc = this.options.document();
    if (!doc) return;
    this.#grab.pickUp({ cardId, origin, position: origin, doc });
    this.options.announce(msg(str`Løftet. ${this.positionText(cardId, origin)}. Piltastene flytter, mellomrom slipper, Escape avbryter.`, { id: 'plan-board.announce.picked-up' }));
  }

  /** A key while lifted (Escape and Tab never get here: the gesture controller cancels on them). */
  key(event: KeyboardEvent): void {
    const move = this.current;
    if (!move) return;
    const pressed = event.key;
    event.preventDefault();
    if (pressed === ' ' || pressed === 'Enter') {
      const dropped = this.#grab.drop();
      if (dropped && this.options.document() === dropped.doc) this.options.drop(dropped);
      return;
    }
    const doc = move.doc;
    const columnIndex = doc.columns.findIndex((c) => c.id === move.position.columnId);
    const othersIn = (columnId: string): number => this.options.cardsIn(columnId).filter((c) => c.id !== move.cardId).length;
    const rtl = this.options.rtl();
    const step = pressed === 'ArrowRight' ? (rtl ? -1 : 1) : pressed === 'ArrowLeft' ? (rtl ? 1 : -1) : 0;
    let position = move.position;
    if (step !== 0) {
      const column = doc.columns[columnIndex + step];
      if (column) position = { columnId: column.id, index: Math.min(position.index, othersIn(column.id)) };
    } else if (pressed === 'ArrowUp') position = { ...position, index: Math.max(0, position.index - 1) };
    else if (pressed === 'ArrowDown') position = { ...position, index: Math.min(othersIn(position.columnId), position.index + 1) };
    else if (pressed === 'Home') position = { ...position, index: 0 };
    else if (pressed === 'End') position = { ...position, index: othersIn(position.columnId) };
    else return;
    if (position.columnId === move.position.columnId && position.index === move.position.index) {
      this.options.announce(this.positionText(move.cardId, position));
      return;
    }
    const next = { ...move, position };
    this.#grab.set(next);
    this.options.moved(next);
    this.options.announce(this.positionText(move.cardId, position));
  }

  /**
   * Puts the card back (a changed document, a mode change); `'host-value'` when a host value changed
   * it. `refocus` false: focus is left where it is (an undo moves it to what it touched).
   */
  cancel(reason: 'program' | 'host-value' = 'program', refocus = true): void {
    this.#grab.cancel(reason, refocus);
  }

  /**
   * "Kort Norskkurs: kolonne Tirsdag, plass 2 av 4" for a card at `position` (after it left its
   * source). The other cards are counted in the document now, not in the board as last rendered:
   * several undos in one task (a host's "Undo all") each put a card back before the board renders.
   * `words`: another sentence with the same parts (board-text.ts `cardMovedByOthersText`).
   */
  positionText(cardId: string, position: CardPosition, words = cardPositionText): string {
    const others = (this.options.document()?.cards ?? []).filter((c) => c.columnId == position.columnId && c.id != cardId).length;
    return words(this.options.title(cardId), this.options.columnTitle(position.columnId), position.index + 1, others + 1);
  }
}
