// `veikart`'s name for the review state of the presets' texts: bound to ../review.js's own value (why: ./plan.ts).
import * as review from '../review.js';

/**
 * The review state of the texts shipped in the presets: which languages a fluent speaker has
 * checked (`reviewed`) and which were machine-written and still need review (`needsReview`).
 */
export const presetTranslations: typeof review.presetTranslations = review.presetTranslations;
