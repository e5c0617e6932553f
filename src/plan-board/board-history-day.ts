import { msg, str } from '@lit/localize';
import type { ChangeSource } from '../core/events.js';
import { dayPosition } from './board-text.js';
import type { PlanDocument, PlanOperation } from './plan-board.types.js';

/** The column of the card `operation` touched: where it is now (`after`), or where a removed one was (`before`). O(cards). */
export function columnTouched(operation: PlanOperation, before: PlanDocument | null, after: PlanDocument | null): string | null {
  if (operation.type === 'card.add') return operation.columnId;
  const doc = operation.type === 'card.remove' ? before : after;
  return doc?.cards.find((c) => c.id === operation.cardId)?.columnId ?? null;
}

/** The board as its undo and redo day reads and sets it: its own members (`narrow`, `currentColumn` and the hooks are private or protected there). */
export interface DayBoard {
  readonly document: PlanDocument | null;
  /** One day at a time. */
  readonly narrow: boolean;
  /** The day shown when narrow. */
  currentColumn: number;
  readonly textLocale: string;
  commit(operation: PlanOperation, source?: ChangeSource): boolean;
  describeState(operation: PlanOperation): string | null;
  describeOperation(operation: PlanOperation): string | null;
  focusAfterChange(operation: PlanOperation | null): HTMLElement | null;
}

/**
 * One day at a time (a phone), an Undo or Redo (the toolbar's button, Ctrl+Z, a host's `undo()`) that changes a card on a
 * day not shown shows that day (its tab selected), says which ("Angret. ⁨Lege⁩: ferdig. Viser ⁨Tirsdag⁩, 2 av 3"), and focus
 * goes to the card, not back to the toolbar button. Before 7 Dec 2026 the button left the other day shown (nothing seen to
 * change, the words naming no day: a card of the same name could be on the day shown), and Ctrl+Z switched the day without
 * a word.
 *
 * In the board's late chunk (scroll-cue.ts, loaded after its first render), as its hooks wrapped on the board, because the
 * board's up-front bytes are at their ceiling (scripts/size-budgets.json): until the chunk has come (or if it failed) a step
 * does as before. `commit` shows the day; `describeState` and `describeOperation` (the step's words, asked right after it)
 * name it; `focusAfterChange` asks the board again when it gave the toolbar button: the button is handed focus once after
 * a step pressed there (board-toolbar.ts `focusAfter`), so the second answer is the card the step touched, its day shown.
 */
export function historyDay(board: DayBoard): void {
  /** The day an undo or redo just brought into view, until the next commit; null when it stayed (or several days are shown). */
  let moved: number | null = null;
  const { commit, describeState, describeOperation, focusAfterChange } = board;
  board.commit = (operation, source = 'user') => {
    moved = null; // before the commit: a cancellation's words (said within it) name no day an earlier step showed
    const before = board.document;
    const done = commit.call(board, operation, source);
    if (!done || source === 'user' || !board.narrow) return done;
    const columnId = columnTouched(operation, before, board.document);
    const index = board.document?.columns.findIndex((c) => c.id === columnId) ?? -1;
    if (index >= 0 && index !== board.currentColumn) board.currentColumn = moved = index;
    return done;
  };
  // A move's words name its column already ("kolonne Mandag").
  const words = (text: string | null, operation: PlanOperation): string | null => {
    const columns = board.document?.columns;
    if (moved === null || !text || !columns?.[moved] || operation.type === 'card.move') return text;
    return msg(str`${text}. Viser ${dayPosition(columns, moved, board.textLocale)}`, { id: 'plan-board.announce.history-day' });
  };
  board.describeState = (operation) => words(describeState.call(board, operation), operation);
  board.describeOperation = (operation) => words(describeOperation.call(board, operation), operation);
  board.focusAfterChange = (operation) => {
    const target = focusAfterChange.call(board, operation);
    return moved !== null && target?.classList.contains('tool') ? focusAfterChange.call(board, operation) : target;
  };
}
