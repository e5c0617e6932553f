import { makeToolbar } from '../toolbar.js';
import type { DemoSection } from '../demo.js';
import { createWorkOrientedCourseSteps } from '../../src/presets/steps.js';

export const section: DemoSection = {
  order: 20,
  id: 'step-tracker',
  title: 'Steg for arbeidsrettet kurs (vk-step-tracker)',
  render(container) {
    const doc = createWorkOrientedCourseSteps();
    const statuses = ['done', 'done', 'in-progress'] as const;
    const value = { ...doc, steps: doc.steps.map((s, i) => ({ ...s, status: statuses[i] ?? s.status, ...(i === 2 ? { due: '2026-12-18' } : {}) })) };
    const tracker = document.createElement('vk-step-tracker');
    tracker.name = 'steps';
    tracker.value = value;
    const toolbar = makeToolbar([
      ['Angre', () => tracker.undo()],
      ['Gjør om', () => tracker.redo()],
      ['Skrivebeskyttet av/på', () => (tracker.readonly = !tracker.readonly)],
      ['Kompakt av/på', () => (tracker.compact = !tracker.compact)],
    ]);
    container.append(toolbar, tracker);
    return tracker;
  },
};
