import { msg, str } from '@lit/localize';
import { uiDigits } from '../core/digits.js';
import { isolate } from '../core/text.js';

/**
 * True when a `YYYY-MM-DDTHH:mm` is in the hour Oslo's clocks skip: 02:00–02:59 on the last Sunday
 * of March (from 1970, the DTSTART of the `.ics` VTIMEZONE, ics.ts). No such time happens; RFC 5545
 * §3.3.5 reads it as the same minute of the next hour (02:30 is 03:30 CEST). For the details' note
 * under the time and a move's words (calendar-moves.ts: up front with the element); ics.ts keeps its own copy of the rule,
 * and test/course-calendar/ics-spring-gap.test.ts and summer-gap-note.test.ts hold both to the same dates.
 */
export const inSpringGap = (dateTime: string): boolean => /^(19[7-9].|[2-9]...)-03-(2[5-9]|3[01])T02/.test(dateTime) && !new Date(dateTime.slice(0, 10)).getUTCDay();

/** "02:15 finnes ikke denne natta (sommertid).": a time in that hour, kept and drawn as written, that does not happen that night. */
export const gapSaid = (dateTime: string): string => msg(str`${isolate(uiDigits(dateTime.slice(11, 16)))} finnes ikke denne natta (sommertid).`, { id: 'course-calendar.summer-gap' });

/**
 * The details' note for a session's times, and what a move or resize that lands it there says after its own words: each
 * time in that hour (the start's, then the end's; QA round 2, F8), '' when neither is.
 */
export const gapNote = (start: string, end: string): string => [start, end].filter(inSpringGap).map(gapSaid).join(' ');
