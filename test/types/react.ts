// Type test for veikart/react (checked by `tsc` in `npm test`; never run): the wrappers' props and
// callbacks, and React 19's JSX IntrinsicElements for the raw tags, are typed per widget.
import { createElement, type JSX } from 'react';
import { PlanBoard, StepTracker, CourseCalendar } from '../../src/react/index.js';
import type { PlanDocument } from '../../src/index.js';
import { PlanBoard as PlanBoardAlone } from '../../src/react/plan-board.js';
import { CourseCalendar as CalendarAlone } from '../../src/react/course-calendar.js';

declare const plan: PlanDocument;

createElement(PlanBoard, {
  value: plan,
  mode: 'participant',
  onVkChange: (e) => void e.detail.operation.type,
  onVkError: (e) => void e.detail.issues.length,
  onVkOpen: (e) => void e.detail.kind,
});
createElement(StepTracker, { compact: true, onVkChange: (e) => void e.detail.value.steps });
createElement(CourseCalendar, { view: 'week', onVkRangeChange: (e) => void e.detail.start.length });
// onChange is the DOM `change` event, mapped by the wrapper (React 18 ignores onChange on a custom
// element); a handler taking a native Event fails against React's own FormEventHandler.
createElement(StepTracker, { name: 'steps', onChange: (e: Event) => void e.composedPath() });
// @ts-expect-error mode is 'adviser' | 'participant'
createElement(PlanBoard, { mode: 'teacher' });
// @ts-expect-error a plan board's vk-change carries plan operations only
createElement(PlanBoard, { onVkChange: (e) => e.detail.operation.type === 'step.status' });

// Raw tags in React 19 JSX: `<vk-plan-board value={plan} onvk-change={…} />`.
const board: JSX.IntrinsicElements['vk-plan-board'] = {
  value: plan,
  mode: 'adviser',
  'onvk-change': (e) => void e.detail.operation.type,
};
const calendar: JSX.IntrinsicElements['vk-course-calendar'] = { view: 'agenda', 'onvk-range-change': (e) => void e.detail.end };
// @ts-expect-error view is month | week | agenda
const wrongView: JSX.IntrinsicElements['vk-course-calendar'] = { view: 'year' };
// @ts-expect-error a tracker's value is a steps document (or its JSON text), not a number
const wrongValue: JSX.IntrinsicElements['vk-step-tracker'] = { value: 42 };
// React's `key`, as on any intrinsic element (a list of trackers, one per participant).
const keyed: JSX.IntrinsicElements['vk-step-tracker'] = { key: 'participant-1', compact: true };
void board, calendar, wrongView, wrongValue, keyed;
// The wrappers' value takes the document's JSON text too, as the element does.
createElement(StepTracker, { value: '{"version":1,"steps":[]}' });
createElement(PlanBoard, { value: null, onVkChange: (e) => void e.detail.value.columns });
// @ts-expect-error a tracker's value is a steps document (or its JSON text), not a number
createElement(StepTracker, { value: 42 });

// One widget alone: `veikart/react/<widget>` exports the same component, typed the same way.
createElement(PlanBoardAlone, { value: plan, onVkChange: (e) => void e.detail.operation.type });
createElement(CalendarAlone, { onVkRangeChange: (e) => void e.detail.view });
// @ts-expect-error a plan board's vk-change carries plan operations only
createElement(PlanBoardAlone, { onVkChange: (e) => e.detail.operation.type === 'step.status' });
export const sameComponent: typeof PlanBoard = PlanBoardAlone;

// The React section of docs/embedding.md in TypeScript: a ref typed with the element class.
import { useRef } from 'react';
import type { VkPlanBoard } from '../../src/index.js';
export function useBoardRef() {
  const board = useRef<VkPlanBoard>(null);
  createElement(PlanBoard, { ref: board, value: plan });
  return () => board.current?.undo();
}
