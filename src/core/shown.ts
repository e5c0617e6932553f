/**
 * Whether a widget (or a part of one) is still there to be seen and pressed, for what must not go
 * on out of sight: a reading aloud, whose press to stop it went with it (read-aloud.ts), a
 * microphone recording (recorder.ts).
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
 * moments, between the parts read, at each frame of a recording.)
 */
export function whenHidden(el: Element, hidden: () => void): () => void {
  const check = (): void => void (shown(el) || hidden());
  const observers = [new ResizeObserver(check), new IntersectionObserver(check)];
  for (const observer of observers) observer.observe(el);
  return () => observers.forEach((observer) => observer.disconnect());
}
