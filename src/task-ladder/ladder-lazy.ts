// The task ladder's lazy parts (the details panel, the recorder) and the size of a new ladder's
// first frame: module-level on purpose (see each), so no pending load holds a ladder.

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
 * How many tasks of each phase a new ladder's first frame renders: enough to fill the viewport's
 * height with the smallest cards (about 6rem with the row of shortcuts, 4rem without, at 16 px),
 * plus two. Read from `innerHeight` only: no layout before the first frame.
 */
export function firstFrameTasks(controls: boolean): number {
  return Math.ceil((window.innerHeight || 900) / (controls ? 96 : 64)) + 2;
}
