export { workOrientedCourseSteps, createWorkOrientedCourseSteps } from './steps.js';
