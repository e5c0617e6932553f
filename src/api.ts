/**
 * Everything `veikart` exports except the presets' data (which `loadPresets()` loads on demand):
 * shared by `veikart` (src/index.ts, which adds the presets) and `veikart/define` / the drop-in
 * `dist/veikart.js` (src/define.ts, which registers the tags). Defines nothing by itself.
 */
import { VkStepTracker } from './step-tracker/step-tracker.js';
import { VkPlanBoard } from './plan-board/plan-board.js';
import { VkTaskLadder } from './task-ladder/task-ladder.js';
import { VkCourseCalendar } from './course-calendar/course-calendar.js';
import { defineElement, type ElementRegistry } from './registry.js';

export * from './core/index.js';
export * from './step-tracker/index.js';
export * from './plan-board/index.js';
export * from './task-ladder/index.js';
export * from './course-calendar/index.js';
export { validateDocument, applyOperation, type DocumentTypes, type KnownKind } from './documents.js';
export { defineElement, type ElementRegistry } from './registry.js';

/** Every Veikart tag and its class. */
export const veikartElements = {
  'vk-step-tracker': VkStepTracker,
  'vk-plan-board': VkPlanBoard,
  'vk-task-ladder': VkTaskLadder,
  'vk-course-calendar': VkCourseCalendar,
} as const;
export type VeikartTag = keyof typeof veikartElements;

/**
 * Registers all four Veikart elements (each only once). `import 'veikart/define'` calls this for
 * the global registry; call it yourself with a scoped registry to keep the tags out of the page's
 * global one.
 * @param registry the global `customElements` (default) or a scoped `CustomElementRegistry`.
 * @returns the tags this call defined.
 * @example
 * const registry = new CustomElementRegistry();
 * defineAll(registry);
 * const root = host.attachShadow({ mode: 'open', customElementRegistry: registry });
 */
export function defineAll(registry: ElementRegistry = globalThis.customElements): VeikartTag[] {
  return (Object.keys(veikartElements) as VeikartTag[]).filter((tag) => defineElement(tag, veikartElements[tag], registry));
}

/**
 * The presets — sample documents, the seven-step example, the ladder's branch templates, the
 * course term — loaded on demand (about 19 KB gzip; in the drop-in build, `presets.js` beside
 * `veikart.js`). npm users may also import them directly from `veikart`.
 * @example const { createLadder } = await loadPresets(); ladder.value = createLadder('kitchen');
 */
export function loadPresets(): Promise<typeof import('./presets/index.js')> {
  return import('./presets/index.js');
}
