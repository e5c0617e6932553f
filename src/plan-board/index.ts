export { VkPlanBoard, categoryLabel } from './plan-board.js';
export * from './plan-board.types.js';
export {
  applyPlanOperation,
  checkPlanDocument,
  invertPlanOperation,
  cardsByColumn,
  positionOf,
  planCounts,
  newCardId,
  planDocumentSchema,
  planOperationSchema,
} from './plan-board.model.js';
// The events' types, so `import type { VkErrorDetail } from 'veikart/plan-board'` compiles as the
// entry's own types do (type-only: no bytes in the bundle).
export type { ChangeSource, VkChangeDetail, VkChangeEvent, VkElementEventMap, VkErrorCode, VkErrorDetail, VkErrorEvent, VkOpenDetail, VkOpenEvent } from '../core/events.js';
export type { ValidationIssue } from '../core/types.js';
