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
