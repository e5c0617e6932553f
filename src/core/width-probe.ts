/**
 * A widget's `.width-probe` (core/tokens.ts) is a box as wide as the widget and 1em of its text
 * tall, its margin taking the height back: a ResizeObserver on it reports a change of the width,
 * and of the text size alone (`--vk-font-size`, the page's), so tiers in em decided in script are
 * taken again. Observing the probe, not the host, never loops: a new layout changes the host's
 * height, not the probe's size. A widget whose tiers count rem too makes its probe's font size
 * `calc(1em + 1rem)` (the step tracker): then a change of the root's text size alone is reported
 * as well, with `--vk-font-size` in px.
 */
const watched = new WeakMap<ResizeObserver, Element | null>();

/**
 * Keeps `observer` on the `.width-probe` in `root`, moving it when a render replaced the probe. Call
 * after each render (and once the observer is made). The probe observed is remembered per
 * observer: observing it again would report it again.
 */
export function watchProbe(observer: ResizeObserver | null | undefined, root: ParentNode): void {
  if (!observer) return;
  const probe = root.querySelector('.width-probe');
  const last = watched.get(observer);
  if (probe === last) return;
  if (last) observer.unobserve(last);
  if (probe) observer.observe(probe);
  watched.set(observer, probe);
}
