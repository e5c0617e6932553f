// `veikart`'s names for plan-board/plan-board.types.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../plan-board/plan-board.types.js';

/** Card categories: the programme's standardised elements (same words as the pictogram catalogue). */
export const cardCategories: typeof m.cardCategories = m.cardCategories;
/** `adviser` edits everything; `participant` only marks cards done and reads aloud. */
export const planModes: typeof m.planModes = m.planModes;
/** The operation types a plan board emits. */
export const planOperationTypes: typeof m.planOperationTypes = m.planOperationTypes;
