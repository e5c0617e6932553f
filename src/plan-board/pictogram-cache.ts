import type { TemplateResult } from 'lit';
import { pictogramRegistry, renderPictogram } from '../core/pictograms.js';
import type { Pictogram } from '../core/types.js';

// A board renders the same few pictograms on hundreds of cards, on every update (a keyboard move
// re-renders the board): resolving each one builds its URL again. A decorative pictogram (alt="")
// depends only on its id and the registered pictograms / base URL, so its template is kept by id
// and dropped whenever those change.
const decorative = new Map<string, TemplateResult | null>();
let generation = 0;
pictogramRegistry.addEventListener('change', () => {
  decorative.clear();
  generation++;
});

/** Counts changes of the registered pictograms / base URL: a memoised template that shows pictograms depends on it. */
export function pictogramGeneration(): number {
  return generation;
}

/** `renderPictogram(pictogram, locale, true)`, kept per id for string references. */
export function decorativePictogram(pictogram: Pictogram | undefined | null, locale: string): TemplateResult | null {
  if (typeof pictogram !== 'string') return renderPictogram(pictogram, locale, true);
  let result = decorative.get(pictogram);
  if (result === undefined) {
    result = renderPictogram(pictogram, locale, true);
    decorative.set(pictogram, result);
  }
  return result;
}
