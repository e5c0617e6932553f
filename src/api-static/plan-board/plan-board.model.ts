// `veikart`'s names for plan-board/plan-board.model.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../plan-board/plan-board.model.js';

/**
 * Applies one operation and returns the new document (the input is not mutated).
 * @throws TypeError when the operation does not fit the document.
 */
export const applyPlanOperation: typeof m.applyPlanOperation = m.applyPlanOperation;
/** Each column's cards in document order, keyed by column id (every column present, maybe empty). */
export const cardsByColumn: typeof m.cardsByColumn = m.cardsByColumn;
/** Validates an unknown input as a PlanDocument. */
export const checkPlanDocument: typeof m.checkPlanDocument = m.checkPlanDocument;
/**
 * The operation that undoes `operation` when applied after it (contract.md §2 "Inverses"), so
 * that `apply(apply(before, operation), invert(before, operation))` deep-equals `before`:
 * - `card.add` → `card.remove`;
 * - `card.remove` → `card.add` with the card's column index (and, where the column index alone
 *   would put it elsewhere in `cards`, its former `cardIndex`: exact order across columns);
 * - `card.move` → the move back (with `cardIndex` on the same condition);
 * - `card.done` → `card.done` with the previous value, or `card.update {changes: {done: null}}`
 *   when the card had no `done` (absent stays absent);
 * - `card.update` → `card.update` restoring the previous fields (`null` where absent).
 */
export const invertPlanOperation: typeof m.invertPlanOperation = m.invertPlanOperation;
/** An id not yet used in the document. */
export const newCardId: typeof m.newCardId = m.newCardId;
/** How many cards are done, and how many there are. */
export const planCounts: typeof m.planCounts = m.planCounts;
/** The PlanDocument schema; `dist/schemas/plan-document.schema.json` is generated from it. */
export const planDocumentSchema: typeof m.planDocumentSchema = m.planDocumentSchema;
/** The operations a plan board emits (`vk-change` detail `operation`). */
export const planOperationSchema: typeof m.planOperationSchema = m.planOperationSchema;
/** Where a card is: its column and its index among that column's cards. */
export const positionOf: typeof m.positionOf = m.positionOf;
