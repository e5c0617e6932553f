/**
 * True when a `YYYY-MM-DDTHH:mm` is in the hour Oslo's clocks skip: 02:00–02:59 on the last Sunday
 * of March (from 1970, the DTSTART of the `.ics` VTIMEZONE, ics.ts). No such time happens; RFC 5545
 * §3.3.5 reads it as the same minute of the next hour (02:30 is 03:30 CEST). For the details' note
 * under the time (lazy, with them); ics.ts keeps its own copy of the rule (a module two lazy chunks
 * share is a chunk of its own), and test/course-calendar/ics-spring-gap.test.ts and
 * summer-gap-note.test.ts hold both to the same dates.
 */
export const inSpringGap = (dateTime: string): boolean => /^(19[7-9].|[2-9]...)-03-(2[5-9]|3[01])T02/.test(dateTime) && !new Date(dateTime.slice(0, 10)).getUTCDay();
