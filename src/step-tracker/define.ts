/**
 * `veikart/step-tracker`: registers `<vk-step-tracker>` only (no other Veikart tag) and exports its class, model
 * functions and types. Side-effect-free twin: `veikart/step-tracker/class`.
 * @example import 'veikart/step-tracker';
 */
import { defineElement } from '../registry.js';
import { VkStepTracker } from './step-tracker.js';

defineElement('vk-step-tracker', VkStepTracker);

export * from './index.js';
