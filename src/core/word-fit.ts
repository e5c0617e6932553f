import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { widestWord } from './word-width.js';

/**
 * A word drawn a little smaller rather than split across lines (easy-to-read guidance: never split
 * a word). On an element whose text has a word of 10 or more letters (shorter ones always fit: no
 * glyph is wider than 1em, and no box is narrower than 10em at any text size, board-words.ts), its
 * widest word is measured once, in em, on a canvas in the element's own font family and weight
 * (core/word-width.ts) with the user's letter spacing (WCAG 1.4.12), and the element gets
 *
 *   font-size: min(1em, (100cqi - inset) / <word in em>), never below the floor
 *
 * as an inline style (CSSOM, so a strict `style-src` allows it): as large as the text would be
 * (1em of its parent) while the word fits the width of its nearest size container, smaller only as
 * much as the word needs, down to the floor, `--_vk-fit-min`: by default clamp(.5em, 16px, .75em),
 * 0.75 of its size up to 133 % text, and above that 16 px (the browsers' default text size: never
 * smaller than ordinary text), not below half its size. The 16 px is a last resort for enlarged
 * text on a phone, where some boxes are narrower than any layout can widen them: at 200 % text in
 * a 254 px widget (a 320 px phone less its page's margins, 7.9em) a board card's "Samfunnskunnskap"
 * needed 0.69, the ladder's "oppvaskmaskinen" 0.72, the tracker's "samarbeidspartnere" 0.73 (the
 * board is one column there, the pictures already above the words, the paddings already thin).
 * A participant's text, drawn at 1.1em, has the same floor of the widget's own size, not of its
 * enlarged one (plan-board.styles.ts). A word that would need less keeps its size
 * and wraps (`overflow-wrap: break-word`) as before. So the box the text lives in must be its nearest `container-type:
 * inline-size` (a box sized by its track, not its content: a size container has no min-content),
 * less `--_vk-fit-inset` where something always stands beside the text in it (the board card's
 * place pin: 100cqi becomes 100cqi - inset).
 * Only long-worded texts are measured, after the render that shows them (one microtask for every
 * element of a render: all styles read, then all written), and again only when their text
 * changes. Nothing here reads a layout value, but a style read inside a size container makes
 * Chromium lay the page out first (style depends on the container's size), and the frame lays it
 * out again after the sizes are written: in a 500-session calendar month that was ~24 ms of
 * main-thread time for three legend names (5 Dec 2026), so widgets with large first renders use it
 * only where it pays (popovers, cards, steps); the calendar's legend has its own, later fit
 * (course-calendar/legend-fit.ts).
 */
class FitWord extends Directive {
  t?: string;
  render(_text: string): unknown {
    return noChange;
  }
  override update(part: ElementPart, [text]: [string]): unknown {
    const el = part.element as HTMLElement;
    if (text !== this.t) {
      this.t = text;
      if (/\S{10}/u.test(text)) (queue ??= (queueMicrotask(measure), [])).push([el, text]);
      else el.style.fontSize = '';
    }
    return noChange;
  }
}

let queue: [HTMLElement, string][] | undefined;

function measure(): void {
  const shown = queue!.map(([el, text]) => {
    const { fontWeight, fontFamily, fontSize, letterSpacing } = getComputedStyle(el);
    // No family: not rendered (width '': nothing is set).
    return [el, (fontFamily && widestWord([{ text, font: `${fontWeight} 100px ${fontFamily}` }], (100 * parseFloat(letterSpacing)) / parseFloat(fontSize) || 0)) as number] as const;
  });
  queue = undefined;
  // The size where the word is 2% narrower than the box (the canvas's width and the laid-out line's
  // may differ by rounding), at least the floor; where the word does not fit even then (0.98 of it,
  // with the 2%), the third term is 1em or more: the min() is then 1em, the text's own size.
  for (const [el, width] of shown) {
    const fit = `(100cqi - var(--_vk-fit-inset,0px))*${98 / width}`;
    if (width) el.style.fontSize = `min(1em,max(var(--_vk-fit-min,clamp(.5em,16px,.75em)),${fit},(var(--_vk-fit-min,clamp(.5em,16px,.75em))*.98 - ${fit})*1e3))`;
  }
}

/** `<span ${fitWord(text)}>${text}</span>`: see `FitWord`. */
export const fitWord = directive(FitWord);
