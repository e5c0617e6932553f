export { workOrientedCourseSteps, createWorkOrientedCourseSteps } from './steps.js';
export { emptyWeekPlan, nowNextLaterPlan, aminaPlan, createEmptyWeekPlan, createNowNextLaterPlan, createAminaPlan } from './plan.js';
