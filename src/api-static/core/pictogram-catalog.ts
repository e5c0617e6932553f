// `veikart`'s names for core/pictogram-catalog.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../core/pictogram-catalog.js';

export const pictogramCategories: typeof m.pictogramCategories = m.pictogramCategories;
