/**
 * How many cards a list needs so its rendered cards reach `bottom` (px, client coordinates):
 * `count` cards are rendered, the first starting at `top`, the last ending at `end`. At their
 * average height, plus one. `count` when they already reach it or are not laid out (0 px tall).
 * The plan board's and the task ladder's first frames use it after one layout read of a probe.
 */
export function cardsToFill(count: number, top: number, end: number, bottom: number): number {
  if (count === 0 || end >= bottom || end <= top) return count;
  const each = (end - top) / count;
  return count + Math.ceil((bottom - end) / each) + 1;
}

/**
 * `cardsToFill` for a rendered list (`items`, its children), against the bottom of the viewport:
 * one layout read of its first and last item. Call it before the frame is painted, after the
 * list rendered (read, then write).
 */
export function itemsToFill(items: HTMLCollection): number {
  if (items.length === 0) return 0;
  return cardsToFill(items.length, items[0].getBoundingClientRect().top, items[items.length - 1].getBoundingClientRect().bottom, window.innerHeight || 900);
}
