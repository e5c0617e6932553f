/**
 * Veikart: visual-planning web components for the introduction programme.
 * Importing this module defines no elements (no side effects): it exports the element classes,
 * the pure document functions (`validateDocument`, `applyOperation`), the presets and
 * `loadPresets()`, `defineAll()`, `registerPictograms()`, `setPictogramBase()` and `setLocale()`.
 * To register the tags import `veikart/define` (all four), `veikart/plan-board` (one), or call
 * `defineAll(registry)`.
 */
export * from './api.js';
// The presets through modules of their own (src/presets/static/, one per preset file), not
// ./presets/index.js (what loadPresets() loads): esbuild then loads only the presets an app uses.
export * from './presets/static/steps.js';
export * from './presets/static/plan.js';
export * from './presets/static/ladder.js';
export * from './presets/static/schedule.js';
export * from './presets/static/review.js';
