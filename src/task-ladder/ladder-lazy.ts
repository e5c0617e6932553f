// The task ladder's lazy parts (the details panel, the recorder): loading them, and handing them
// to a ladder. Module-level on purpose (see each), so no pending load holds a ladder.

export type PanelModule = typeof import('./task-panel.js');
let panelModule: Promise<PanelModule> | undefined;
/** The panel's module once it has arrived (then a ladder adopts it without waiting a microtask). */
export let loadedPanel: PanelModule | undefined;
/**
 * The details popover's code and styles: one chunk, loaded once for every ladder on the page. A
 * failed load is asked for again on the next open (a user's, or a preload on first focus): the HTML
 * standard fetches a module again after a network or HTTP error (whatwg/html#10327); a browser that
 * still keeps a failed import for the page's life (whatwg/html#6768) fails again at once, and the
 * ladder's notice stays.
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
 * Loads the panel's chunk for `ladder`, which it holds only by a WeakRef while the load is pending,
 * and hands the module (or the error) to `arrived`, a function made where no ladder is in scope (the
 * element's static block). Module-level on purpose: a reaction on the import promise lives until the
 * chunk arrives (seconds on a slow network), and a closure made in an element method would share
 * that method's context with `this` (V8 gives all closures of a function one context), keeping every
 * ladder opened and removed meanwhile reachable. Returns a promise that settles once `arrived` has
 * run (the ladder's `updateComplete` waits for it; it holds no ladder).
 */
export function requestPanel<T extends object>(ladder: WeakRef<T>, arrived: (ladder: T, module: PanelModule | undefined, error?: unknown) => void): Promise<void> {
  return loadPanel().then(
    (module) => {
      const el = ladder.deref();
      if (el) arrived(el, module);
    },
    (error: unknown) => {
      const el = ladder.deref();
      if (el) arrived(el, undefined, error);
    },
  );
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

/** Adopts the panel's styles into a ladder's `root` before the ladder's own sheet (`own`), so its participant-mode and forced-colours rules still win. */
export function adoptPanelStyles(root: ShadowRoot, module: PanelModule, own: CSSStyleSheet | undefined): void {
  const lazy = [module.popoverStyles, module.taskPanelStyles].map((style) => style.styleSheet).filter((sheet): sheet is CSSStyleSheet => sheet !== undefined);
  const sheets = [...root.adoptedStyleSheets];
  const at = own ? sheets.indexOf(own) : -1;
  sheets.splice(at < 0 ? sheets.length : at, 0, ...lazy);
  root.adoptedStyleSheets = sheets;
}
