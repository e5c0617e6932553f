// `veikart`'s names for course-calendar/course-calendar.types.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../course-calendar/course-calendar.types.js';

export const calendarViews: typeof m.calendarViews = m.calendarViews;
export const sessionKinds: typeof m.sessionKinds = m.sessionKinds;
