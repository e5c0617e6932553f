export { VkStepTracker, statusLabel } from './step-tracker.js';
export * from './step-tracker.types.js';
export { applyStepsOperation, checkStepsDocument, invertStepsOperation, nextStatus, currentStepIndex, stepCounts, stepsDocumentSchema } from './step-tracker.model.js';
