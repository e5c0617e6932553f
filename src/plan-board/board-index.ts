import { cardsByColumn, planCounts } from './plan-board.model.js';
import { placeCard } from './card.js';
import type { CardPosition, PlanCard, PlanDocument } from './plan-board.types.js';

/** Where a card is, by column number and index. */
export interface Place {
  column: number;
  index: number;
}

/**
 * The board's look-ups for its current document, computed once per document: the cards of each
 * column in order, each card's place, the done count, and the document before (to name and find a
 * card that was just removed). Every look-up is O(1).
 */
export class BoardIndex {
  /** Cards per column. A column keeps the array last shown or computed while it holds the same cards. */
  byColumn = new Map<string, PlanCard[]>();
  places = new Map<string, Place>();
  counts = { done: 0, total: 0 };
  /** The document indexed. */
  document: PlanDocument | null = null;
  /** The document before the last change. */
  previous: PlanDocument | null = null;
  /** The cards per column last rendered (with a lifted card at its new place). */
  shown = new Map<string, readonly PlanCard[]>();

  /** Indexes `doc` if it is not the document indexed; true when it was new. O(cards). */
  update(doc: PlanDocument | null): boolean {
    if (doc === this.document) return false;
    this.previous = this.document;
    this.document = doc;
    this.byColumn = doc ? this.#keepUnchanged(cardsByColumn(doc)) : new Map();
    this.places = new Map();
    this.counts = doc ? planCounts(doc) : { done: 0, total: 0 };
    doc?.columns.forEach((column, c) => (this.byColumn.get(column.id) ?? []).forEach((card, i) => (this.places.set(card.id, { column: c, index: i }), placeCard(card, i))));
    return true;
  }

  cardsIn(columnId: string): readonly PlanCard[] {
    return this.byColumn.get(columnId) ?? [];
  }

  /** The column a card is in (null if it is not on the board). */
  columnOf(cardId: string): string | null {
    const place = this.places.get(cardId);
    return place ? (this.document?.columns[place.column]?.id ?? null) : null;
  }

  position(cardId: string): CardPosition | null {
    const place = this.places.get(cardId);
    const column = place ? this.document?.columns[place.column] : undefined;
    return place && column ? { columnId: column.id, index: place.index } : null;
  }

  card(cardId: string): PlanCard | null {
    const place = this.places.get(cardId);
    const column = place ? this.document?.columns[place.column] : undefined;
    return (column && place && this.byColumn.get(column.id)?.[place.index]) || null;
  }

  /**
   * A new document's columns keep the arrays last shown or computed wherever they hold the same
   * cards (an edit changes one or two columns), so the columns' guards skip the others. O(cards).
   */
  #keepUnchanged(next: Map<string, PlanCard[]>): Map<string, PlanCard[]> {
    const same = (a: readonly PlanCard[] | undefined, b: readonly PlanCard[]): boolean => a !== undefined && a.length === b.length && a.every((card, i) => card === b[i]);
    for (const [columnId, cards] of next) {
      const shown = this.shown.get(columnId);
      const before = this.byColumn.get(columnId);
      if (same(shown, cards)) next.set(columnId, shown as PlanCard[]);
      else if (same(before, cards)) next.set(columnId, before as PlanCard[]);
    }
    return next;
  }
}
