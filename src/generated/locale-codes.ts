// Do not modify this file by hand!
// Re-generate this file by running lit-localize.

/**
 * The locale code that templates in this source code are written in.
 */
export const sourceLocale = `nb`;

/**
 * The other locale codes that this application is localized into. Sorted
 * lexicographically.
 */
export const targetLocales = [
  `ar`,
  `en`,
  `fa`,
  `nn`,
  `so`,
  `ti`,
  `uk`,
] as const;

/**
 * All valid project locale codes. Sorted lexicographically.
 */
export const allLocales = [
  `ar`,
  `en`,
  `fa`,
  `nb`,
  `nn`,
  `so`,
  `ti`,
  `uk`,
] as const;
