// The order is the order of loadPresets()'s one file (presets.js): gzip finds shared words only
// within 32 KB, so the ladders come first and steps, plan and schedule sit side by side (their
// places and course words repeat). Ordered so on 7 Dec 2026: 0.8 KB less gzip than steps, plan,
// ladders, schedule, which made room for the step descriptions and places in every language.
export { ladderTemplates, createLadder, type CreateLadderOptions } from './ladder-templates.js';
export { workOrientedCourseSteps, createWorkOrientedCourseSteps } from './steps.js';
export { emptyWeekPlan, nowNextLaterPlan, aminaPlan, createEmptyWeekPlan, createNowNextLaterPlan, createAminaPlan } from './plan.js';
export { innherredCourses, createInnherredSchedule, springTermClosedDays } from './schedule.js';
export { presetTranslations } from './review.js';
