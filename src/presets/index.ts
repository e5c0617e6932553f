export { workOrientedCourseSteps, createWorkOrientedCourseSteps } from './steps.js';
export { innherredCourses, createInnherredSchedule, springTermClosedDays } from './schedule.js';
