// `veikart`'s names for the ladder's branch templates: constants bound to ../ladder-templates.js's
// own values (why: ./plan.ts). Using either loads all five branches; `loadPreset('ladder-<branch>')` loads one.
import type { LadderBranch, LadderDocument } from '../../task-ladder/task-ladder.types.js';
import * as ladder from '../ladder-templates.js';

export type { CreateLadderOptions } from '../ladder/common.js';

/** The five branch templates as data (read-only: use `createLadder` for a document to edit). */
export const ladderTemplates: Readonly<Record<LadderBranch, LadderDocument>> = ladder.ladderTemplates;
/**
 * A fresh, valid LadderDocument from a branch template (cleaning, shop, kitchen, kindergarten or
 * care): three phases, every task not started. Safe to edit; each call returns a new copy.
 * To load one branch only, use `loadPreset('ladder-<branch>')` and its `createBranchLadder(options)`.
 * @throws TypeError for an unknown branch or options that would make the document invalid.
 * @example const doc = createLadder('kitchen', { participantLanguage: 'ar', mentor: 'Kari Nordmann' });
 */
export const createLadder: typeof ladder.createLadder = ladder.createLadder;
