/**
 * Font instances built before a widget's first render.
 *
 * Each (size, weight) pair a page's text uses is a font instance that a fresh Chromium renderer
 * builds on first use: on Linux a synchronous request to the browser process for its render
 * style and, per new weight, a fontconfig family match — 1–3 ms each, inside the first layout
 * that needs it (docs/benchmarks.md, ninth and tenth passes). Measuring a line of text on a
 * canvas in the same font builds the same instance, and the browser keeps it for the page. So a
 * widget's `prepare()` (run by `defineElement` in a task right after the define) builds the
 * instances its first render will use; the first layout after a host sets `value` then finds them
 * ready.
 * Nothing is drawn or stored, and nothing is fetched: a font the page would have to download
 * (a host's `@font-face` not loaded yet) is skipped, so it loads only when a widget shows text.
 */

/** The text measured: Latin letters and digits, as the first render's text mostly is. */
const SAMPLE = 'Aa 09:00';

/** The widgets' default font stack: the fallback of `--_vk-font` in tokens.ts (a test keeps the two equal). */
export const DEFAULT_FONT_FAMILY = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Ethiopic', sans-serif";

/**
 * A font instance a widget's first render lays text out in: its size as a multiple of the
 * widget's base font size (`--vk-font-size`, default 1rem), and its weight.
 * @example [0.8, 600] // a month chip's bold start time: 12.8 px at the default 16 px
 */
export type FontInstance = readonly [scale: number, weight: 400 | 600];

/**
 * A width given in CSS px at the default 16 px root text, in px at the page's root font size now
 * (`px / 16` rem): the widgets' width tiers in script, as their container queries in `rem`, come
 * sooner with larger text (WCAG 1.4.4). Reads the root's computed style (clean after layout).
 */
export function remScaled(px: number): number {
  return (px / 16) * (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
}

/**
 * The base size in px a widget's text is scaled from: `--vk-font-size`, else Designsystemet's
 * `--ds-body-md-font-size`, as set on the page's root (px or rem), else the root's font size
 * (1rem). Anything else (em, %, calc(), a size set lower in the page) gives null: the widget's
 * own layout then builds its instances as it always did.
 */
export function baseFontPx(root: CSSStyleDeclaration): number | null {
  const rootPx = parseFloat(root.fontSize) || 16;
  const token = root.getPropertyValue('--vk-font-size').trim() || root.getPropertyValue('--ds-body-md-font-size').trim();
  if (!token) return rootPx;
  const match = /^(\d*\.?\d+)(px|rem)$/.exec(token);
  if (!match) return null;
  return match[2] === 'px' ? Number(match[1]) : Number(match[1]) * rootPx;
}

/**
 * The CSS `font` shorthands for `instances` at `basePx` in `family`: `600 12.8px <family>`.
 * Sizes are rounded to 1/100 px, as Blink keys its font instances.
 */
export function fontShorthands(instances: readonly FontInstance[], basePx: number, family: string): string[] {
  return instances.map(([scale, weight]) => `${weight} ${Math.round(basePx * scale * 100) / 100}px ${family}`);
}

/**
 * Builds the font instances `instances` in the page's Veikart font (`--vk-font-family`, else
 * `--ds-font-family`, else {@link DEFAULT_FONT_FAMILY}) by measuring a short text in each on an
 * offscreen canvas. Call it before a first render (a widget's `prepare()`); measuring an instance
 * the page already has costs next to nothing. Skips an instance whose font the page would still
 * have to download (`document.fonts.check`). Does nothing without `OffscreenCanvas`, or when the
 * base size is not a plain px/rem value.
 */
export function prepareFonts(instances: readonly FontInstance[]): void {
  if (typeof OffscreenCanvas !== 'function' || typeof document === 'undefined') return;
  const context = new OffscreenCanvas(1, 1).getContext('2d');
  const root = getComputedStyle(document.documentElement);
  const base = baseFontPx(root);
  if (!context || base === null) return;
  const family = root.getPropertyValue('--vk-font-family').trim() || root.getPropertyValue('--ds-font-family').trim() || DEFAULT_FONT_FAMILY;
  for (const font of fontShorthands(instances, base, family)) {
    try {
      // False while a web font in the stack has a face still to load: measuring would fetch it.
      if (!document.fonts.check(font, SAMPLE)) continue;
    } catch {
      continue; // not a font the CSS font shorthand accepts
    }
    context.font = font;
    context.measureText(SAMPLE);
  }
}
