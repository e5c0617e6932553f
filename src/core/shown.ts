/**
 * Whether the recorder is still there to be seen and pressed: a microphone must not record out of
 * sight (recorder.ts). The same detection as reading aloud's (read-aloud.ts `ReadAloud.read`), which
 * keeps its own copy: shared, this module would be a chunk of every widget's first load with an
 * export for the lazy recorder (46 B gzip more for the board and the ladder, 6 Dec 2026).
 */

/**
 * Rendered and visible: not `display: none` on it or around it (`hidden`, a closed tab panel), not
 * in a closed `<details>` (content-visibility: hidden), not `visibility: hidden`. Scrolled out of
 * view is still shown.
 */
export const shown = (el: Element): boolean => el.checkVisibility({ visibilityProperty: true });

/**
 * Calls `hidden` when `el` stops being rendered, until the returned function is called. A
 * display: none box (`hidden`, a tab panel closed around it) is resized to 0 × 0, in view or not; a
 * closed `<details>` around it keeps its boxes, skipped (content-visibility: hidden): no resize,
 * but it leaves the viewport. (`visibility: hidden` is neither: callers ask `shown` at their own
 * moments: at each frame of a recording.) The page itself hidden (another tab chosen, the browser
 * minimised, the phone's screen locked: `document.visibilityState` "hidden", HTML Living Standard
 * "page visibility") counts too: frames stop there, so no frame would ask.
 */
export function whenHidden(el: Element, hidden: () => void): () => void {
  const check = (): void => void (shown(el) || hidden());
  const observers = [new ResizeObserver(check), new IntersectionObserver(check)];
  for (const observer of observers) observer.observe(el);
  const page = el.ownerDocument;
  const away = (): void => void (page.visibilityState === 'hidden' && hidden());
  page.addEventListener('visibilitychange', away);
  return () => {
    observers.forEach((observer) => observer.disconnect());
    page.removeEventListener('visibilitychange', away);
  };
}
