// `veikart`'s names for course-calendar/calendar-layout.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../course-calendar/calendar-layout.js';

/**
 * The dates a session covers: from its start date to the date of its last minute (a session ending
 * at 00:00 does not cover the day it ends on).
 */
export const daysCovered: typeof m.daysCovered = m.daysCovered;
/**
 * Interval-graph packing of one day's segments into side-by-side lanes: segments are split into
 * clusters (chains of overlapping segments) and each cluster gets as many lanes as its largest
 * overlap (greedy first-free-lane in start order, which is optimal for intervals), so one crowded
 * hour never narrows the rest of the day. A cluster needing more than `maxLanes` keeps
 * `maxLanes - 1` lanes of sessions and collapses the rest into one "+N" lane; the `keep` session
 * (one being moved) is always placed, never hidden.
 */
export const packLanes: typeof m.packLanes = m.packLanes;
/**
 * Sessions by the day they are drawn on, between `start` and `end` (exclusive), each day in start
 * order. `every-day` (week and agenda views): a piece on every day the session covers. `first-day`
 * (month view): one piece, on the session's first day inside the range (marked continuing when
 * the session goes on after that day, and continued when it began before it). A session that only ends in the range is
 * included.
 */
export const segmentsByDay: typeof m.segmentsByDay = m.segmentsByDay;
