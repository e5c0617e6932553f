// Words on the demo page drawn a little smaller rather than split or clipped (the widgets' rule,
// src/core/word-fit.ts: never split a word). A newcomer at 360 px and 200 % text saw the ladder's
// heading break mid-word ("Opplæringspla|n") and the branch select cut ("Kjøkken og kantin…").
// Here only the width of the widest word (or, for a select, which cannot wrap, of the widest option
// whole) is measured, in em of the element's own font, into `--fit-em`; demo.css does the rest:
//   font-size: max(0.75 × size, min(size, (100cqi − what stands beside it) / --fit-em))
// so it follows the page's width and text size without measuring again.
import { onDemoLanguage } from './i18n.js';

let context: CanvasRenderingContext2D | null | undefined;

/** The widest of `texts` (each split into words unless `whole`) in em of `el`'s font, with its letter spacing. */
function widestEm(el: HTMLElement, texts: readonly string[], whole: boolean): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return 0;
  const style = getComputedStyle(el);
  const size = parseFloat(style.fontSize) || 16;
  context.font = `${style.fontStyle} ${style.fontWeight} ${size}px ${style.fontFamily}`;
  const spacing = parseFloat(style.letterSpacing) || 0;
  let widest = 0;
  for (const text of texts) for (const word of whole ? [text.trim()] : text.split(/\s+/u)) if (word) widest = Math.max(widest, context.measureText(word).width + spacing * word.length);
  return widest / size;
}

/** Keeps `--fit-em` on `el` up to date: now, once the web fonts are in, and when the demo's language changes. */
export function fitWords(el: HTMLElement, texts: () => readonly string[], whole = false): void {
  const fit = (): void => {
    const em = widestEm(el, texts(), whole);
    // 2 % to spare, as the widgets' fit: the canvas's width and the laid-out line's may differ by rounding.
    if (em > 0) el.style.setProperty('--fit-em', (Math.ceil(em * 1020) / 1000).toFixed(3));
  };
  fit();
  void document.fonts?.ready.then(fit);
  onDemoLanguage(fit);
}
