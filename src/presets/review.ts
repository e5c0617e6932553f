/**
 * The review state of the texts shipped in the presets (step titles and descriptions, ladder
 * templates, sample plans and schedule with their places): which languages a fluent speaker has
 * checked and which were machine-written and still need review. Hosts that show presets to
 * participants can tell advisers which texts to check with an interpreter. The same list, per
 * file, is in docs/translations.md.
 */
export const presetTranslations = {
  /** Written or checked by the team. */
  reviewed: ['nb', 'en'],
  /** Machine-written; need review by a fluent speaker before relying on them. */
  needsReview: ['nn', 'ar', 'uk', 'ti', 'so', 'fa'],
} as const;
