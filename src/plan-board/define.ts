/**
 * `veikart/plan-board`: registers `<vk-plan-board>` only (no other Veikart tag) and exports its class, model
 * functions and types. Side-effect-free twin: `veikart/plan-board/class`.
 * @example import 'veikart/plan-board';
 */
import { defineElement } from '../registry.js';
import { VkPlanBoard } from './plan-board.js';

defineElement('vk-plan-board', VkPlanBoard);

export * from './index.js';
