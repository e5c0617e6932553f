export { VkTaskLadder, levelLabel, logAuthorLabel } from './task-ladder.js';
export * from './task-ladder.types.js';
export {
  applyLadderOperation,
  checkLadderDocument,
  invertLadderOperation,
  nextLevel,
  phaseProgress,
  ladderProgress,
  currentPhaseIndex,
  logNewestFirst,
  latestLogEntry,
  ladderDocumentSchema,
  ladderOperationSchema,
} from './task-ladder.model.js';
// The events' types, so `import type { VkErrorDetail } from 'veikart/task-ladder'` compiles as the
// entry's own types do (type-only: no bytes in the bundle).
export type { ChangeSource, VkChangeDetail, VkChangeEvent, VkElementEventMap, VkErrorCode, VkErrorDetail, VkErrorEvent, VkOpenDetail, VkOpenEvent } from '../core/events.js';
export type { ValidationIssue } from '../core/types.js';
