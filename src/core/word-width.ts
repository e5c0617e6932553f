/**
 * Whether every word of the steps' visible texts fits a horizontal step column, measured with a
 * canvas in the host's own font: the tracker goes horizontal only when no word would have to be
 * split (easy-to-read guidance: never split a word across lines).
 */
const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

function measure(word: string, font: string): number {
  const key = `${font}|${word}`;
  let width = widths.get(key);
  if (width === undefined) {
    context ??= document.createElement('canvas').getContext('2d');
    if (!context) return 0;
    context.font = font;
    width = context.measureText(word).width;
    if (widths.size > 5000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

/** One run of text as shown: its words, and the CSS font it is drawn in. */
export interface ShownText {
  text: string;
  font: string;
}

/**
 * The widest single word among the texts, in CSS px, with `letterSpacing` (px, the host's computed
 * letter-spacing: a user's text-spacing style, WCAG 1.4.12) after each of its characters.
 */
export function widestWord(texts: readonly ShownText[], letterSpacing = 0): number {
  let widest = 0;
  for (const { text, font } of texts) {
    for (const word of text.split(/\s+/u)) if (word) widest = Math.max(widest, measure(word, font) + letterSpacing * word.length);
  }
  return widest;
}
