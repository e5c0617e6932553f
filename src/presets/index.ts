export { workOrientedCourseSteps, createWorkOrientedCourseSteps } from './steps.js';
export { ladderTemplates, createLadder, type CreateLadderOptions } from './ladder-templates.js';
