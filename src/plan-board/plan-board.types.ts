import type { Audio, Pictogram, Text } from '../core/types.js';

/** Card categories: the programme's standardised elements (same words as the pictogram catalogue). */
export const cardCategories = ['language', 'work', 'society', 'health', 'family', 'education', 'other'] as const;
export type CardCategory = (typeof cardCategories)[number];

/** `adviser` edits everything; `participant` only marks cards done and reads aloud. */
export const planModes = ['adviser', 'participant'] as const;
export type PlanMode = (typeof planModes)[number];

/** The operation types a plan board emits. */
export const planOperationTypes = ['card.add', 'card.update', 'card.remove', 'card.move', 'card.done'] as const;
export type PlanOperationType = (typeof planOperationTypes)[number];

export interface PlanColumn {
  readonly id: string;
  readonly title: Text;
  readonly pictogram?: Pictogram;
  readonly [unknown: string]: unknown;
}

export interface PlanCard {
  readonly id: string;
  readonly columnId: string;
  readonly title: Text;
  readonly pictogram: Pictogram;
  readonly category?: CardCategory;
  /** `HH:mm` or `HH:mm-HH:mm`. */
  readonly time?: string;
  readonly place?: Text;
  readonly note?: Text;
  readonly audio?: Audio;
  readonly done?: boolean;
  /** A card a participant proposed (participant mode with `proposals`); the adviser accepts it with `card.update {changes: {proposedBy: null}}`. */
  readonly proposedBy?: 'participant';
  readonly [unknown: string]: unknown;
}

/** The plan board's value (contract.md §5). Card order inside a column = order in `cards`. */
export interface PlanDocument {
  readonly version: 1;
  readonly title?: Text;
  /** The participant's language (BCP 47, e.g. `ar`): card texts show in it under the Norwegian. */
  readonly participantLanguage?: string;
  readonly columns: readonly PlanColumn[];
  readonly cards: readonly PlanCard[];
  readonly [unknown: string]: unknown;
}

/** A place on the board: a column and an index among that column's cards. */
export interface CardPosition {
  readonly columnId: string;
  readonly index: number;
}

/** Fields `card.update` may change; `null` removes an optional field. `id` and `columnId` cannot change (use `card.move`). */
export type CardChanges = { readonly [K in Exclude<keyof PlanCard, 'id' | 'columnId'>]?: PlanCard[K] | null };

export type PlanOperation =
  | { readonly type: 'card.add'; readonly card: PlanCard; readonly columnId: string; readonly index: number }
  | { readonly type: 'card.update'; readonly cardId: string; readonly changes: CardChanges }
  | { readonly type: 'card.remove'; readonly cardId: string }
  /** `to.index` is the index in the destination column after the card has left its source. */
  | { readonly type: 'card.move'; readonly cardId: string; readonly from: CardPosition; readonly to: CardPosition }
  | { readonly type: 'card.done'; readonly cardId: string; readonly done: boolean };
