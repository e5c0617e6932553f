// Type test (checked by `tsc`; never run): each per-widget entry (`veikart/<widget>`, its
// define.ts, and `veikart/<widget>/class`, its index.ts) exports the events' types, so a host that
// imports one widget types its listeners without reaching for `veikart`.
import type {
  ChangeSource,
  VkChangeDetail,
  VkChangeEvent,
  VkElementEventMap,
  VkErrorCode,
  VkErrorDetail,
  VkOpenDetail,
  StepsDocument,
  StepsOperation,
} from '../../src/step-tracker/define.js';
import type { VkErrorDetail as PlanErrorDetail, VkOpenDetail as PlanOpenDetail, VkErrorEvent, ValidationIssue, PlanDocument, PlanOperation } from '../../src/plan-board/define.js';
import type { VkChangeDetail as LadderChangeDetail, VkOpenEvent, LadderDocument, LadderOperation } from '../../src/task-ladder/define.js';
import type { VkRangeChangeDetail, VkRangeChangeEvent, VkChangeDetail as CalendarChangeDetail, ScheduleDocument } from '../../src/course-calendar/define.js';
import type { VkErrorDetail as ClassErrorDetail } from '../../src/step-tracker/index.js';
import type { VkRangeChangeDetail as ClassRangeDetail } from '../../src/course-calendar/index.js';

const source: ChangeSource = 'undo';
const code: VkErrorCode = 'invalid-json';
// @ts-expect-error not one of the error codes
const badCode: VkErrorCode = 'invalid-xml';

const onStepChange = (e: VkChangeEvent<StepsDocument, StepsOperation>): number => e.detail.value.steps.length;
const stepDetail: VkChangeDetail<StepsDocument, StepsOperation> | null = null;
const stepError: VkErrorDetail = { code, message: '', issues: [] };
const stepOpen: VkOpenDetail = { kind: 'step', id: 's1' };
// @ts-expect-error 'row' is not a kind vk-open reports
const badOpen: VkOpenDetail = { kind: 'row', id: 's1' };
type StepEvents = VkElementEventMap<StepsDocument, StepsOperation>;
const stepChangeKind: StepEvents['vk-change']['detail']['operation']['type'] | null = null;

const issue: ValidationIssue = { path: '/cards/0', message: '' };
const planError: PlanErrorDetail = { code: 'invalid-document', message: '', issues: [issue] };
const planOpen: PlanOpenDetail['kind'] = 'card';
const onPlanError = (e: VkErrorEvent): string => e.detail.code;
const planChange: VkChangeDetail<PlanDocument, PlanOperation>['source'] = source;

const ladderChange: LadderChangeDetail<LadderDocument, LadderOperation> | null = null;
const onTaskOpen = (e: VkOpenEvent): string => e.detail.id;

const range: VkRangeChangeDetail = { view: 'week', start: '2026-01-05', end: '2026-01-12' };
// @ts-expect-error the calendar has no 'year' view
const badRange: VkRangeChangeDetail = { view: 'year', start: '', end: '' };
const onRange = (e: VkRangeChangeEvent): string => e.detail.start;
const calendarChange: CalendarChangeDetail<ScheduleDocument>['value'] | null = null;

const classError: ClassErrorDetail = stepError;
const classRange: ClassRangeDetail = range;

void [badCode, onStepChange, stepDetail, stepOpen, badOpen, stepChangeKind, planError, planOpen, onPlanError, planChange];
void [ladderChange, onTaskOpen, badRange, onRange, calendarChange, classError, classRange];

// The React entries (`veikart/react/<widget>`, `veikart/react`) export the same types, so a React
// host types its `onVkChange`/`onVkError` handlers from the entry it imports the component from.
import type { VkChangeDetail as ReactPlanChange, VkErrorDetail as ReactPlanError, PlanDocument as ReactPlanDocument, PlanOperation as ReactPlanOperation } from '../../src/react/plan-board.js';
import type { VkOpenDetail as ReactLadderOpen, LadderDocument as ReactLadderDocument } from '../../src/react/task-ladder.js';
import type { VkErrorCode as ReactStepCode, StepsDocument as ReactStepsDocument } from '../../src/react/step-tracker.js';
import type { VkRangeChangeDetail as ReactRange, ScheduleDocument as ReactScheduleDocument } from '../../src/react/course-calendar.js';
import type { VkChangeDetail as ReactAnyChange, PlanDocument as ReactAnyPlan, ValidationIssue as ReactIssue } from '../../src/react/index.js';

const reactPlanCards = (d: ReactPlanChange<ReactPlanDocument, ReactPlanOperation>): number => d.value.cards.length;
const reactPlanError: ReactPlanError = planError;
const reactLadderOpen = (d: ReactLadderOpen, doc: ReactLadderDocument): boolean => doc.phases.length > 0 && d.id !== '';
const reactStepCode: ReactStepCode = code;
const reactSteps = (doc: ReactStepsDocument): number => doc.steps.length;
const reactRange: ReactRange = range;
const reactSchedule = (doc: ReactScheduleDocument): number => doc.sessions.length;
const reactAnyChange = (d: ReactAnyChange<ReactAnyPlan, PlanOperation>): number => d.value.cards.length;
const reactIssue: ReactIssue = issue;

void [reactPlanCards, reactPlanError, reactLadderOpen, reactStepCode, reactSteps, reactRange, reactSchedule, reactAnyChange, reactIssue];
