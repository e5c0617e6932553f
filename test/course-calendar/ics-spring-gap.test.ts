// QA (qdst F2): a session starting in the hour Oslo's clocks skip (02:00–02:59 on the last Sunday of
// March) was written with DTSTART and DTEND as written: 02:30–03:15 read by RFC 5545 §3.3.5 (a time in
// the gap takes the offset before it: 02:30 is 03:30 CEST) ends 15 minutes before it starts, which
// §3.8.2.2 forbids (DTEND MUST be later), and 02:30–03:30 has no length. The rule now: a start in the
// gap goes an hour later with its whole session, as long as the calendar draws it (DURATION).
import { expect } from '@open-wc/testing';
import { resolveText } from '../../src/core/text.js';
import { writeICS } from '../../src/course-calendar/ics.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';

/** The date of the last Sunday of `month` (0-based) in `year`, as a day of the month. */
const lastSunday = (year: number, month: number): number => {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
};

/**
 * The instant (ms) a `YYYYMMDDTHHmmss` wall-clock time with TZID=Europe/Oslo stands for, read as RFC 5545
 * §3.3.5 says with the file's VTIMEZONE (CET +01:00; CEST +02:00 from the last Sunday of March 02:00
 * to the last Sunday of October 03:00, from 1970, its DTSTART): a time in the skipped hour takes the offset before the gap
 * (+01:00), a time in the repeated hour the first occurrence (+02:00).
 */
function instant(stamp: string): number {
  const [y, mo, d, h, mi] = [stamp.slice(0, 4), stamp.slice(4, 6), stamp.slice(6, 8), stamp.slice(9, 11), stamp.slice(11, 13)].map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const summer = y >= 1970 && wall >= Date.UTC(y, 2, lastSunday(y, 2), 3) && wall < Date.UTC(y, 9, lastSunday(y, 9), 3);
  return wall - (summer ? 2 : 1) * 3_600_000;
}

/** An exact DURATION (RFC 5545 §3.3.6: PT…H…M…S, or weeks/days) in ms. */
function duration(value: string): number {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value);
  expect(match, `a DURATION: ${value}`).to.not.equal(null);
  const [w, d, h, m, s] = match!.slice(1).map((n) => Number(n ?? 0));
  return ((((w * 7 + d) * 24 + h) * 60 + m) * 60 + s) * 1000;
}

interface Event {
  uid: string;
  start: number;
  end: number;
  /** The event's own lines (unfolded). */
  lines: string[];
}

/** Each VEVENT's start and end instants, by the rules above: DTEND, or DTSTART + DURATION. */
function events(ics: string): Map<string, Event> {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const out = new Map<string, Event>();
  let current: string[] | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT' && current) {
      const field = (name: string): string | undefined => current!.find((l) => l.startsWith(name))?.replace(/^[^:]*:/, '');
      const start = instant(field('DTSTART;TZID=Europe/Oslo:')!);
      const dtend = field('DTEND;TZID=Europe/Oslo:');
      const dur = field('DURATION:');
      expect(!!dtend !== !!dur, 'DTEND or DURATION, one of them (RFC 5545 §3.6.1)').to.equal(true);
      const uid = field('UID:')!.replace(/-[0-9a-f]{16}@veikart$/, '');
      out.set(uid, { uid, start, end: dtend ? instant(dtend) : start + duration(dur!), lines: current });
      current = null;
    } else current?.push(line);
  }
  return out;
}

const minutes = (from: string, to: string): number => (Date.parse(`${to}Z`) - Date.parse(`${from}Z`)) / 60_000;

async function exported(sessions: [id: string, start: string, end: string][]): Promise<Map<string, Event>> {
  const doc = {
    version: 1,
    courses: [{ id: 'c', title: 'Renhold' }],
    sessions: sessions.map(([id, start, end]) => ({ id, courseId: 'c', kind: 'practice', start, end })),
  } as unknown as ScheduleDocument;
  return events(await writeICS(doc, { text: (t) => resolveText(t, 'nb'), kindLabel: () => 'Praksis', now: new Date(Date.UTC(2026, 11, 7)) }));
}

describe('course calendar .ics: a session that starts in the hour the clocks skip', () => {
  const gap: [string, string, string][] = [
    ['ends-in-next-hour', '2026-03-29T02:30', '2026-03-29T03:15'], // the QA's: −15 min before
    ['ends-an-hour-on', '2026-03-29T02:30', '2026-03-29T03:30'], // no length before
    ['ends-at-three', '2026-03-29T02:00', '2026-03-29T03:00'],
    ['ends-in-gap', '2026-03-29T02:15', '2026-03-29T02:45'],
    ['ends-later', '2026-03-29T02:30', '2026-03-29T04:00'],
    ['ends-next-day', '2026-03-29T02:45', '2026-03-30T01:00'],
    ['another-year', '2027-03-28T02:30', '2027-03-28T03:00'],
    ['in-1999', '1999-03-28T02:30', '1999-03-28T03:15'],
    ['the-first-year', '1970-03-29T02:30', '1970-03-29T03:15'],
    ['on-the-31st', '2030-03-31T02:30', '2030-03-31T03:15'],
  ];

  it('ends after it starts, read as RFC 5545 reads it (§3.8.2.2)', async () => {
    const read = await exported(gap);
    for (const [id] of gap) expect(read.get(id)!.end - read.get(id)!.start, id).to.be.above(0);
  });

  it('keeps the length the calendar draws (its wall-clock length), its start read an hour later', async () => {
    const read = await exported(gap);
    for (const [id, start, end] of gap) {
      const event = read.get(id)!;
      expect((event.end - event.start) / 60_000, id).to.equal(minutes(start, end));
      expect(event.lines, `${id}: DTSTART as written`).to.include(`DTSTART;TZID=Europe/Oslo:${start.replace(/[-:]/g, '')}00`);
    }
  });
});

describe('course calendar .ics: every other session keeps DTEND as written', () => {
  const others: [string, string, string][] = [
    ['ends-in-gap', '2026-03-29T01:30', '2026-03-29T02:30'], // 01:30 CET to 03:30 CEST: an hour
    ['night-spring', '2026-03-28T22:00', '2026-03-29T06:00'], // 7 hours
    ['night-autumn', '2026-10-24T22:00', '2026-10-25T06:00'], // 9 hours
    ['repeated-hour', '2026-10-25T02:15', '2026-10-25T02:45'],
    ['not-the-last-sunday', '2026-03-22T02:30', '2026-03-22T03:15'],
    ['a-monday', '2027-03-29T02:30', '2027-03-29T03:15'],
    ['before-the-zone-rule', '1969-03-30T02:30', '1969-03-30T03:15'], // the VTIMEZONE starts in 1970
    ['noon', '2026-03-29T12:00', '2026-03-29T13:30'],
  ];

  it('DTEND is the end written, and no event ends at or before its start', async () => {
    const read = await exported(others);
    for (const [id, , end] of others) {
      const event = read.get(id)!;
      expect(event.lines, id).to.include(`DTEND;TZID=Europe/Oslo:${end.replace(/[-:]/g, '')}00`);
      expect(event.end - event.start, id).to.be.above(0);
    }
    expect((read.get('night-spring')!.end - read.get('night-spring')!.start) / 3_600_000).to.equal(7);
    expect((read.get('night-autumn')!.end - read.get('night-autumn')!.start) / 3_600_000).to.equal(9);
  });
});
