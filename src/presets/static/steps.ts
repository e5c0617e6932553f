// `veikart`'s names for the steps preset: constants bound to ../steps.js's own values (why: ./plan.ts).
import type { StepsDocument } from '../../step-tracker/step-tracker.types.js';
import * as steps from '../steps.js';

/**
 * An editable example of the seven steps of building a work-oriented course for participants
 * with little or no schooling, in our own words. Copy and adapt it; it is data, not a rule.
 */
export const workOrientedCourseSteps: StepsDocument = steps.workOrientedCourseSteps;
/** A fresh copy of the preset, safe to edit. */
export const createWorkOrientedCourseSteps: typeof steps.createWorkOrientedCourseSteps = steps.createWorkOrientedCourseSteps;
