// `veikart`'s names for course-calendar/session-chip.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../course-calendar/session-chip.js';

export const kindLabel: typeof m.kindLabel = m.kindLabel;
