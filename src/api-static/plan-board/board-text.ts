// `veikart`'s names for plan-board/board-text.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../plan-board/board-text.js';

/** A pictogram or card category's name in the UI locale. */
export const categoryLabel: typeof m.categoryLabel = m.categoryLabel;
