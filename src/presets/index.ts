export { workOrientedCourseSteps, createWorkOrientedCourseSteps } from './steps.js';
export { emptyWeekPlan, nowNextLaterPlan, aminaPlan, createEmptyWeekPlan, createNowNextLaterPlan, createAminaPlan } from './plan.js';
export { ladderTemplates, createLadder, type CreateLadderOptions } from './ladder-templates.js';
export { innherredCourses, createInnherredSchedule, springTermClosedDays } from './schedule.js';
export { presetTranslations } from './review.js';
