/**
 * A panel's heading and buttons kept in view while the rest of it scrolls: the session details
 * and the "plan a course" dialog. At 200 % text on a phone the details fill the window, and a user
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
 * size; ends on its own once the panel is hidden.
 */
export function stickyEnds(panel: HTMLElement, head: HTMLElement | null, foot: HTMLElement | null, whole?: string): void {
  const observer = new ResizeObserver(() => {
    if (!panel.checkVisibility()) return observer.disconnect();
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
  for (const box of [panel, head?.parentElement, head, foot]) if (box) observer.observe(box);
}
