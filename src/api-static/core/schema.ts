// `veikart`'s names for core/schema.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../core/schema.js';

/** True when `url` may be used as an image or audio source (same rule as the schema). */
export const isSafeUrl: typeof m.isSafeUrl = m.isSafeUrl;
