// One valid document of each kind, fresh per call (the presets), for tests that break one part of it.
import type { KnownKind } from '../../src/documents.js';
import { createAminaPlan, createInnherredSchedule, createLadder, createWorkOrientedCourseSteps } from '../../src/presets/index.js';

export type Json = Record<string, unknown>;

export const samples: Record<KnownKind, () => Json> = {
  steps: () => createWorkOrientedCourseSteps() as unknown as Json,
  plan: () => createAminaPlan() as unknown as Json,
  ladder: () => createLadder('care', { participantLanguage: 'ar' }) as unknown as Json,
  schedule: () => createInnherredSchedule() as unknown as Json,
};
