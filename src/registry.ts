/**
 * Registering Veikart's tags — in the global `customElements` or in a scoped registry — without
 * ever throwing when the page already has them (two copies of Veikart, a micro-frontend that
 * loaded its own, a hot reload). Imports no element, so each widget's entry stays alone.
 */
import { nextTask } from './core/next-task.js';

/**
 * The part of `CustomElementRegistry` Veikart uses: the global `customElements` or a scoped
 * registry (`new CustomElementRegistry()` in browsers with scoped custom element registries).
 */
export interface ElementRegistry {
  get(name: string): CustomElementConstructor | undefined;
  define(name: string, constructor: CustomElementConstructor): void;
}

/**
 * Defines one tag unless the registry already has it. When another class holds the tag (a second
 * copy of Veikart on the page), logs a warning and keeps the first — never throws.
 * @returns true when this call defined the tag.
 * @example defineElement('vk-plan-board', VkPlanBoard);
 */
export function defineElement(tag: string, constructor: CustomElementConstructor, registry: ElementRegistry = globalThis.customElements): boolean {
  if (!registry) return false; // Node or an old browser: nothing to register with.
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== constructor) {
      console.warn(`Veikart: <${tag}> is already defined by another copy of Veikart (or another library); keeping that definition. Load Veikart once per page.`);
    }
    return false;
  }
  try {
    registry.define(tag, constructor);
    prepareStyles(constructor);
    prepareSoon(constructor);
    return true;
  } catch (error) {
    // E.g. the same class already registered under another name in this registry.
    console.warn(`Veikart: could not define <${tag}>:`, error);
    return false;
  }
}

/**
 * Builds a Lit element class's constructable stylesheets (`elementStyles`, final once the class is
 * defined) now, while the page loads, instead of in the first element's first render: parsing a
 * widget's CSS is then not part of the time from a host setting `value` to the first frame.
 */
function prepareStyles(constructor: CustomElementConstructor): void {
  const styles = (constructor as unknown as { elementStyles?: ReadonlyArray<{ styleSheet?: CSSStyleSheet }> }).elementStyles;
  if (Array.isArray(styles)) for (const style of styles) void style.styleSheet;
}

/**
 * Runs an element class's `static prepare()` (work that needs no element: fetching the page
 * language's strings, building formatters and font instances) in a task of its own right after
 * the define, so a host setting the first `value` later does not wait for it. Not at idle: a page
 * that sets `value` one frame after loading Veikart (no idle period between) lost the head start,
 * and its first month render took 1.27× as long (docs/benchmarks.md, eleventh pass). The work is
 * what the first render would otherwise do itself; only a page that loads Veikart and never shows
 * a widget pays for it for nothing, once, during load (on the bench machine 12–35 ms for the first
 * class, 2–11 ms for each further one). A failure only loses the head start.
 */
function prepareSoon(constructor: CustomElementConstructor): void {
  const prepare = (constructor as unknown as { prepare?: () => void }).prepare;
  if (typeof prepare !== 'function') return;
  const run = (): void => {
    try {
      prepare.call(constructor);
    } catch {
      // the first render does the same work itself
    }
  };
  void nextTask().then(run);
}
