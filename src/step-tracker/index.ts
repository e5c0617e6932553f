export { VkStepTracker, statusLabel } from './step-tracker.js';
export * from './step-tracker.types.js';
export { applyStepsOperation, checkStepsDocument, invertStepsOperation, nextStatus, currentStepIndex, stepCounts, stepsDocumentSchema } from './step-tracker.model.js';
// The events' types, so `import type { VkErrorDetail } from 'veikart/step-tracker'` compiles as the
// entry's own types do (type-only: no bytes in the bundle).
export type { ChangeSource, VkChangeDetail, VkChangeEvent, VkElementEventMap, VkErrorCode, VkErrorDetail, VkErrorEvent, VkOpenDetail, VkOpenEvent } from '../core/events.js';
export type { ValidationIssue } from '../core/types.js';
