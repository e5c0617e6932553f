// `veikart`'s names for task-ladder/labels.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../task-ladder/labels.js';

/** The level's name in the UI locale. */
export const levelLabel: typeof m.levelLabel = m.levelLabel;
/** Who wrote a log entry, in the UI locale. */
export const logAuthorLabel: typeof m.logAuthorLabel = m.logAuthorLabel;
