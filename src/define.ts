/**
 * Registers every Veikart element (once; safe to import twice) and re-exports the public API.
 * The presets are data (about 19 KB gzip): `loadPresets()` fetches them on demand (in the drop-in
 * build, `dist/presets.js` beside this file); npm users can also import them from `veikart`.
 */
import { VkStepTracker } from './step-tracker/step-tracker.js';
import { VkPlanBoard } from './plan-board/plan-board.js';
import { VkTaskLadder } from './task-ladder/task-ladder.js';
import { VkCourseCalendar } from './course-calendar/course-calendar.js';

const elements: Array<[string, CustomElementConstructor]> = [
  ['vk-step-tracker', VkStepTracker],
  ['vk-plan-board', VkPlanBoard],
  ['vk-task-ladder', VkTaskLadder],
  ['vk-course-calendar', VkCourseCalendar],
];

for (const [tag, element] of elements) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

export * from './core/index.js';
export * from './step-tracker/index.js';
export * from './plan-board/index.js';
export * from './task-ladder/index.js';
export * from './course-calendar/index.js';
export { validateDocument, applyOperation, type DocumentTypes, type KnownKind } from './documents.js';

/**
 * The presets — sample documents, the seven-step example, the ladder's branch templates, the
 * course term — loaded on demand.
 * @example const { createLadder } = await loadPresets(); ladder.value = createLadder('kitchen');
 */
export function loadPresets(): Promise<typeof import('./presets/index.js')> {
  return import('./presets/index.js');
}
