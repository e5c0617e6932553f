/**
 * Everything `veikart` exports except the presets' data (which `loadPresets()` loads on demand):
 * shared by `veikart` (src/index.ts, which adds the presets) and `veikart/define` / the drop-in
 * `dist/veikart.js` (src/define.ts, which registers the tags). Defines nothing by itself.
 * `veikart` exports the helpers below through src/api-static/ instead, the same values (why: src/index.ts).
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

/** The presets `loadPreset(name)` loads, each its own module (in the drop-in build: `presets/<file>.js` beside `veikart.js`). */
export interface PresetModules {
  /** The seven steps of building a work-oriented course: `workOrientedCourseSteps`, `createWorkOrientedCourseSteps()`. */
  steps: typeof import('./presets/steps.js');
  /** Sample plan boards: `createEmptyWeekPlan()`, `createNowNextLaterPlan()`, `createAminaPlan()` (and their read-only constants). */
  plan: typeof import('./presets/plan.js');
  /** One branch training plan each: `ladderTemplate`, `createBranchLadder(options)` (all five at once: `createLadder` in `loadPresets()`). */
  'ladder-cleaning': typeof import('./presets/ladder/cleaning.js');
  'ladder-shop': typeof import('./presets/ladder/shop.js');
  'ladder-kitchen': typeof import('./presets/ladder/kitchen.js');
  'ladder-kindergarten': typeof import('./presets/ladder/kindergarten.js');
  'ladder-care': typeof import('./presets/ladder/care.js');
  /** The spring term 2026 of three courses: `innherredCourses`, `createInnherredSchedule()`, `springTermClosedDays`. */
  schedule: typeof import('./presets/schedule.js');
  /** Which preset languages a fluent speaker has checked: `presetTranslations`. */
  review: typeof import('./presets/review.js');
}
/** A preset's name for `loadPreset()`. */
export type PresetName = keyof PresetModules;

/**
 * Loads one preset on demand — only its own data (each preset is a separate chunk of a few KB
 * gzip; in the drop-in build, `presets/<file>.js` beside `veikart.js`). npm users may also import
 * the presets directly from `veikart`.
 * @param name `"steps"`, `"plan"`, `"schedule"`, `"review"`, or one branch's training plan:
 *   `"ladder-cleaning"`, `"ladder-shop"`, `"ladder-kitchen"`, `"ladder-kindergarten"`, `"ladder-care"`.
 * @returns a promise of the preset's module (see {@link PresetModules}).
 * @throws TypeError (as a rejected promise) for an unknown name.
 * @example const { createBranchLadder } = await loadPreset('ladder-kitchen'); ladder.value = createBranchLadder({ participantLanguage: 'ar' });
 */
export function loadPreset<N extends PresetName>(name: N): Promise<PresetModules[N]> {
  // One literal import() per preset, so bundlers split each into its own chunk.
  const loaders: { [K in PresetName]: () => Promise<PresetModules[K]> } = {
    steps: () => import('./presets/steps.js'),
    plan: () => import('./presets/plan.js'),
    'ladder-cleaning': () => import('./presets/ladder/cleaning.js'),
    'ladder-shop': () => import('./presets/ladder/shop.js'),
    'ladder-kitchen': () => import('./presets/ladder/kitchen.js'),
    'ladder-kindergarten': () => import('./presets/ladder/kindergarten.js'),
    'ladder-care': () => import('./presets/ladder/care.js'),
    schedule: () => import('./presets/schedule.js'),
    review: () => import('./presets/review.js'),
  };
  if (!Object.hasOwn(loaders, name)) {
    return Promise.reject(new TypeError(`loadPreset: unknown preset "${String(name)}" (expected one of ${Object.keys(loaders).join(', ')})`));
  }
  return loaders[name]() as Promise<PresetModules[N]>;
}

/**
 * Every preset at once — sample documents, the seven-step example, the ladder's branch templates,
 * the course term, the review state — loaded on demand (in the drop-in build, `presets.js` beside
 * `veikart.js`, which loads every preset's chunk). To fetch only what a page shows, use
 * {@link loadPreset} with the preset's name. npm users may also import them directly from `veikart`.
 * @example const { createLadder } = await loadPresets(); ladder.value = createLadder('kitchen');
 */
export function loadPresets(): Promise<typeof import('./presets/index.js')> {
  return import('./presets/index.js');
}
