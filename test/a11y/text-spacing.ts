/**
 * WCAG 2.2 SC 1.4.12 Text Spacing as users apply it (the W3C text-spacing bookmarklet, browser
 * extensions): line height 1.5, paragraph spacing 2, letter spacing 0.12 and word spacing 0.16
 * times the font size, set with !important on every element — in the page and inside every shadow
 * root (a page-level user style reaches a shadow tree only through inheritance; the tools set the
 * properties on each element, which is the harder case for a widget that measures its text).
 *
 * `useTextSpacing(true)` adds the style to the document and to every shadow root made from then on
 * (`attachShadow` is wrapped: the root's style sheets always end with it, also after a widget
 * adopts more sheets), and to the open shadow roots already there.
 */
export const TEXT_SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

const sheet = new CSSStyleSheet();
sheet.replaceSync(TEXT_SPACING_CSS);
const adopted = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets') as PropertyDescriptor;
const attachShadow = Element.prototype.attachShadow;
const withSpacing = (sheets: readonly CSSStyleSheet[]): CSSStyleSheet[] => [...sheets.filter((s) => s !== sheet), sheet];

function addTo(root: ShadowRoot): void {
  Object.defineProperty(root, 'adoptedStyleSheets', {
    configurable: true,
    get(this: ShadowRoot) {
      return adopted.get?.call(this) as CSSStyleSheet[];
    },
    set(this: ShadowRoot, sheets: CSSStyleSheet[]) {
      adopted.set?.call(this, withSpacing(sheets));
    },
  });
  root.adoptedStyleSheets = root.adoptedStyleSheets.slice();
}

function removeFrom(root: ShadowRoot): void {
  delete (root as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
  root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
}

function shadowRoots(root: Document | ShadowRoot, found: ShadowRoot[] = []): ShadowRoot[] {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.shadowRoot) {
      found.push(el.shadowRoot);
      shadowRoots(el.shadowRoot, found);
    }
  }
  return found;
}

/** Text spacing on (for the page, its shadow roots and every shadow root made later) or off. */
export function useTextSpacing(on: boolean): void {
  Element.prototype.attachShadow = on
    ? function (this: Element, init: ShadowRootInit): ShadowRoot {
        const root = attachShadow.call(this, init);
        addTo(root);
        return root;
      }
    : attachShadow;
  document.adoptedStyleSheets = on ? withSpacing(document.adoptedStyleSheets) : document.adoptedStyleSheets.filter((s) => s !== sheet);
  for (const root of shadowRoots(document)) (on ? addTo : removeFrom)(root);
}
