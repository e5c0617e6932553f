/** Registers every Veikart element (once; safe to import twice). */
import { VkStepTracker } from './step-tracker/step-tracker.js';

const elements: Array<[string, CustomElementConstructor]> = [['vk-step-tracker', VkStepTracker]];

for (const [tag, element] of elements) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

export * from './index.js';
