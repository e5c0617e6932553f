/**
 * Registers every Veikart element (once; safe to import twice) and re-exports the public API
 * except the presets, which are data: import them from `veikart` (npm) or `dist/presets.js`.
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
