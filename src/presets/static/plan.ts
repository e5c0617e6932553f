// `veikart` exports the presets through these modules (one per preset file), each name a constant
// bound to the preset module's own value: the same objects and functions as `loadPreset('plan')`.
// Why not `export … from '../plan.js'`: the npm build flattens re-exports, so dist/npm/index.js
// would import ../plan.js itself, and esbuild (Angular's builder) puts every module that is
// both imported by a file it loads up front and kept by some import() (loadPreset, loadPresets)
// in the up-front chunk, whole: all presets and the calendar code they use, 39 KB gzip, for an
// app that asked for createAminaPlan alone. A module of declarations is loaded only when one of
// its names is used. test/package/esbuild-presets.test.mjs checks it.
import type { PlanDocument } from '../../plan-board/plan-board.types.js';
import * as plan from '../plan.js';

/** A fresh empty week, Monday to Friday. */
export const createEmptyWeekPlan: typeof plan.createEmptyWeekPlan = plan.createEmptyWeekPlan;
/** A fresh empty "now / next / later" board. */
export const createNowNextLaterPlan: typeof plan.createNowNextLaterPlan = plan.createNowNextLaterPlan;
/**
 * A realistic week for a fictional participant, Amina (Arabic as participant language), a fresh
 * copy each call: Norwegian class, work practice in cleaning, parental guidance, a doctor's
 * appointment, a meeting with the adviser with an interpreter.
 */
export const createAminaPlan: typeof plan.createAminaPlan = plan.createAminaPlan;
/** An empty week (Monday–Friday). Treat as read-only; `createEmptyWeekPlan()` gives a fresh copy. */
export const emptyWeekPlan: PlanDocument = plan.emptyWeekPlan;
/** An empty "now / next / later" board. */
export const nowNextLaterPlan: PlanDocument = plan.nowNextLaterPlan;
/** Amina's week: a realistic plan with Arabic as participant language. */
export const aminaPlan: PlanDocument = plan.aminaPlan;
