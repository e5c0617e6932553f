// The built-in set for pickers, apart from core/pictograms.ts: only the pickers (the board's lazy editing chunk) and the
// package's API use it, so a widget that resolves pictograms up front does not carry it (a module is bundled whole).
import { builtInPictograms, type BuiltInPictogram } from './pictogram-catalog.js';
import { builtInUrl } from './pictograms.js';

/** The built-in set, for pickers: id, category and text alternative in the current UI locale. */
export function listBuiltInPictograms(): Array<{ id: string; category: BuiltInPictogram['category']; alt: string; src: string }> {
  return builtInPictograms.map((p) => ({ id: `vk:${p.name}`, category: p.category, alt: p.alt(), src: builtInUrl(p.name) }));
}
