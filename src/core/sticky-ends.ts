/** The panels whose ends were made sticky (`stickyEnds`), each with its observer: one per panel, the last call's. */
const observers = new WeakMap<HTMLElement, ResizeObserver>();

/**
 * A panel's heading and buttons kept in view while the rest of it scrolls: the calendar's session
 * details and "plan a course" dialog, the tracker's step details, the board's card editor. At 200 % text on a phone the details fill the window, and a user
 * who scrolled them lost which session they were in and where Close was. The panel's styles make
 * its ends sticky under `data-sticky-ends`, set here only while the panel scrolls and its ends take
 * at most two thirds of it (the heading and buttons at 200 % text in a 320 × 640 window: 60 %); a
 * lower window (a phone turned, 400 % zoom) keeps its room for the rest, which would otherwise pass
 * under them unseen. Nor where a block to be read whole (`whole`: the notice for typing the host
 * changed under, its words and two choices) is taller than the room between them: at 200 % text in
 * a 320 × 640 window the notice took 480 px of the 300 left, its buttons never seen with its words
 * (before, 7 Dec, pass 56); the ends then scroll with the rest. Its scroll padding keeps a field that
 * focus moves to out from under them (WCAG 2.4.11), as the popover's own scrolling does
 * (core/popover.ts). Measured again as the panel, its content (a notice shown) or an end changes
 * size, and as its ends are rendered anew (`headSelector`, `footSelector`: found again each time);
 * ends on its own once the panel is hidden, or as it is called again for the same panel. Only lazy
 * chunks import this module (each widget's popover code), never an up-front bundle.
 */
export function stickyEnds(panel: HTMLElement, headSelector: string, footSelector: string, whole?: string): void {
  observers.get(panel)?.disconnect();
  let ends: Array<HTMLElement | null> = [];
  const observer = new ResizeObserver(() => {
    const [head, foot] = [headSelector, footSelector].map((selector) => panel.querySelector<HTMLElement>(selector));
    const shown = panel.checkVisibility();
    if (!shown || (!head && !foot)) {
      // Hidden, or showing something else (the board's one popover, its picture picker after the editor): not pinned.
      panel.removeAttribute('data-sticky-ends');
      panel.style.removeProperty('scroll-padding-block');
      if (shown) return;
      observers.delete(panel);
      return observer.disconnect();
    }
    // Ends rendered anew (the calendar's day list gone on to a session's details in the same panel): measured as they change too.
    if (head !== ends[0] || foot !== ends[1]) for (const box of (ends = [head, foot, head?.parentElement ?? null])) if (box) observer.observe(box);
    const top = head?.offsetHeight ?? 0;
    const bottom = foot?.offsetHeight ?? 0;
    const room = panel.clientHeight - top - bottom;
    // The block and the scroll padding beside it (below: 0.75em each side).
    const blocks = whole ? Array.from(panel.querySelectorAll<HTMLElement>(whole), (block) => block.offsetHeight) : [];
    const needed = blocks.length ? Math.max(...blocks) + 1.5 * parseFloat(getComputedStyle(panel).fontSize) : 0;
    const stick = panel.scrollHeight > panel.clientHeight && top + bottom <= (panel.clientHeight * 2) / 3 && needed <= room;
    panel.toggleAttribute('data-sticky-ends', stick);
    // Room beside them for a focused field's ring, also where focus scrolls to a part inside the
    // field (a time box's hour: its border and ring were under the heading).
    if (stick) panel.style.setProperty('scroll-padding-block', `calc(${top}px + 0.75em) calc(${bottom}px + 0.75em)`);
    else panel.style.removeProperty('scroll-padding-block');
  });
  observers.set(panel, observer);
  observer.observe(panel);
}

/**
 * The styles of `stickyEnds`' heading and buttons, for a panel whose child `box` (a selector) holds
 * them as its children `head` and `foot`, `gap` apart from the rest: bands across the panel, over
 * its padding and the gap beside them, so what scrolls under them shows neither beside their words
 * nor against them (the same look at rest); sticky under `data-sticky-ends`, with a line where the
 * rest goes under them (a border, in forced colours too; out of their layout). A sticky box keeps
 * clear of its scroller's padding: theirs cover it. One text for the calendar's details and dialog,
 * the tracker's details and the board's card editor (each was a copy), added to a widget's styles
 * with `unsafeCSS` (the selectors are the widgets' own constants, never host data): not inside a
 * lit css template literal, whose interpolation would leave the whole of it unminified
 * (scripts/bundle-options.mjs `minifyCssLiterals`).
 */
export function stickyBand(box: string, head: string, foot: string, gap: string): string {
  // Written as Lightning CSS would minify it: a string, not a css template, is not minified by the build.
  const pad = 'var(--_vk-popover-padding)';
  const ends = `[data-sticky-ends]>*>:is(${head},${foot})`;
  return [
    `${box}>:is(${head},${foot}){margin-inline:calc(-1*${pad});padding-inline:${pad};background:var(--_vk-bg);z-index:1;top:calc(-1*${pad});bottom:calc(-1*${pad})}`,
    `${box}>:is(${head}){margin-block:calc(-1*${pad}) calc(-1*${gap});padding-block:${pad} ${gap}}`,
    `${box}>${foot}{margin-block:calc(-1*${gap}) calc(-1*${pad});padding-block:${gap} ${pad}}`,
    `${ends}{position:sticky}`,
    `${ends}:after{content:"";position:absolute;inset-inline:0;inset-block-end:0;border-block-end:1px solid var(--_vk-border-subtle)}`,
    `[data-sticky-ends]>*>${foot}:after{inset-block:0 auto}`,
  ].join('');
}

