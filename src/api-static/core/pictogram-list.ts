// `veikart`'s names for core/pictogram-list.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../core/pictogram-list.js';

/** The built-in set, for pickers: id, category and text alternative in the current UI locale. */
export const listBuiltInPictograms: typeof m.listBuiltInPictograms = m.listBuiltInPictograms;
