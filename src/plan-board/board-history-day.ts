import { msg, str } from '@lit/localize';
import { dayPosition } from './board-text.js';
import type { PlanDocument, PlanOperation } from './plan-board.types.js';

/** The column of the card `operation` touched: where it is now (`after`), or where a removed one was (`before`). O(cards). */
export function columnTouched(operation: PlanOperation, before: PlanDocument | null, after: PlanDocument | null): string | null {
  if (operation.type === 'card.add') return operation.columnId;
  const doc = operation.type === 'card.remove' ? before : after;
  return doc?.cards.find((c) => c.id === operation.cardId)?.columnId ?? null;
}

/** What the board gives its undo and redo day (below). */
export interface HistoryDayHost {
  document(): PlanDocument | null;
  /** One day at a time (narrow): the index of the day shown, else null. */
  shown(): number | null;
  show(index: number): void;
  locale(): string;
}

/**
 * One day at a time (a phone), an Undo or Redo (the toolbar's button, Ctrl+Z, a host's `undo()`) that changes a card on a
 * day not shown shows that day (its tab selected), says which ("Angret. ⁨Kurs⁩: ferdig. Viser ⁨Mandag⁩, 1 av 5"), and focus
 * goes to the card, not back to the toolbar (the board's `focusAfterChange`). Before 7 Dec 2026 the button left the other day
 * shown (nothing seen to change, the words naming no day: a card of the same name could be on the day shown), and Ctrl+Z
 * switched the day without a word.
 */
export class HistoryDay {
  /** The day an undo or redo just brought into view, until the next commit; null when it stayed (or several days are shown). */
  moved: number | null = null;

  constructor(private readonly host: HistoryDayHost) {}

  /** Makes the commit (`run`); when it was an undo or redo (`stepped`) that was made, shows the day it touched. Returns whether it was made. */
  commit(stepped: boolean, operation: PlanOperation, run: () => boolean): boolean {
    this.moved = null; // before `run`: a cancellation's words (said within it) name no day an earlier step showed
    const before = this.host.document();
    const done = run();
    const shown = done && stepped ? this.host.shown() : null;
    if (shown === null) return done;
    const columnId = columnTouched(operation, before, this.host.document());
    const index = this.host.document()?.columns.findIndex((c) => c.id === columnId) ?? -1;
    if (index >= 0 && index !== shown) this.host.show((this.moved = index));
    return done;
  }

  /** The step's words, with the day it brought into view; a move's words name its column already ("kolonne Mandag"). */
  words(text: string | null, operation: PlanOperation): string | null {
    const doc = this.host.document();
    if (this.moved === null || !text || !doc?.columns[this.moved] || operation.type === 'card.move') return text;
    return msg(str`${text}. Viser ${dayPosition(doc.columns, this.moved, this.host.locale())}`, { id: 'plan-board.announce.history-day' });
  }
}
