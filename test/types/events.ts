// Type test (checked by `tsc` in `npm test`; never run): each widget's vk-change listener sees
// that widget's own document and operation types with no cast, and misuse fails to compile.
import type { VkPlanBoard, VkStepTracker, VkTaskLadder, VkCourseCalendar, PlanOperation, VkChangeEvent, PlanDocument } from '../../src/index.js';

declare const planBoard: VkPlanBoard;
declare const tracker: VkStepTracker;
declare const ladder: VkTaskLadder;
declare const calendar: VkCourseCalendar;

planBoard.addEventListener('vk-change', (e) => {
  const type: PlanOperation['type'] = e.detail.operation.type;
  const columns: number = e.detail.value.columns.length;
  const source: 'user' | 'undo' | 'redo' = e.detail.source;
  if (e.detail.operation.type === 'card.move') {
    const to: string = e.detail.operation.to.columnId;
    void to;
  }
  // @ts-expect-error a plan operation is never a step status change
  if (e.detail.operation.type === 'step.status') return;
  // @ts-expect-error a plan document's columns are an array, not a number
  const wrong: number = e.detail.value.columns;
  void wrong;
  void type, columns, source;
});

tracker.addEventListener('vk-change', (e) => {
  if (e.detail.operation.type === 'step.status') {
    const to: 'not-started' | 'in-progress' | 'done' | 'skipped' = e.detail.operation.to;
    void to;
  }
  const steps: number = e.detail.value.steps.length;
  void steps;
});

ladder.addEventListener('vk-change', (e) => {
  const phases: number = e.detail.value.phases.length;
  // @ts-expect-error 'card.add' is a plan-board operation
  if (e.detail.operation.type === 'card.add') return;
  void phases;
});

calendar.addEventListener('vk-change', (e) => {
  const sessions: number = e.detail.value.sessions.length;
  void sessions;
});
calendar.addEventListener('vk-range-change', (e) => {
  const view: 'month' | 'week' | 'agenda' = e.detail.view;
  void view;
});

// The shared events and HTMLElement's own are still typed.
planBoard.addEventListener('vk-error', (e) => {
  const code: 'invalid-json' | 'invalid-document' | 'unsupported-version' = e.detail.code;
  void code;
});
planBoard.addEventListener('vk-open', (e) => void e.detail.id.toUpperCase());
planBoard.addEventListener('keydown', (e) => void e.key.toUpperCase());
planBoard.addEventListener('custom-thing', (e) => void e.type);

// Through querySelector and the tag name map too.
document.querySelector('vk-plan-board')?.addEventListener('vk-change', (e) => void e.detail.operation.type);

// A named handler typed with the exported event type.
const onPlanChange = (e: VkChangeEvent<PlanDocument, PlanOperation>): void => void e.detail.value.cards;
planBoard.addEventListener('vk-change', onPlanChange);
planBoard.removeEventListener('vk-change', onPlanChange);

// @ts-expect-error a step-tracker handler does not fit a plan board's vk-change
planBoard.addEventListener('vk-change', (e: VkChangeEvent<never, { type: 'step.status'; stepId: number }>) => void e);

// @ts-expect-error detail.value is read-only data, not a string
tracker.addEventListener('vk-change', (e) => void e.detail.value.toUpperCase());
