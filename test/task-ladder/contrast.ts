/** WCAG 2.1 contrast of rendered text (1.4.3), measured from computed colours in the real browser. */

type RGBA = [number, number, number, number];

export function parseColor(value: string): RGBA {
  const m = value.match(/rgba?\(([^)]+)\)/);
  if (!m) return [0, 0, 0, 0];
  const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return [parts[0], parts[1], parts[2], parts[3] ?? 1];
}

/** `top` painted over `bottom` (alpha compositing). */
export function over(top: RGBA, bottom: RGBA): RGBA {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

function luminance([r, g, b]: RGBA): number {
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: RGBA, b: RGBA): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The solid colour behind an element: its own and its ancestors' backgrounds composited (across shadow roots). */
export function backgroundOf(el: Element): RGBA {
  const layers: RGBA[] = [];
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const bg = parseColor(getComputedStyle(node).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] >= 1) break;
  }
  let result: RGBA = [255, 255, 255, 1];
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

export interface LowContrast {
  text: string;
  ratio: number;
  needed: number;
}

/** Every visible text in the shadow root whose contrast is below 4.5:1 (3:1 for large text). */
export function lowContrastTexts(root: ShadowRoot): LowContrast[] {
  const found: LowContrast[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !node.textContent?.trim()) continue;
    if (el.closest('.vk-visually-hidden, .print-only, .print-log, [disabled], [aria-disabled="true"]')) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    const style = getComputedStyle(el);
    if (Number(style.opacity) < 1) continue;
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    const background = backgroundOf(el);
    const ratio = contrast(over(parseColor(style.color), background), background);
    if (ratio < needed) found.push({ text: node.textContent.trim().slice(0, 40), ratio: Math.round(ratio * 100) / 100, needed });
  }
  return found;
}

/**
 * Applies the widget's own `@media (forced-colors: active)` rules unconditionally (this test runner
 * cannot emulate forced colours): the computed styles then show what those rules draw.
 */
export function applyForcedColorRules(root: ShadowRoot): void {
  const rules: string[] = [];
  for (const sheet of root.adoptedStyleSheets) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active')) rules.push(...Array.from(rule.cssRules).map((r) => r.cssText));
    }
  }
  const forced = new CSSStyleSheet();
  forced.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, forced];
}
