/**
 * `veikart/define` (also `veikart/define.js`, and the drop-in `dist/veikart.js` built from this
 * file): registers all four Veikart elements in the global registry — once; a second copy on the
 * page warns and keeps the first — and re-exports the public API of `veikart` (the presets through `loadPresets()`).
 * @example import 'veikart/define';
 */
import { defineAll } from './api.js';

defineAll();

export * from './api.js';
