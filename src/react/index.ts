/**
 * `veikart/react`: React components for the four widgets, made with `@lit/react`, and JSX types
 * for React 19 users who write the tags themselves. Importing this module registers the four tags
 * (like `veikart/define`). React ≥ 18 is a peer dependency (optional for everyone else).
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
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { VkPlanBoard } from '../plan-board/plan-board.js';
import { VkStepTracker } from '../step-tracker/step-tracker.js';
import { VkTaskLadder } from '../task-ladder/task-ladder.js';
import { VkCourseCalendar } from '../course-calendar/course-calendar.js';
import { defineAll } from '../api.js';
import type { VkChangeEvent, VkErrorEvent, VkOpenEvent, VkRangeChangeEvent } from '../core/events.js';
import type { PlanDocument, PlanOperation } from '../plan-board/plan-board.types.js';
import type { StepsDocument, StepsOperation } from '../step-tracker/step-tracker.types.js';
import type { LadderDocument, LadderOperation } from '../task-ladder/task-ladder.types.js';
import type { ScheduleDocument, ScheduleOperation } from '../course-calendar/course-calendar.types.js';
export type * from './jsx.js';

defineAll();

/**
 * A wrapper component whose `value` prop also takes the document's JSON text, as the element's
 * `value` property does (the props @lit/react derives read the property's getter type: the
 * document only).
 */
export type WithJsonValue<C, Doc> = C extends React.ForwardRefExoticComponent<infer P> ? React.ForwardRefExoticComponent<Omit<P, 'value'> & { value?: Doc | string | null }> : never;

/**
 * The React prop → DOM event names shared by every widget. `onChange` is the widget's own `change`
 * event (after an edit that was not cancelled): React 18 never attaches `onChange` to a custom
 * element, so without this mapping it would be silently ignored there (React 19 would attach it).
 */
function events<Doc, Op>() {
  return {
    onVkChange: 'vk-change' as EventName<VkChangeEvent<Doc, Op>>,
    onVkError: 'vk-error' as EventName<VkErrorEvent>,
    onVkOpen: 'vk-open' as EventName<VkOpenEvent>,
    onChange: 'change' as EventName<Event>,
  };
}

/** `<vk-plan-board>` as a React component. */
export const PlanBoard = createComponent({ react: React, tagName: 'vk-plan-board', elementClass: VkPlanBoard, events: events<PlanDocument, PlanOperation>(), displayName: 'PlanBoard' }) as WithJsonValue<ReactWebComponent<VkPlanBoard, ReturnType<typeof events<PlanDocument, PlanOperation>>>, PlanDocument>;

/** `<vk-step-tracker>` as a React component. */
export const StepTracker = createComponent({ react: React, tagName: 'vk-step-tracker', elementClass: VkStepTracker, events: events<StepsDocument, StepsOperation>(), displayName: 'StepTracker' }) as WithJsonValue<ReactWebComponent<VkStepTracker, ReturnType<typeof events<StepsDocument, StepsOperation>>>, StepsDocument>;

/** `<vk-task-ladder>` as a React component. */
export const TaskLadder = createComponent({ react: React, tagName: 'vk-task-ladder', elementClass: VkTaskLadder, events: events<LadderDocument, LadderOperation>(), displayName: 'TaskLadder' }) as WithJsonValue<ReactWebComponent<VkTaskLadder, ReturnType<typeof events<LadderDocument, LadderOperation>>>, LadderDocument>;

/** `<vk-course-calendar>` as a React component; also `onVkRangeChange`. */
export const CourseCalendar = createComponent({
  react: React,
  tagName: 'vk-course-calendar',
  elementClass: VkCourseCalendar,
  events: { ...events<ScheduleDocument, ScheduleOperation>(), onVkRangeChange: 'vk-range-change' as EventName<VkRangeChangeEvent> },
  displayName: 'CourseCalendar',
}) as WithJsonValue<ReactWebComponent<VkCourseCalendar, ReturnType<typeof events<ScheduleDocument, ScheduleOperation>> & { onVkRangeChange: EventName<VkRangeChangeEvent> }>, ScheduleDocument>;
