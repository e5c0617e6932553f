// `veikart`'s names for task-ladder/task-ladder.types.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../task-ladder/task-ladder.types.js';

/** The branches with a built-in template (`createLadder`); a document may name any other. */
export const ladderBranches: typeof m.ladderBranches = m.ladderBranches;
/** `adviser` (default) edits everything; `participant` adds log entries and reads aloud. */
export const ladderModes: typeof m.ladderModes = m.ladderModes;
/** Who wrote a logbook entry. */
export const logAuthors: typeof m.logAuthors = m.logAuthors;
/** The five-step mood scale of a logbook entry (1 = very hard, 5 = very good). */
export const moods: typeof m.moods = m.moods;
/** A task's level: how the participant does it now. Space cycles through them in this order. */
export const taskLevels: typeof m.taskLevels = m.taskLevels;
