import { makeToolbar } from '../toolbar.js';
import type { DemoSection } from '../demo.js';
import { createWorkOrientedCourseSteps } from '../../src/presets/steps.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';

export const section: DemoSection = {
  order: 20,
  id: 'step-tracker',
  render(container) {
    const doc = createWorkOrientedCourseSteps();
    const statuses = ['done', 'done', 'in-progress'] as const;
    const value = { ...doc, steps: doc.steps.map((s, i) => ({ ...s, status: statuses[i] ?? s.status, ...(i === 2 ? { due: '2026-12-18' } : {}) })) };
    const tracker = document.createElement('vk-step-tracker') as VkStepTracker;
    tracker.name = 'steps';
    tracker.value = value;
    const toolbar = makeToolbar([
      // No undo/redo buttons of its own (Ctrl+Z works inside it): the demo offers one pair.
      { label: 'undo', run: () => tracker.undo() },
      { label: 'redo', run: () => tracker.redo() },
      { label: 'readonly', pressed: () => tracker.readonly, run: () => (tracker.readonly = !tracker.readonly) },
      { label: 'compact', pressed: () => tracker.compact, run: () => (tracker.compact = !tracker.compact) },
    ]);
    container.append(toolbar, tracker);
    return tracker;
  },
};
