import { supportsAdoptingStyleSheets, type CSSResult } from 'lit';

const adopted = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds styles to a shadow root after its first render (the styles of a lazily loaded part), after
 * the element's own styles, once per root: as adopted style sheets, else as `<style>` elements (with
 * `window.litNonce`, as Lit does).
 */
export function adoptLateStyles(root: ShadowRoot, styles: readonly CSSResult[]): void {
  const done = adopted.get(root) ?? new Set<CSSResult>();
  adopted.set(root, done);
  const fresh = styles.filter((s) => !done.has(s));
  if (fresh.length === 0) return;
  fresh.forEach((s) => done.add(s));
  if (supportsAdoptingStyleSheets && fresh.every((s) => s.styleSheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...fresh.map((s) => s.styleSheet as CSSStyleSheet)];
    return;
  }
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  for (const s of fresh) {
    const style = document.createElement('style');
    if (nonce) style.setAttribute('nonce', nonce);
    style.textContent = s.cssText;
    root.appendChild(style);
  }
}
