// `veikart`'s names for step-tracker/step-tracker.types.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../step-tracker/step-tracker.types.js';

export const stepOrientations: typeof m.stepOrientations = m.stepOrientations;
export const stepStatuses: typeof m.stepStatuses = m.stepStatuses;
