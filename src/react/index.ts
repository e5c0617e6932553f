/**
 * `veikart/react`: React components for the four widgets, made with `@lit/react`, and JSX types
 * for React 19 users who write the tags themselves. Importing this module registers the four tags
 * (like `veikart/define`). React ≥ 18 is a peer dependency (optional for everyone else).
 * One widget alone, without bundling the other three: `veikart/react/plan-board` (etc.).
 *
 * Props are the element's properties (`value`, `mode`, `readonly`, …, set as properties, so
 * `value` takes the document object, or its JSON text); events are `onVkChange`, `onVkError`, `onVkOpen` and, on the
 * calendar, `onVkRangeChange`, each typed with that widget's own document and operation, and
 * `onChange` (the DOM `change` event, in React 18 too).
 *
 * A controlled board — writing back every `vk-change` value keeps undo (contract §2):
 * @example
 * import { PlanBoard } from 'veikart/react';
 * function Plan() {
 *   const [plan, setPlan] = useState(initialPlan);
 *   return <PlanBoard value={plan} onVkChange={(e) => setPlan(e.detail.value)} />;
 * }
 */
// Each module registers its own tag.
export { PlanBoard } from './plan-board.js';
export { StepTracker } from './step-tracker.js';
export { TaskLadder } from './task-ladder.js';
export { CourseCalendar } from './course-calendar.js';
export type { WithJsonValue } from './component.js';
export type * from './jsx.js';
// The documents' and events' types, as `veikart` exports them (type-only: no bytes).
export type * from '../api.js';
