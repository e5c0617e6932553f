/**
 * Veikart: visual-planning web components for the introduction programme.
 * Importing this module defines no elements (no side effects): it exports the element classes,
 * the pure document functions (`validateDocument`, `applyOperation`), the presets and
 * `loadPresets()`, `defineAll()`, `registerPictograms()`, `setPictogramBase()` and `setLocale()`.
 * To register the tags import `veikart/define` (all four), `veikart/plan-board` (one), or call
 * `defineAll(registry)`.
 */
export * from './api.js';
// The helpers too (the values of api.js's re-exports whose modules some import() also loads: a
// widget's lazy chunks, loadPreset) come through modules of constants (src/api-static/, one per
// module), for the same reason as the presets below: the npm build flattens re-exports, so
// dist/npm/index.js would import holidays.js, session-chip.js, … itself, and esbuild would then
// load them up front, whole, for any name from `veikart` (11.6 KB gzip of calendar and ladder code
// beside the docs' snippet). These explicit exports take precedence over api.js's `export *`.
// Not in api.ts: the drop-in (src/define.ts) bundles that, and each constant would cost it bytes.
export { followDocumentLanguage, getLocale, localeReady, localizationSharedWithHost, normalizeLocale, setLocale, uiLocales } from './api-static/core/localize.js';
export { MAX_AUDIO_DATA_URL } from './api-static/core/audio-data-url.js';
export { isSafeUrl } from './api-static/core/schema.js';
export { directionOf, isolate, languageName, resolveText, textIn } from './api-static/core/text.js';
export { pictogramCategories } from './api-static/core/pictogram-catalog.js';
export { registerPictograms, resolvePictogram, setPictogramBase } from './api-static/core/pictograms.js';
export { listBuiltInPictograms } from './api-static/core/pictogram-list.js';
export { dateFormatter, dateLocale, formatDate, formatTime } from './api-static/core/dates.js';
export { stepOrientations, stepStatuses } from './api-static/step-tracker/step-tracker.types.js';
export { statusLabel } from './api-static/step-tracker/status-label.js';
export { cardCategories, planModes, planOperationTypes } from './api-static/plan-board/plan-board.types.js';
export { applyPlanOperation, cardsByColumn, checkPlanDocument, invertPlanOperation, newCardId, planCounts, planDocumentSchema, planOperationSchema, positionOf } from './api-static/plan-board/plan-board.model.js';
export { categoryLabel } from './api-static/plan-board/board-text.js';
export { isSafeAudioUrl, withRecording } from './api-static/core/audio-url.js';
export { ladderBranches, ladderModes, logAuthors, moods, taskLevels } from './api-static/task-ladder/task-ladder.types.js';
export { applyLadderOperation, checkLadderDocument, currentPhaseIndex, invertLadderOperation, ladderDocumentSchema, ladderOperationSchema, ladderProgress, latestLogEntry, logNewestFirst, nextLevel, phaseProgress } from './api-static/task-ladder/task-ladder.model.js';
export { levelLabel, logAuthorLabel } from './api-static/task-ladder/labels.js';
export { isoWeek, rangeFor } from './api-static/course-calendar/calendar-dates.js';
export { calendarViews, sessionKinds } from './api-static/course-calendar/course-calendar.types.js';
export { applyScheduleOperation, checkScheduleDocument, invertScheduleOperation, scheduleDocumentSchema, scheduleOperationSchema } from './api-static/course-calendar/course-calendar.model.js';
export { daysCovered, packLanes, segmentsByDay } from './api-static/course-calendar/calendar-layout.js';
export { easterSunday, holidayLocales, holidayName, holidaysBetween, norwegianHolidays } from './api-static/course-calendar/holidays.js';
export { AGENDA_BELOW } from './api-static/course-calendar/calendar-queries.js';
export { kindLabel } from './api-static/course-calendar/session-chip.js';
export { expandWeeklyPattern } from './api-static/course-calendar/patterns.js';
// The presets through modules of their own (src/presets/static/, one per preset file), not
// ./presets/index.js (what loadPresets() loads): esbuild then loads only the presets an app uses.
export * from './presets/static/steps.js';
export * from './presets/static/plan.js';
export * from './presets/static/ladder.js';
export * from './presets/static/schedule.js';
export * from './presets/static/review.js';
