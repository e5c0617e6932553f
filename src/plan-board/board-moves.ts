/**
 * Moving cards, loaded when a user first focuses or points into a board that may arrange (the
 * adviser's): keyboard pick-up (Space, arrows, Space) and pointer drag, on the core gesture
 * model. A press that comes before the load is kept and played once it arrives (see VkPlanBoard).
 */
export { BoardDrag } from './board-drag.js';
export { KeyboardMoves } from './keyboard-move.js';
