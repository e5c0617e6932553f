/**
 * Veikart: visual-planning web components for the introduction programme.
 * Importing this module defines no elements (no side effects): it exports the element classes,
 * the pure document functions (`validateDocument`, `applyOperation`), the presets and
 * `loadPresets()`, `defineAll()`, `registerPictograms()`, `setPictogramBase()` and `setLocale()`.
 * To register the tags import `veikart/define` (all four), `veikart/plan-board` (one), or call
 * `defineAll(registry)`.
 */
export * from './api.js';
export * from './presets/index.js';
