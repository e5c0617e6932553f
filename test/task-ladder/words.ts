/** Layout checks shared by the ladder and tracker tests: split words and overflow, measured with Ranges. */

export interface SplitWord {
  word: string;
  lines: number;
  wordWidth: number;
  lineWidth: number;
}

function blockAncestor(node: Node): HTMLElement | null {
  let el = node.parentElement;
  while (el && getComputedStyle(el).display.startsWith('inline') && !getComputedStyle(el).display.includes('-')) el = el.parentElement;
  return el;
}

function contentWidth(el: HTMLElement): number {
  const style = getComputedStyle(el);
  return el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
}

function hidden(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (el.classList.contains('vk-visually-hidden') || el.getAttribute('aria-hidden') === 'true' && el.classList.contains('print-only')) return true;
  }
  return false;
}

/**
 * Every word (in the widget's shadow root) whose Range spans more than one line box although the
 * word alone is no wider than the block it sits in: a word split that did not have to happen.
 */
export function splitWords(root: ShadowRoot): SplitWord[] {
  const found: SplitWord[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!text.trim() || hidden(node)) continue;
    for (const match of text.matchAll(/[^\s\u2068\u2069]+/gu)) {
      const range = document.createRange();
      range.setStart(node, match.index ?? 0);
      range.setEnd(node, (match.index ?? 0) + match[0].length);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0.5 && r.height > 0.5);
      if (rects.length < 2) continue;
      const tops = rects.map((r) => r.top).sort((a, b) => a - b);
      let lines = 1;
      for (let i = 1; i < tops.length; i++) if (tops[i] - tops[i - 1] > rects[0].height / 2) lines++;
      if (lines < 2) continue;
      const block = blockAncestor(node);
      const wordWidth = rects.reduce((sum, r) => sum + r.width, 0);
      const lineWidth = block ? contentWidth(block) : Infinity;
      if (wordWidth <= lineWidth + 1) found.push({ word: match[0], lines, wordWidth: Math.round(wordWidth), lineWidth: Math.round(lineWidth) });
    }
  }
  return found;
}

/** Elements of the shadow root painted outside the host's box (popovers and hidden text excluded). */
export function overflowing(host: HTMLElement): string[] {
  const box = host.getBoundingClientRect();
  const out: string[] = [];
  for (const el of Array.from(host.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? [])) {
    if (el.closest('.vk-popover, .vk-visually-hidden, [data-vk-announcer]')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < box.left - 1 || r.right > box.right + 1) out.push(`${el.tagName.toLowerCase()}.${el.className}: ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`);
  }
  return out;
}

export const containerWidths = [320, 480, 720, 1100] as const;
