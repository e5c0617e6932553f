/** Pure functions for PlanDocument: schema, checks, operations and their inverses. No DOM. */
import * as v from 'valibot';
import { audioSchema, boundedArray, checkDocument, idSchema, IdRegistry, languageTagSchema, isPlainId, isPlainObject, isPlainOptionalText, isPlainText, pictogramSchema, plainArraySchema, pointer, textSchema, versionSchema, type CheckResult } from '../core/schema.js';
import { applyChanges, checkOperation, ensureValid, inverseChanges, nullFieldsSchema, unknownOperation } from '../core/model.js';
import type { DocumentModel } from '../core/document-model.js';
import type { ValidationIssue } from '../core/types.js';
import { cardCategories, type CardPosition, type PlanCard, type PlanColumn, type PlanDocument, type PlanOperation } from './plan-board.types.js';

/** `09:00` or `09:00-11:30` (an en dash is accepted too). */
export const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d(?:\s?[-–]\s?(?:[01]\d|2[0-3]):[0-5]\d)?$/;

export const planColumnSchema = v.looseObject({
  id: idSchema,
  title: textSchema,
  pictogram: v.optional(pictogramSchema),
});
export const planCardSchema = v.looseObject({
  id: idSchema,
  columnId: idSchema,
  title: textSchema,
  pictogram: pictogramSchema,
  category: v.optional(v.picklist(cardCategories)),
  time: v.optional(v.pipe(v.string(), v.regex(TIME_PATTERN, 'Expected a time HH:mm or a range HH:mm-HH:mm'))),
  place: v.optional(textSchema),
  note: v.optional(textSchema),
  audio: v.optional(audioSchema),
  done: v.optional(v.boolean()),
  /** A card a participant proposed (contract.md §1); no other value is defined. */
  proposedBy: v.optional(v.literal('participant')),
});
/**
 * True only for a card `planCardSchema` certainly accepts: texts in one language or several, a
 * named pictogram, no recording (a recording's URL goes through the schema). Anything else takes
 * the full schema, which names the issue (`plainArraySchema`). 300 bilingual cards spent most of
 * their check in valibot's per-field pipeline.
 */
function plainCard(c: unknown): boolean {
  return (
    isPlainObject(c) &&
    isPlainId(c.id) &&
    isPlainId(c.columnId) &&
    isPlainText(c.title) &&
    isPlainId(c.pictogram) &&
    (c.category === undefined || (cardCategories as readonly unknown[]).includes(c.category)) &&
    (c.time === undefined || (typeof c.time === 'string' && TIME_PATTERN.test(c.time))) &&
    isPlainOptionalText(c.place) &&
    isPlainOptionalText(c.note) &&
    c.audio === undefined &&
    (c.done === undefined || typeof c.done === 'boolean') &&
    (c.proposedBy === undefined || c.proposedBy === 'participant')
  );
}

/** How many cards a plan may hold (`cards` maxItems); at that many the board offers no add (board-limits.ts). */
export const MAX_CARDS = 1000;

/** The PlanDocument schema; `dist/schemas/plan-document.schema.json` is generated from it. */
export const planDocumentSchema = v.looseObject({
  version: versionSchema,
  title: v.optional(textSchema),
  participantLanguage: v.optional(languageTagSchema),
  columns: boundedArray(v.array(planColumnSchema), 50),
  cards: boundedArray(plainArraySchema(planCardSchema, plainCard), MAX_CARDS),
});

const indexSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
const positionSchema = v.object({ columnId: idSchema, index: indexSchema });
/** The operations a plan board emits (`vk-change` detail `operation`). */
export const planOperationSchema = v.variant('type', [
  v.object({ type: v.literal('card.add'), card: v.looseObject({ ...planCardSchema.entries, columnId: v.optional(idSchema) }), columnId: idSchema, index: indexSchema, cardIndex: v.optional(indexSchema) }),
  v.object({ type: v.literal('card.update'), cardId: idSchema, changes: v.record(v.string(), v.unknown()), nullFields: nullFieldsSchema }),
  v.object({ type: v.literal('card.remove'), cardId: idSchema }),
  v.object({ type: v.literal('card.move'), cardId: idSchema, from: positionSchema, to: positionSchema, cardIndex: v.optional(indexSchema) }),
  v.object({ type: v.literal('card.done'), cardId: idSchema, done: v.boolean() }),
]);

/**
 * True when every id is unique and every card's column exists: one pass that builds no pointer or
 * message (the full pass below makes a pointer for every id in case it comes again). Only when it
 * finds a problem does the full pass run and name every issue.
 */
function crossCheckPasses(doc: PlanDocument): boolean {
  const ids = new Set<string>();
  for (const column of doc.columns) {
    if (ids.has(column.id)) return false;
    ids.add(column.id);
  }
  const columns = new Set(ids);
  for (const card of doc.cards) {
    if (ids.has(card.id) || !columns.has(card.columnId)) return false;
    ids.add(card.id);
  }
  return true;
}

function crossCheck(doc: PlanDocument): ValidationIssue[] {
  if (crossCheckPasses(doc)) return [];
  const ids = new IdRegistry();
  const columns = new Set<string>();
  doc.columns.forEach((column, i) => {
    ids.add(column.id, pointer('columns', i, 'id'));
    columns.add(column.id);
  });
  const issues: ValidationIssue[] = [];
  doc.cards.forEach((card, i) => {
    ids.add(card.id, pointer('cards', i, 'id'));
    if (!columns.has(card.columnId)) issues.push({ path: pointer('cards', i, 'columnId'), message: `No column with id "${card.columnId}"` });
  });
  return [...ids.issues, ...issues];
}

/** Validates an unknown input as a PlanDocument. */
export function checkPlanDocument(input: unknown): CheckResult<PlanDocument> {
  return checkDocument<PlanDocument>(planDocumentSchema, input, crossCheck);
}

/** Each column's cards in document order, keyed by column id (every column present, maybe empty). */
export function cardsByColumn(doc: PlanDocument): Map<string, PlanCard[]> {
  const map = new Map<string, PlanCard[]>(doc.columns.map((column) => [column.id, []]));
  for (const card of doc.cards) map.get(card.columnId)?.push(card);
  return map;
}

/** Where a card is: its column and its index among that column's cards. */
export function positionOf(doc: PlanDocument, cardId: string): CardPosition | null {
  const card = doc.cards.find((c) => c.id === cardId);
  if (!card) return null;
  let index = 0;
  for (const other of doc.cards) {
    if (other.id === cardId) break;
    if (other.columnId === card.columnId) index++;
  }
  return { columnId: card.columnId, index };
}

function findCard(doc: PlanDocument, cardId: string, type: string): number {
  const index = doc.cards.findIndex((c) => c.id === cardId);
  if (index < 0) throw new TypeError(`${type}: no card with id "${cardId}"`);
  return index;
}

function findColumn(doc: PlanDocument, columnId: string, type: string): PlanColumn {
  const column = doc.columns.find((c) => c.id === columnId);
  if (!column) throw new TypeError(`${type}: no column with id "${columnId}"`);
  return column;
}

function checkIndex(index: unknown, max: number, type: string): number {
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > max) {
    throw new TypeError(`${type}: index ${String(index)} is outside 0…${max}`);
  }
  return index;
}

/**
 * Where `card` goes in `cards` so that it becomes the `index`-th card of its column: at
 * `cardIndex` (a place in the whole `cards` array) when that place gives the same column index
 * — undo uses it to restore the exact order across columns — else before the card now at that
 * index, else right after the column's last card, else at the end.
 */
function placeInColumn(cards: readonly PlanCard[], columnId: string, index: number, type: string, cardIndex?: number): number {
  const positions: number[] = [];
  cards.forEach((c, i) => {
    if (c.columnId === columnId) positions.push(i);
  });
  checkIndex(index, positions.length, type);
  const lower = index > 0 ? positions[index - 1] + 1 : 0;
  const upper = index < positions.length ? positions[index] : cards.length;
  if (cardIndex !== undefined && cardIndex >= lower && cardIndex <= upper) return cardIndex;
  return index < positions.length ? positions[index] : positions.length > 0 ? positions[positions.length - 1] + 1 : cards.length;
}

function insertInColumn(cards: PlanCard[], card: PlanCard, index: number, type: string, cardIndex?: number): PlanCard[] {
  const at = placeInColumn(cards, card.columnId, index, type, cardIndex);
  const next = cards.slice();
  next.splice(at, 0, card);
  return next;
}

/**
 * The `cardIndex` an inverse needs to put the card back exactly where it was in `before.cards`,
 * or undefined when the column index alone already does (the common case: one column's cards
 * are contiguous).
 */
function restoringCardIndex(before: PlanDocument, cardIndex: number): number | undefined {
  const card = before.cards[cardIndex];
  const rest = before.cards.filter((_, i) => i !== cardIndex);
  const position = positionOf(before, card.id) as CardPosition;
  return placeInColumn(rest, position.columnId, position.index, 'invert') === cardIndex ? undefined : cardIndex;
}

function replaceCard(doc: PlanDocument, index: number, card: PlanCard): PlanDocument {
  const cards = doc.cards.slice();
  cards[index] = card;
  return { ...doc, cards };
}

/**
 * Applies one operation and returns the new document (the input is not mutated).
 * @throws TypeError when the operation does not fit the document.
 */
export function applyPlanOperation(doc: PlanDocument, input: PlanOperation): PlanDocument {
  const operation = checkOperation(planOperationSchema, input) as PlanOperation & { readonly cardIndex?: number };
  switch (operation.type) {
    case 'card.add': {
      const { card: added, columnId } = operation;
      findColumn(doc, columnId, operation.type);
      // The contract names the column twice and says neither wins: two columns are bad input, not a silent choice.
      if ((added.columnId ?? columnId) !== columnId) throw new TypeError(`Invalid operation at "/card/columnId": "${added.columnId}" is not "${columnId}"`);
      if (doc.cards.some((c) => c.id === operation.card.id) || doc.columns.some((c) => c.id === operation.card.id)) {
        throw new TypeError(`card.add: the id "${operation.card.id}" is already used`);
      }
      const card: PlanCard = { ...added, columnId };
      const next = { ...doc, cards: insertInColumn(doc.cards.slice(), card, operation.index, operation.type, operation.cardIndex) };
      return ensureValid(checkPlanDocument(next), operation.type);
    }
    case 'card.update': {
      const index = findCard(doc, operation.cardId, operation.type);
      if (Object.hasOwn(operation.changes, 'columnId')) throw new TypeError('card.update: columnId cannot be changed (use card.move)');
      const next = replaceCard(doc, index, applyChanges(doc.cards[index], operation.changes, operation.type, (operation as { nullFields?: string[] }).nullFields));
      return ensureValid(checkPlanDocument(next), operation.type);
    }
    case 'card.remove': {
      const index = findCard(doc, operation.cardId, operation.type);
      const cards = doc.cards.slice();
      cards.splice(index, 1);
      return { ...doc, cards };
    }
    case 'card.move': {
      const { cardId, from, to } = operation;
      const index = findCard(doc, cardId, operation.type);
      const current = positionOf(doc, cardId) as CardPosition;
      if (current.columnId !== from.columnId || current.index !== from.index) {
        throw new TypeError(`card.move: card "${cardId}" is at ${current.columnId}[${current.index}], not ${from.columnId}[${from.index}]`);
      }
      findColumn(doc, to.columnId, operation.type);
      const cards = doc.cards.slice();
      const [card] = cards.splice(index, 1);
      const moved = card.columnId === to.columnId ? card : { ...card, columnId: to.columnId };
      return { ...doc, cards: insertInColumn(cards, moved, to.index, operation.type, operation.cardIndex) };
    }
    case 'card.done': {
      const index = findCard(doc, operation.cardId, operation.type);
      return replaceCard(doc, index, { ...doc.cards[index], done: operation.done });
    }
    default:
      return unknownOperation(operation);
  }
}

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
export function invertPlanOperation(before: PlanDocument, operation: PlanOperation): PlanOperation {
  switch (operation.type) {
    case 'card.add':
      return { type: 'card.remove', cardId: operation.card.id };
    case 'card.remove': {
      const cardIndex = findCard(before, operation.cardId, operation.type);
      const card = before.cards[cardIndex];
      const position = positionOf(before, card.id) as CardPosition;
      const exact = restoringCardIndex(before, cardIndex);
      const inverse = { type: 'card.add' as const, card, columnId: position.columnId, index: position.index, ...(exact === undefined ? {} : { cardIndex: exact }) };
      return inverse;
    }
    case 'card.move': {
      const exact = restoringCardIndex(before, findCard(before, operation.cardId, operation.type));
      const inverse = { type: 'card.move' as const, cardId: operation.cardId, from: operation.to, to: operation.from, ...(exact === undefined ? {} : { cardIndex: exact }) };
      return inverse;
    }
    case 'card.done': {
      const card = before.cards[findCard(before, operation.cardId, operation.type)];
      if (!Object.hasOwn(card, 'done')) return { type: 'card.update', cardId: operation.cardId, changes: { done: null } };
      return { type: 'card.done', cardId: operation.cardId, done: card.done === true };
    }
    case 'card.update': {
      const card = before.cards[findCard(before, operation.cardId, operation.type)];
      return { type: 'card.update', cardId: operation.cardId, ...inverseChanges(card, operation.changes) };
    }
    default:
      return unknownOperation(operation);
  }
}

/** How many cards are done, and how many there are. */
export function planCounts(doc: PlanDocument): { done: number; total: number } {
  let done = 0;
  for (const card of doc.cards) if (card.done) done++;
  return { done, total: doc.cards.length };
}

/** An id not yet used in the document. */
export function newCardId(doc: PlanDocument, prefix = 'card'): string {
  const used = new Set<string>([...doc.columns.map((c) => c.id), ...doc.cards.map((c) => c.id)]);
  let n = doc.cards.length + 1;
  let id = `${prefix}-${n}`;
  while (used.has(id)) id = `${prefix}-${++n}`;
  return id;
}

export const planModel: DocumentModel<PlanDocument, PlanOperation> = {
  kind: 'plan',
  check: checkPlanDocument,
  apply: applyPlanOperation,
  invert: invertPlanOperation,
};

/**
 * Whether an edit is one participant mode makes (contract §2): Done (whose undo on a card that had
 * no `done` is `card.update {done: null}`), and adding or taking back the participant's own
 * proposal. Undo and redo in participant mode make no other: an adviser's edit waits.
 */
export function participantEdit(operation: PlanOperation, cards: readonly PlanCard[]): boolean {
  const { type } = operation;
  const card = type == 'card.add' ? operation.card : type == 'card.remove' ? cards.find((c) => c.id == operation.cardId) : null;
  return type == 'card.done' || (type == 'card.update' && Object.keys(operation.changes) + '' == 'done') || card?.proposedBy == 'participant';
}
