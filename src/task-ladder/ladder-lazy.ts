// The task ladder's lazy parts (the details panel, the recorder) and the size of a new ladder's
// first frame: module-level on purpose (see each), so no pending load holds a ladder.

import { itemsToFill } from '../core/first-frame.js';

export type PanelModule = typeof import('./task-panel.js');
let panelModule: Promise<PanelModule> | undefined;
/** The panel's module once it has arrived (then a ladder adopts it without waiting a microtask). */
export let loadedPanel: PanelModule | undefined;
/**
 * The details popover's code and styles: one chunk, loaded once for every ladder on the page
 * (a failed load is tried again on the next open).
 */
export function loadPanel(): Promise<PanelModule> {
  panelModule ??= import('./task-panel.js').then(
    (module) => (loadedPanel = module),
    (error: unknown) => {
      panelModule = undefined;
      throw error;
    },
  );
  return panelModule;
}

/**
 * Fetches the panel's chunk ahead of the first open; a failure is ignored here (the open tries
 * again). Module-level: a `.catch` arrow made in the element's listener would hold the ladder
 * (through the class-field initializer's context, which has `this`) until the chunk arrived.
 */
export function preloadPanel(): void {
  loadPanel().catch(ignore);
}

function ignore(): void {}

/**
 * The recorder is a lazy part: its module loads the first time a panel shows it. Called, not a
 * bare import: bundlers that trust `sideEffects` drop a lazy chunk's top-level define. Module-level,
 * not an arrow inside `updated()`: that arrow would share `updated()`'s context (with `this`), and
 * the pending import would keep every ladder opened and removed before the chunk arrived reachable.
 */
export function loadRecorder(): void {
  void import('../core/recorder.js').then(({ defineRecorder }) => defineRecorder());
}

/**
 * How many of a phase's tasks a new ladder's first frame renders: the cards that can fill the
 * viewport's height below the ladder's and the phase's headings, up to the one that crosses the
 * bottom edge. `minHeight` gives each card's least height in CSS px, from the lines it is sure to
 * show, low enough to hold at 14 px text (at 16 px the cards measure 66–178 px where it counts
 * 56–148), so the count does not fall short of a screenful; read from `innerHeight` only: no
 * layout before the first frame.
 */
export function firstFrameTasks<T>(tasks: readonly T[], minHeight: (task: T) => number): number {
  // Above the first card: the ladder's title and the phase's number, title, progress text and
  // bar, with their gaps and padding (about 180 px at 16 px text): count 140.
  let room = (window.innerHeight || 900) - 140;
  let count = 0;
  while (count < tasks.length && room > 0) room -= minHeight(tasks[count++] as T);
  return count;
}

/**
 * A new long ladder's first frame starts with this many tasks per phase (a probe: what the
 * viewport shows of cards 240 px tall below the headings); `tasksToFill` then adds what the
 * measured cards need, at most `firstFrameTasks`'s count.
 */
export function firstProbe(): number {
  return Math.max(2, Math.ceil(((window.innerHeight || 900) - 140) / 240));
}

/**
 * After the probe rendered, before it is painted: per phase (in document order, `phaseIds`), how
 * many tasks reach the bottom of the viewport, by one layout read of each phase's first and last
 * rendered card; null when every phase already does. At most `cap[i]`.
 */
export function tasksToFill(root: ParentNode, phaseIds: readonly string[], shown: readonly number[], cap: readonly number[]): number[] | null {
  let more = false;
  const next = shown.map((count, i) => {
    const items = root.querySelector(`.phase[data-phase="${CSS.escape(phaseIds[i] ?? '')}"] .tasks`)?.children;
    if (!items || items.length < count || count === 0) return count;
    const need = Math.min(cap[i] ?? count, itemsToFill(items));
    if (need > count) more = true;
    return Math.max(need, count);
  });
  return more ? next : null;
}
