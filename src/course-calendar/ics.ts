/**
 * A small iCalendar (RFC 5545) writer for a ScheduleDocument: one VEVENT per session in
 * Europe/Oslo wall-clock time, with the time zone defined. Loaded lazily by `exportICS()`.
 * Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.
 */
import type { ScheduleDocument, Session, SessionKind } from './course-calendar.types.js';
import type { Text } from '../core/types.js';

export interface IcsOptions {
  /** Only this course's sessions. */
  readonly courseId?: string;
  /** Only these courses' sessions (with `courseId`, both must hold). */
  readonly courseIds?: readonly string[];
  /** A document Text in the wanted locale (passed in, so this lazy chunk shares no module with the main file). */
  readonly text: (text: Text | undefined) => string;
  /** The kind's name in the UI language, for SUMMARY. */
  readonly kindLabel: (kind: SessionKind) => string;
  /** DTSTAMP (default now). */
  readonly now?: Date;
}

const TZ = 'Europe/Oslo';
// EU rules since 1996: summer time from the last Sunday of March 01:00 UTC to the last Sunday of October.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZ}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping (RFC 5545 §3.3.11); control characters other than tab (HTAB is TSAFE-CHAR) and line breaks are dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/**
 * Folds one content line at 75 octets (continuations start with a space), never inside a UTF-8
 * sequence. Octets from the code unit (1, 2 or 3; a surrogate pair 4; a lone surrogate 3, the
 * U+FFFD it is saved as), each part one slice. Before 7 Dec 2026 it asked TextEncoder for every
 * character and added them one by one: 21.8 s for 200 sessions of 5,000-character titles (QA, F1).
 */
export function foldLine(line: string): string {
  // ASCII of up to 75 characters (nearly every line): as it is.
  if (line.length <= 75 && !/[^\0-\x7f]/.test(line)) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = 75;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const pair = c >> 10 === 0x36 && line.charCodeAt(i + 1) >> 10 === 0x37; // a high surrogate, then a low one
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (octets + size > limit) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
      limit = 74; // the leading space counts
    }
    octets += size;
    if (pair) i++;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/**
 * True when a `YYYY-MM-DDTHH:mm` falls in the hour the clocks skip in the VTIMEZONE below: 02:00–02:59
 * on the last Sunday of March (from 1970, its DTSTART). RFC 5545 §3.3.5 reads such a time with the
 * offset before the gap, as the same minute of the next hour (02:30 is 03:30 CEST). The same rule as
 * spring-gap.ts (the details' note), kept apart: a module shared by two lazy chunks is a third, a
 * request more for either.
 */
const inSpringGap = (dateTime: string): boolean => /^(19[7-9].|[2-9]...)-03-(2[5-9]|3[01])T02/.test(dateTime) && !new Date(dateTime.slice(0, 10)).getUTCDay();

/** The wall-clock minutes from `start` to `end` (`YYYY-MM-DDTHH:mm`, as UTC: no DST) as an exact DURATION (RFC 5545 §3.3.6): PT45M, PT90M. */
const wallDuration = (start: string, end: string): string => `PT${(Date.parse(`${end}Z`) - Date.parse(`${start}Z`)) / 60000}M`;

function localStamp(dateTime: string): string {
  return `${dateTime.slice(0, 4)}${dateTime.slice(5, 7)}${dateTime.slice(8, 10)}T${dateTime.slice(11, 13)}${dateTime.slice(14, 16)}00`;
}

/** 64 bits of a string as 16 hex digits (cyrb53's two lanes, unmasked): not cryptographic, only well spread. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h2, h1].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}

/**
 * A session's UID: `<session id>-<16 hex digits>@veikart`. Session ids are unique only inside one
 * document (the widget names new sessions `session-<n>`), so the hex digits hash the session id
 * with the document's identity: the document's own `id` (a host field, string or number) when it
 * has one, else the session's course id. Two participants' calendars then stay apart in one
 * calendar program, and re-exporting the same document updates its events instead of adding more.
 */
export function sessionUid(doc: ScheduleDocument, session: Session): string {
  const { id } = doc;
  const scope = typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? ['document', String(id)] : ['course', session.courseId];
  return `${escapeText(session.id)}-${hash(JSON.stringify([...scope, session.id]))}@veikart`;
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Characters written between two pauses: a few milliseconds' work (every line is folded as it is written). */
const CHUNK = 1 << 18;

/**
 * The document's sessions (or one course's) as an iCalendar string. Written in pieces of about
 * `CHUNK` characters, a task each (`setTimeout`): the page answers meanwhile, however large the
 * document (a 20,000-session calendar of 5,000-character titles is over 100 MB). The document is
 * the one passed in: the writer reads what it needs of `options` before its first pause (the
 * kinds' names), so a file is in one language.
 */
export async function writeICS(doc: ScheduleDocument, options: IcsOptions): Promise<string> {
  const stamp = utcStamp(options.now ?? new Date());
  const courses = new Map(doc.courses.map((c) => [c.id, c]));
  const wanted = options.courseIds && new Set(options.courseIds);
  const kinds = new Map<SessionKind, string>();
  for (const { kind } of doc.sessions) kinds.has(kind) || kinds.set(kind, options.kindLabel(kind));
  let ics = '';
  let piece: string[] = [];
  let written = 0;
  const write = (...lines: string[]): void => {
    for (const line of lines) {
      const folded = foldLine(line);
      piece.push(folded);
      written += folded.length;
    }
  };
  // The lines since the last pause, joined and added to `ics` (a rope: the whole file is not copied in one task here).
  const flush = (): string => {
    ics += piece.join('\r\n') + '\r\n';
    piece = [];
    written = 0;
    return ics;
  };
  write('BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Veikart//Course calendar//NB', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...VTIMEZONE);
  for (const session of doc.sessions) {
    if ((options.courseId !== undefined && session.courseId !== options.courseId) || (wanted && !wanted.has(session.courseId))) continue;
    const course = courses.get(session.courseId);
    const courseTitle = options.text(course?.title);
    const own = options.text(session.title);
    const kind = kinds.get(session.kind)!;
    const summary = [courseTitle, own || kind].filter(Boolean).join(': ');
    const place = options.text(session.place);
    write(
      'BEGIN:VEVENT',
      `UID:${sessionUid(doc, session)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${TZ}:${localStamp(session.start)}`,
      // A start the clocks skip is read an hour later (inSpringGap): the end then goes with it, as
      // long as the calendar draws the session (DURATION, §3.8.2.5), never at or before the start
      // (§3.8.2.2), which a DTEND as written (02:30–03:15: 03:30–03:15 CEST) would be.
      inSpringGap(session.start) ? `DURATION:${wallDuration(session.start, session.end)}` : `DTEND;TZID=${TZ}:${localStamp(session.end)}`,
      `SUMMARY:${escapeText(summary)}`,
      ...(place ? [`LOCATION:${escapeText(place)}`] : []),
      `CATEGORIES:${escapeText(kind)}`,
      `STATUS:${session.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
    if (written > CHUNK) {
      flush();
      await new Promise((resolve) => setTimeout(resolve));
    }
  }
  write('END:VCALENDAR');
  return flush();
}
