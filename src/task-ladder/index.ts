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
