/**
 * `veikart/task-ladder`: registers `<vk-task-ladder>` only (no other Veikart tag) and exports its class, model
 * functions and types. Side-effect-free twin: `veikart/task-ladder/class`.
 * @example import 'veikart/task-ladder';
 */
import { defineElement } from '../registry.js';
import { VkTaskLadder } from './task-ladder.js';

defineElement('vk-task-ladder', VkTaskLadder);

export * from './index.js';
