import { ladderBranches, type LadderBranch, type LadderDocument } from '../task-ladder/task-ladder.types.js';
import * as cleaning from './ladder/cleaning.js';
import * as shop from './ladder/shop.js';
import * as kitchen from './ladder/kitchen.js';
import * as kindergarten from './ladder/kindergarten.js';
import * as care from './ladder/care.js';
import type { CreateLadderOptions } from './ladder/common.js';

// Branch training plans in our own words, all with the same structure: phase 1 simple, concrete
// tasks; phase 2 wider tasks; phase 3 responsibility and independence. Each branch's texts are in
// its own module (src/presets/ladder/<branch>.ts), so `loadPreset('ladder-kitchen')` fetches one
// branch; this module gathers all five.

export type { CreateLadderOptions } from './ladder/common.js';

const branches: Record<LadderBranch, { ladderTemplate: LadderDocument; createBranchLadder(options?: CreateLadderOptions): LadderDocument }> = { cleaning, shop, kitchen, kindergarten, care };

/** The five branch templates as data (read-only: use `createLadder` for a document to edit). */
export const ladderTemplates: Readonly<Record<LadderBranch, LadderDocument>> = Object.fromEntries(
  ladderBranches.map((branch) => [branch, branches[branch].ladderTemplate]),
) as Record<LadderBranch, LadderDocument>;

/**
 * A fresh, valid LadderDocument from a branch template (cleaning, shop, kitchen, kindergarten or
 * care): three phases, every task not started. Safe to edit; each call returns a new copy.
 * To load one branch only, use `loadPreset('ladder-<branch>')` and its `createBranchLadder(options)`.
 * @throws TypeError for an unknown branch or options that would make the document invalid.
 * @example const doc = createLadder('kitchen', { participantLanguage: 'ar', mentor: 'Kari Nordmann' });
 */
export function createLadder(branch: LadderBranch, options: CreateLadderOptions = {}): LadderDocument {
  if (!(ladderBranches as readonly string[]).includes(branch)) throw new TypeError(`createLadder: unknown branch "${String(branch)}" (expected one of ${ladderBranches.join(', ')})`);
  return branches[branch].createBranchLadder(options);
}
