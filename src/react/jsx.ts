/**
 * JSX types for React 19 users who write the tags directly (`<vk-plan-board value={plan}
 * onvk-change={…}>`). React 19 sets a custom element's known properties as properties (so
 * `value` may be the document object) and listens to `on<event-name>` props as events.
 * Included by `veikart/react`; or `import type {} from 'veikart/react'` to get only the types.
 */
import type { Attributes, DOMAttributes, HTMLAttributes, Ref } from 'react';
import type { VkChangeEvent, VkErrorEvent, VkOpenEvent, VkRangeChangeEvent } from '../core/events.js';
import type { VkPlanBoard } from '../plan-board/plan-board.js';
import type { VkStepTracker } from '../step-tracker/step-tracker.js';
import type { VkTaskLadder } from '../task-ladder/task-ladder.js';
import type { VkCourseCalendar } from '../course-calendar/course-calendar.js';
import type { PlanDocument, PlanOperation, PlanMode } from '../plan-board/plan-board.types.js';
import type { StepsDocument, StepsOperation, StepOrientation } from '../step-tracker/step-tracker.types.js';
import type { LadderDocument, LadderOperation, LadderMode } from '../task-ladder/task-ladder.types.js';
import type { ScheduleDocument, ScheduleOperation, CalendarView } from '../course-calendar/course-calendar.types.js';

/**
 * What every Veikart tag takes in JSX: the shared attributes/properties and events, and React's
 * `key` (`Attributes`: TypeScript reads an intrinsic element's `key` from its own props).
 */
export interface VkIntrinsicProps<E extends HTMLElement, Doc, Op> extends Attributes, Omit<HTMLAttributes<E>, 'onChange'>, Pick<DOMAttributes<E>, 'children'> {
  ref?: Ref<E>;
  /** The document (object, set as a property) or its JSON text. */
  value?: Doc | string | null;
  readonly?: boolean;
  disabled?: boolean;
  required?: boolean;
  name?: string;
  class?: string;
  'onvk-change'?: (event: VkChangeEvent<Doc, Op>) => void;
  'onvk-error'?: (event: VkErrorEvent) => void;
  'onvk-open'?: (event: VkOpenEvent) => void;
  onchange?: (event: Event) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'vk-plan-board': VkIntrinsicProps<VkPlanBoard, PlanDocument, PlanOperation> & { mode?: PlanMode; proposals?: boolean };
      'vk-step-tracker': VkIntrinsicProps<VkStepTracker, StepsDocument, StepsOperation> & { orientation?: StepOrientation; compact?: boolean };
      'vk-task-ladder': VkIntrinsicProps<VkTaskLadder, LadderDocument, LadderOperation> & { mode?: LadderMode };
      'vk-course-calendar': VkIntrinsicProps<VkCourseCalendar, ScheduleDocument, ScheduleOperation> & {
        view?: CalendarView;
        date?: string;
        'onvk-range-change'?: (event: VkRangeChangeEvent) => void;
      };
    }
  }
}
