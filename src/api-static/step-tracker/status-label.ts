// `veikart`'s names for step-tracker/status-label.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../step-tracker/status-label.js';

/** The status's name in the UI locale. */
export const statusLabel: typeof m.statusLabel = m.statusLabel;
