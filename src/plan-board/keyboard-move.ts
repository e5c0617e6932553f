import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { CardPosition, PlanCard, PlanDocument } from './plan-board.types.js';

export interface KeyboardMove {
  cardId: string;
  origin: CardPosition;
  position: CardPosition;
  /** The document the move started on: a different one (a new value, an undo) cancels the move. */
  doc: PlanDocument;
}

export interface KeyboardMoveOptions {
  document: () => PlanDocument | null;
  cardsIn: (columnId: string) => readonly PlanCard[];
  rtl: () => boolean;
  title: (cardId: string) => string;
  columnTitle: (columnId: string) => string;
  announce: (text: string) => void;
  /** The lifted card moved one step (focus must follow it). */
  moved: (move: KeyboardMove) => void;
  /** Space or Enter: commit the move. */
  drop: (move: KeyboardMove) => void;
  /** The move was abandoned; `keepFocus` when focus must stay on (return to) the card. */
  cancelled: (move: KeyboardMove, keepFocus: boolean) => void;
}

/**
 * Keyboard pick-up (contract §2): Space lifts the focused card, arrows and Home/End move it
 * within and between columns (flipped in RTL), Space or Enter drops it (one `card.move`),
 * Escape, Tab, focus leaving or a new document put it back — nothing fired, focus on the card.
 * Every step is O(column) and announced ("Kort Norskkurs: kolonne Tirsdag, plass 2 av 4").
 */
export class KeyboardMoves implements ReactiveController {
  current: KeyboardMove | null = null;
  /** True while a re-render moves the lifted card's button (its focusout is not a real blur). */
  #movingFocus = false;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: KeyboardMoveOptions) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.current = null;
  }

  /** After a render: the lifted card's button is where it belongs again. */
  settled(): void {
    this.#movingFocus = false;
  }

  /** Cards per column as shown: the document's, with the lifted card at its new place. O(two columns). */
  view(byColumn: Map<string, PlanCard[]>): Map<string, PlanCard[]> {
    const move = this.current;
    if (!move) return byColumn;
    const card = move.doc.cards.find((c) => c.id === move.cardId);
    if (!card) return byColumn;
    const view = new Map(byColumn);
    view.set(move.origin.columnId, (view.get(move.origin.columnId) ?? []).filter((c) => c.id !== move.cardId));
    const target = (view.get(move.position.columnId) ?? []).slice();
    target.splice(move.position.index, 0, card);
    view.set(move.position.columnId, target);
    return view;
  }

  pickUp(cardId: string, origin: CardPosition): void {
    const doc = this.options.document();
    if (!doc) return;
    this.current = { cardId, origin, position: origin, doc };
    this.host.requestUpdate();
    this.options.announce(msg(str`Løftet. ${this.positionText(cardId, origin)}. Piltastene flytter, mellomrom slipper, Escape avbryter.`, { id: 'plan-board.announce.picked-up' }));
  }

  key(event: KeyboardEvent): void {
    const move = this.current;
    if (!move) return;
    const pressed = event.key;
    event.preventDefault();
    if (pressed === 'Tab' || pressed === 'Escape') {
      // Tab does not leave a lifted card: the move is cancelled and focus stays on the card.
      this.cancel(true, true);
      return;
    }
    if (pressed === ' ' || pressed === 'Enter') {
      this.current = null;
      this.#movingFocus = true;
      this.host.requestUpdate();
      if (this.options.document() === move.doc) this.options.drop(move);
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
    // The card's button may be re-created in its new list: keep focus on it, and do not read
    // that as focus loss.
    this.#movingFocus = true;
    this.current = { ...move, position };
    this.host.requestUpdate();
    this.options.moved(this.current);
    this.options.announce(this.positionText(move.cardId, position));
  }

  /** Focus left the lifted card (a click elsewhere, the window): the move is abandoned. */
  focusOut(event: FocusEvent): void {
    const move = this.current;
    if (!move || this.#movingFocus) return;
    const next = event.relatedTarget as HTMLElement | null;
    if (next?.closest?.('.card-button') && next.dataset.key === move.cardId) return;
    // Focus going nowhere (<body>) comes back to the card; focus taken elsewhere stays there.
    this.cancel(true, next === null);
  }

  /** Puts the card back. */
  cancel(announce: boolean, keepFocus = false): void {
    const move = this.current;
    if (!move) return;
    this.current = null;
    this.#movingFocus = true;
    this.host.requestUpdate();
    this.options.cancelled(move, keepFocus);
    if (announce) this.options.announce(msg(str`Flytting avbrutt. ${this.positionText(move.cardId, move.origin)}`, { id: 'plan-board.announce.cancelled' }));
  }

  /** "Kort Norskkurs: kolonne Tirsdag, plass 2 av 4" for a card at `position` (after it left its source). */
  positionText(cardId: string, position: CardPosition): string {
    const others = this.options.cardsIn(position.columnId).filter((c) => c.id !== cardId).length;
    const place = position.index + 1;
    const total = others + 1;
    return msg(str`Kort ${this.options.title(cardId)}: kolonne ${this.options.columnTitle(position.columnId)}, plass ${place} av ${total}`, { id: 'plan-board.announce.position' });
  }
}
