/**
 * Layout checks over a rendered story, walking the composed tree (light DOM and every shadow root):
 *
 * - **Split words** (typography rule, issue 9): a word is a run of text between white space, or
 *   between the break opportunities a writer expects (after a hyphen, dash, slash or soft hyphen).
 *   A word fails when its Range's client rects sit on two or more line boxes while the word (the
 *   sum of its fragments' widths) is narrower than its container — the widget's box (or, for text
 *   outside any widget, the story container). So both causes fail: a word broken although it fits
 *   its line (`overflow-wrap: anywhere`, `word-break`, automatic hyphenation) and a layout that
 *   squeezes a column, cell or step narrower than the words in it ("Vinterf|erie" in a 45 px
 *   month cell of a 320 px calendar). Only a word wider than the whole widget may be broken.
 *   Lines hidden by a line clamp (`-webkit-line-clamp`) are not looked at: no one sees them.
 * - **Overflow** (WCAG 1.4.10 Reflow): nothing inside a widget (elements or text) shows outside
 *   the widget's box horizontally, clipping by scroll/clip containers inside the widget taken into
 *   account (a row that scrolls inside the widget is allowed); and the widget's box stays inside
 *   the box its host page gives it (its parent element), so the host page never scrolls sideways.
 */

export interface SplitWord {
  word: string;
  lines: number;
  wordWidth: number;
  /** The content width of the block the word sits in. */
  lineWidth: number;
  /** The width of the word's container (the widget's box, or the story container). */
  containerWidth: number;
  /** A short path to the text: `vk-plan-board > li.card > span[part=text]`. */
  where: string;
}

export interface Overflow {
  where: string;
  /** Pixels outside the box on the start/end side (physical left/right). */
  left: number;
  right: number;
}

const SKIP = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'TITLE', 'NOSCRIPT']);
const BREAK_AFTER = /(?<=[-\u2010\u2013\u2014/\u00AD])/u;
const WORD = /[^\s\u200B]+/gu;

function parentOf(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function describe(el: Element | null): string {
  const parts: string[] = [];
  for (let e = el, n = 0; e && n < 4; e = parentOf(e), n++) {
    const part = e.getAttribute('part');
    const cls = typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/)[0]}` : '';
    parts.unshift(`${e.tagName.toLowerCase()}${part ? `[part=${part}]` : cls}`);
    if (e.tagName.startsWith('VK-')) break;
  }
  return parts.join(' > ');
}

/** The nearest ancestor that lays out lines (not inline, not display: contents). */
function blockOf(el: Element): Element {
  let e: Element | null = el;
  while (e) {
    const display = getComputedStyle(e).display;
    if (!display.startsWith('inline') && display !== 'contents') return e;
    e = parentOf(e);
  }
  return el;
}

function contentWidth(el: Element): number {
  const style = getComputedStyle(el);
  return el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
}

/** Distinct line boxes among rects: rects on one line overlap vertically. */
function lineCount(rects: DOMRect[]): number {
  const lines: Array<{ top: number; bottom: number }> = [];
  for (const r of [...rects].sort((a, b) => a.top - b.top)) {
    const line = lines.find((l) => Math.min(l.bottom, r.bottom) - Math.max(l.top, r.top) > Math.min(r.height, l.bottom - l.top) / 2);
    if (line) {
      line.top = Math.min(line.top, r.top);
      line.bottom = Math.max(line.bottom, r.bottom);
    } else lines.push({ top: r.top, bottom: r.bottom });
  }
  return lines.length;
}

/** Every rendered text node under root, through shadow roots (slotted text is reached too). */
function* textNodes(root: Node): Generator<Text> {
  for (const child of Array.from(root.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      if ((child.textContent ?? '').trim()) yield child as Text;
    } else if (child instanceof Element) {
      if (SKIP.has(child.tagName) || child instanceof SVGElement) continue;
      if (child.shadowRoot) yield* textNodes(child.shadowRoot);
      yield* textNodes(child);
    }
  }
}

/** Words split across lines although they fit on one. */
export function splitWords(root: Element): SplitWord[] {
  const widgetWidth = new Map<Node, number>();
  const containerOf = (node: Node): number => {
    for (let e = parentOf(node); e; e = parentOf(e)) {
      if (e.tagName.startsWith('VK-')) {
        if (!widgetWidth.has(e)) widgetWidth.set(e, contentWidth(e));
        return widgetWidth.get(e) as number;
      }
      if (e === root) break;
    }
    return contentWidth(root);
  };
  const found: SplitWord[] = [];
  const range = document.createRange();
  for (const node of textNodes(root)) {
    const parent = node.parentElement ?? parentOf(node);
    if (!parent) continue;
    const style = getComputedStyle(parent);
    if (style.visibility !== 'visible') continue;
    const block = blockOf(parent);
    const lineWidth = contentWidth(block);
    // Lines a line clamp hides are not seen (a one-line title shortened with an ellipsis).
    const clamp = getComputedStyle(block).webkitLineClamp !== 'none' ? block.getBoundingClientRect() : null;
    if (lineWidth < 2) continue; // visually hidden text (1 px boxes) is read, not seen
    const text = node.data;
    for (const match of text.matchAll(WORD)) {
      let offset = match.index ?? 0;
      for (const word of match[0].split(BREAK_AFTER)) {
        const start = offset;
        offset += word.length;
        if (word.length < 2) continue;
        range.setStart(node, start);
        range.setEnd(node, start + word.length);
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0.5 && r.height > 0.5 && (!clamp || (r.bottom > clamp.top + 1 && r.top < clamp.bottom - 1)));
        if (rects.length < 2) continue;
        const lines = lineCount(rects);
        if (lines < 2) continue;
        const wordWidth = rects.reduce((sum, r) => sum + r.width, 0);
        const containerWidth = containerOf(node);
        if (wordWidth < containerWidth) found.push({ word, lines, wordWidth: Math.round(wordWidth), lineWidth: Math.round(lineWidth), containerWidth: Math.round(containerWidth), where: describe(parent) });
      }
    }
  }
  return found;
}

function clips(style: CSSStyleDeclaration): boolean {
  return style.overflowX !== 'visible' || (style.contain ?? '').includes('paint') || style.clipPath !== 'none' || (style.clip !== 'auto' && style.clip !== '');
}

/**
 * Everything inside `widget` that shows outside its box horizontally (beyond 1 px), plus the
 * widget's own box if it overflows its parent's content box.
 */
export function overflows(widget: HTMLElement): Overflow[] {
  const found: Overflow[] = [];
  const box = widget.getBoundingClientRect();
  const check = (rect: DOMRect | { left: number; right: number; width: number }, clip: { left: number; right: number }, where: () => string): void => {
    if (rect.width <= 0) return;
    const left = Math.max(rect.left, clip.left);
    const right = Math.min(rect.right, clip.right);
    if (right - left <= 0) return;
    const outLeft = box.left - left;
    const outRight = right - box.right;
    if (outLeft > 1 || outRight > 1) found.push({ where: where(), left: Math.round(Math.max(0, outLeft)), right: Math.round(Math.max(0, outRight)) });
  };
  const range = document.createRange();
  const walk = (node: Node, clip: { left: number; right: number }): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim()) {
        range.selectNodeContents(child);
        for (const rect of Array.from(range.getClientRects())) check(rect, clip, () => `text "${(child.textContent ?? '').trim().slice(0, 30)}" in ${describe(parentOf(child))}`);
      } else if (child instanceof Element) {
        if (SKIP.has(child.tagName)) continue;
        const style = getComputedStyle(child);
        if (style.display === 'none' || style.position === 'fixed') continue;
        const rect = child.getBoundingClientRect();
        if (style.visibility === 'visible') check(rect, clip, () => describe(child));
        const inner = clips(style) ? { left: Math.max(clip.left, rect.left), right: Math.min(clip.right, rect.right) } : clip;
        if (child instanceof SVGElement) continue;
        if (child.shadowRoot) walk(child.shadowRoot, inner);
        walk(child, inner);
      }
    }
  };
  const everywhere = { left: -Infinity, right: Infinity };
  if (widget.shadowRoot) walk(widget.shadowRoot, everywhere);
  walk(widget, everywhere);
  const parent = widget.parentElement;
  if (parent) {
    const p = parent.getBoundingClientRect();
    const style = getComputedStyle(parent);
    const inner = { left: p.left + parseFloat(style.borderLeftWidth), right: p.right - parseFloat(style.borderRightWidth) };
    const outLeft = inner.left - box.left;
    const outRight = box.right - inner.right;
    if (outLeft > 1 || outRight > 1) found.push({ where: `${widget.tagName.toLowerCase()} itself, in its parent ${describe(parent)}`, left: Math.round(Math.max(0, outLeft)), right: Math.round(Math.max(0, outRight)) });
  }
  return found;
}

/** True when the page scrolls sideways. */
export function pageScrollsSideways(): boolean {
  const root = document.scrollingElement ?? document.documentElement;
  return root.scrollWidth > root.clientWidth + 1;
}

/**
 * The words under `element` (every text node) drawn on more than one line: split mid-word, even
 * where the word alone is wider than its box (unlike `splitWords`, which excuses those: a word-fit
 * test's point is that the word is drawn small enough to fit).
 */
export function wordsOnTwoLines(element: Node): string[] {
  const split: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(/[^\s\u2068\u2069]+/gu)) {
      const range = document.createRange();
      range.setStart(node, match.index ?? 0);
      range.setEnd(node, (match.index ?? 0) + match[0].length);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0.5 && r.height > 0.5);
      const tops = rects.map((r) => r.top).sort((a, b) => a - b);
      if (tops.some((top, i) => i > 0 && top - tops[i - 1] > rects[0].height / 2)) split.push(match[0]);
    }
  }
  return split;
}
