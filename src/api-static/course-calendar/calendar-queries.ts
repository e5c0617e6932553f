// `veikart`'s names for course-calendar/calendar-queries.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../course-calendar/calendar-queries.js';

/**
 * Below this width (CSS px, at the default 16 px text) the calendar's default view is the agenda
 * and month days show markers: 30em of the calendar's own text (its host's font size, which
 * `--vk-font-size` sets and which follows the page's text size when that is unset), so 960 px at
 * 32 px text (WCAG 1.4.4), as the month's container queries (in em of the same text). Until 6
 * Dec 2026 it followed only the root's font size: at `--vk-font-size: 2rem` on a 16 px page an
 * 800 px calendar drew a month of chips in 25 of its 32 px text.
 */
export const AGENDA_BELOW: typeof m.AGENDA_BELOW = m.AGENDA_BELOW;
