/**
 * Veikart: visual-planning web components for the introduction programme.
 * Importing this module defines no elements; import `veikart/define.js` (or load
 * `dist/veikart.js`) to register the tags.
 */
export * from './core/index.js';
export * from './step-tracker/index.js';
export * from './plan-board/index.js';
export * from './task-ladder/index.js';
export * from './course-calendar/index.js';
export * from './presets/index.js';
export { validateDocument, applyOperation, type DocumentTypes, type KnownKind } from './documents.js';
