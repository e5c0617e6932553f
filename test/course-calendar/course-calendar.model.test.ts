import { resolveText } from '../../src/core/text.js';
import { expect } from '@open-wc/testing';
import type HolidaysClass from 'date-holidays';
import ICAL from 'ical.js';
import { applyScheduleOperation, checkScheduleDocument, courseSchema, invertScheduleOperation, sessionSchema } from '../../src/course-calendar/course-calendar.model.js';
import { addMonths, isoWeek, rangeFor, stepDate } from '../../src/course-calendar/calendar-dates.js';
import { easterSunday, holidayName, norwegianHolidays } from '../../src/course-calendar/holidays.js';
import { expandWeeklyPattern } from '../../src/course-calendar/patterns.js';
import { escapeText, foldLine, writeICS } from '../../src/course-calendar/ics.js';
import type { ScheduleDocument, ScheduleOperation } from '../../src/course-calendar/course-calendar.types.js';
import { applyOperation, validateDocument } from '../../src/documents.js';
import { createInnherredSchedule } from '../../src/presets/schedule.js';
import { sampleSchedule } from './fixtures.js';
import { expectIssuesOfItemSchema, oddIds, oddTexts } from '../helpers/fast-checks.js';

function issuesOf(input: unknown): Array<{ path: string }> {
  const result = checkScheduleDocument(input);
  return result.ok ? [] : result.error.issues;
}

describe('schedule model: validation', () => {
  it('accepts a valid document and keeps unknown fields', () => {
    const result = checkScheduleDocument(sampleSchedule());
    expect(result.ok).to.equal(true);
    expect(validateDocument('schedule', sampleSchedule())).to.deep.equal({ ok: true });
  });

  it('reports a dangling courseId at /sessions/N/courseId', () => {
    const doc = sampleSchedule();
    const bad = { ...doc, sessions: doc.sessions.map((s, i) => (i === 2 ? { ...s, courseId: 'nope' } : s)) };
    expect(issuesOf(bad).map((i) => i.path)).to.deep.equal(['/sessions/2/courseId']);
  });

  it('reports an end not after the start at /sessions/N/end', () => {
    const doc = sampleSchedule();
    const bad = { ...doc, sessions: doc.sessions.map((s, i) => (i === 1 ? { ...s, end: s.start } : s)) };
    expect(issuesOf(bad).map((i) => i.path)).to.deep.equal(['/sessions/1/end']);
  });

  it('accepts a session that crosses midnight', () => {
    const doc = sampleSchedule();
    const night = { ...doc, sessions: [...doc.sessions, { id: 'n', courseId: 'renhold', start: '2026-03-09T22:00', end: '2026-03-10T02:00', kind: 'other' }] };
    expect(issuesOf(night)).to.deep.equal([]);
  });

  it('reports duplicate ids across courses and sessions', () => {
    const doc = sampleSchedule();
    const bad = { ...doc, sessions: doc.sessions.map((s, i) => (i === 3 ? { ...s, id: 'renhold' } : s)) };
    expect(issuesOf(bad).map((i) => i.path)).to.deep.equal(['/sessions/3/id']);
  });

  it('rejects a colour that is not #rgb or #rrggbb at /courses/N/color', () => {
    const doc = sampleSchedule();
    const bad = { ...doc, courses: [doc.courses[0], { ...doc.courses[1], color: 'red' }] };
    expect(issuesOf(bad).map((i) => i.path)).to.deep.equal(['/courses/1/color']);
  });

  it('rejects dates that do not exist', () => {
    const doc = sampleSchedule();
    const bad = { ...doc, sessions: [{ ...doc.sessions[0], start: '2026-02-30T09:00', end: '2026-02-30T10:00' }], closedDays: [{ date: '2026-02-31', title: 'x' }] };
    expect(issuesOf(bad).map((i) => i.path)).to.deep.equal(['/sessions/0/start', '/sessions/0/end', '/closedDays/0/date']);
  });

  it('rejects an unknown kind and a malformed date-time with their paths', () => {
    const doc = sampleSchedule();
    const bad = { ...doc, sessions: [{ ...doc.sessions[0], kind: 'party' }, { ...doc.sessions[1], start: '2026-03-10 09:00' }] };
    expect(issuesOf(bad).map((i) => i.path)).to.deep.equal(['/sessions/0/kind', '/sessions/1/start']);
  });

  it('validates a large plain year and sessions with text in several languages alike; a bad session among 5,000 is named by its index', () => {
    const doc = sampleSchedule();
    const year = Array.from({ length: 5000 }, (_, i) => ({ id: `y${i}`, courseId: 'renhold', start: '2026-03-10T09:00', end: '2026-03-10T10:00', kind: 'theory', title: 'Økt', place: 'Rom 1', cancelled: i % 2 === 0, extra: i }));
    expect(issuesOf({ ...doc, sessions: year })).to.deep.equal([]);
    const localized = year.map((s) => ({ ...s, title: { nb: 'Økt', ar: 'حصة' } }));
    expect(issuesOf({ ...doc, sessions: localized })).to.deep.equal([]);
    for (const [field, value] of [['title', 7], ['cancelled', 'yes'], ['id', ''], ['place', null], ['kind', 'party'], ['end', '2026-03-10T25:00']] as const) {
      const bad = year.map((s, i) => (i === 4321 ? { ...s, [field]: value } : s));
      expect(issuesOf({ ...doc, sessions: bad }).map((i) => i.path), field).to.deep.equal([`/sessions/4321/${field}`]);
    }
    expect(issuesOf({ ...doc, sessions: year.map((s, i) => (i === 17 ? [s] : s)) }).map((i) => i.path)).to.deep.equal(['/sessions/17']);
  });

  it('validates many plain courses and courses with text in several languages alike; a bad course among 500 is named by its index', () => {
    const doc = sampleSchedule();
    const courses = Array.from({ length: 500 }, (_, i) => ({ id: `c${i}`, title: `Kurs ${i}`, color: i % 2 ? '#0a7a5a' : '#17b', pictogram: i % 3 ? 'vk:cleaning' : undefined, certificate: 'Kursbevis', extra: i }));
    const sessions = courses.map((c, i) => ({ id: `s${i}`, courseId: c.id, start: '2026-03-10T09:00', end: '2026-03-10T10:00', kind: 'theory' }));
    expect(issuesOf({ ...doc, courses, sessions })).to.deep.equal([]);
    const localized = courses.map((c) => ({ ...c, title: { nb: 'Kurs', ar: 'دورة' }, pictogram: { src: 'https://example.org/a.svg', alt: 'A' } }));
    expect(issuesOf({ ...doc, courses: localized, sessions })).to.deep.equal([]);
    for (const [field, value] of [['title', 7], ['title', undefined], ['id', ''], ['color', '#12345'], ['color', 'red'], ['pictogram', ''], ['certificate', null]] as const) {
      const bad = courses.map((c, i) => (i === 321 ? { ...c, [field]: value } : c));
      expect(issuesOf({ ...doc, courses: bad, sessions }).map((i) => i.path), `${field}: ${String(value)}`).to.deep.equal([`/courses/321/${field}`]);
    }
    expect(issuesOf({ ...doc, courses: courses.map((c, i) => (i === 17 ? [c] : c)), sessions }).map((i) => i.path)).to.deep.equal(['/courses/17']);
  });

  it('names every issue of an odd session or course exactly as the schema does alone (the fast checks never hide one)', () => {
    const doc = () => sampleSchedule() as unknown as Record<string, unknown>;
    expectIssuesOfItemSchema({
      check: checkScheduleDocument,
      schema: sessionSchema,
      doc,
      list: 'sessions',
      index: 1,
      crossFields: ['id', 'courseId', 'end'],
      odd: [
        ['title', oddTexts],
        ['place', oddTexts],
        ['id', oddIds],
        ['courseId', [...oddIds, 'butikk']],
        ['start', ['2026-03-10T09:00', '2026-02-30T09:00', '2026-03-10 09:00', '2026-03-10T24:00', 9]],
        ['kind', ['exam', 'party', null]],
        ['cancelled', [true, 'yes', null]],
      ],
    });
    expectIssuesOfItemSchema({
      check: checkScheduleDocument,
      schema: courseSchema,
      doc,
      list: 'courses',
      index: 0,
      crossFields: ['id'],
      odd: [
        ['title', [...oddTexts, undefined]],
        ['certificate', oddTexts],
        ['id', oddIds],
        ['pictogram', [...oddIds, { src: 'https://example.org/a.svg', alt: 'A' }, { src: 'javascript:x', alt: 'A' }]],
        ['color', ['#17b', '#0a7a5a', '#12345', 'red', '', 5]],
      ],
    });
  });

  it('reports a newer version as unsupported-version', () => {
    const result = checkScheduleDocument({ ...sampleSchedule(), version: 2 });
    expect(result.ok ? null : result.error.code).to.equal('unsupported-version');
  });

  it('the preset term is a valid document', () => {
    expect(validateDocument('schedule', createInnherredSchedule())).to.deep.equal({ ok: true });
  });
});

describe('schedule model: operations and inverses', () => {
  const ops: ScheduleOperation[] = [
    { type: 'session.move', sessionId: 'a1', from: { start: '2026-03-09T09:00', end: '2026-03-09T14:30' }, to: { start: '2026-03-16T10:00', end: '2026-03-16T15:30' } },
    { type: 'session.update', sessionId: 'a1', changes: { place: null, cancelled: true, title: 'Ny' } },
    { type: 'session.add', session: { id: 'new', courseId: 'butikk', start: '2026-03-20T09:00', end: '2026-03-20T10:00', kind: 'other' }, index: 1 },
    { type: 'session.remove', sessionId: 'a3' },
  ];
  for (const op of ops) {
    it(`${op.type}: applying then applying the inverse gives the original document`, () => {
      const before = sampleSchedule();
      const snapshot = JSON.stringify(before);
      const after = applyScheduleOperation(before, op);
      expect(JSON.stringify(before)).to.equal(snapshot);
      expect(after).not.to.deep.equal(before);
      const inverse = invertScheduleOperation(before, op);
      expect(applyScheduleOperation(after, inverse)).to.deep.equal(before);
      expect(JSON.parse(JSON.stringify(inverse))).to.deep.equal(inverse);
    });
  }

  it('session.move changes only start and end and keeps host fields', () => {
    const after = applyScheduleOperation(sampleSchedule(), ops[0]);
    expect(after.sessions[0]).to.deep.equal({ ...sampleSchedule().sessions[0], start: '2026-03-16T10:00', end: '2026-03-16T15:30' });
    expect(after.hostOwned).to.equal('keep me');
  });

  it('the inverse of a move swaps from and to', () => {
    expect(invertScheduleOperation(sampleSchedule(), ops[0])).to.deep.equal({ type: 'session.move', sessionId: 'a1', from: ops[0].type === 'session.move' ? ops[0].to : null, to: ops[0].type === 'session.move' ? ops[0].from : null });
  });

  it('the inverse of a remove is an add at the same index', () => {
    expect(invertScheduleOperation(sampleSchedule(), ops[3])).to.deep.equal({ type: 'session.add', session: sampleSchedule().sessions[2], index: 2 });
  });

  it('the inverse of an update restores the previous fields (null where absent)', () => {
    expect(invertScheduleOperation(sampleSchedule(), ops[1])).to.deep.equal({ type: 'session.update', sessionId: 'a1', changes: { place: 'Rom 2', cancelled: null, title: null } });
  });

  it('throws a TypeError for a move whose from does not match', () => {
    expect(() => applyScheduleOperation(sampleSchedule(), { ...ops[0], from: { start: '2026-03-09T08:00', end: '2026-03-09T14:30' } } as ScheduleOperation)).to.throw(TypeError, /a1/);
  });

  it('throws a TypeError for an unknown session id', () => {
    expect(() => applyScheduleOperation(sampleSchedule(), { type: 'session.remove', sessionId: 'ghost' })).to.throw(TypeError, /ghost/);
  });

  it('throws a TypeError for an add that duplicates an id or dangles', () => {
    const session = { id: 'a1', courseId: 'butikk', start: '2026-03-20T09:00', end: '2026-03-20T10:00', kind: 'other' as const };
    expect(() => applyScheduleOperation(sampleSchedule(), { type: 'session.add', session })).to.throw(TypeError, /sessions\/4\/id/);
    expect(() => applyScheduleOperation(sampleSchedule(), { type: 'session.add', session: { ...session, id: 'z', courseId: 'x' } })).to.throw(TypeError, /courseId/);
  });

  it('throws a TypeError for a move that puts the end before the start', () => {
    expect(() => applyScheduleOperation(sampleSchedule(), { ...ops[0], to: { start: '2026-03-16T10:00', end: '2026-03-16T09:00' } } as ScheduleOperation)).to.throw(TypeError, /end/);
  });

  it('throws a TypeError for an unknown operation type', () => {
    expect(() => applyScheduleOperation(sampleSchedule(), { type: 'session.explode' } as unknown as ScheduleOperation)).to.throw(TypeError);
  });

  it('applyOperation("schedule", …) uses the same model', () => {
    expect(applyOperation('schedule', sampleSchedule(), ops[3]).sessions.map((s) => s.id)).to.deep.equal(['a1', 'a2', 'a4']);
  });
});

describe('calendar dates: ISO weeks and ranges', () => {
  it('2026-01-01 is in week 1 of 2026', () => {
    expect(isoWeek('2026-01-01')).to.deep.equal({ year: 2026, week: 1 });
  });
  it('2027-01-01 is in week 53 of 2026', () => {
    expect(isoWeek('2027-01-01')).to.deep.equal({ year: 2026, week: 53 });
  });
  it('2024-12-30 is in week 1 of 2025, 2021-01-03 in week 53 of 2020, 2026-03-12 in week 11', () => {
    expect(isoWeek('2024-12-30')).to.deep.equal({ year: 2025, week: 1 });
    expect(isoWeek('2021-01-03')).to.deep.equal({ year: 2020, week: 53 });
    expect(isoWeek('2026-03-12')).to.deep.equal({ year: 2026, week: 11 });
  });
  it('month view covers the grid’s whole weeks, Monday first, end exclusive', () => {
    expect(rangeFor('month', '2026-03-12')).to.deep.equal({ view: 'month', start: '2026-02-23', end: '2026-04-06' });
    expect(rangeFor('month', '2026-02-01')).to.deep.equal({ view: 'month', start: '2026-01-26', end: '2026-03-02' });
    expect(rangeFor('month', '2021-02-14')).to.deep.equal({ view: 'month', start: '2021-02-01', end: '2021-03-01' });
  });
  it('week view covers Monday to Sunday', () => {
    expect(rangeFor('week', '2026-03-15')).to.deep.equal({ view: 'week', start: '2026-03-09', end: '2026-03-16' });
  });
  it('agenda view covers the month of the date', () => {
    expect(rangeFor('agenda', '2026-03-12')).to.deep.equal({ view: 'agenda', start: '2026-03-01', end: '2026-04-01' });
  });
  it('stepping a month keeps the day where it exists and clamps otherwise', () => {
    expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
    expect(stepDate('month', '2026-03-12', -1)).to.equal('2026-02-12');
    expect(stepDate('week', '2026-03-12', 1)).to.equal('2026-03-19');
  });
});

// The package's ES entry pulls CommonJS moment-timezone, which a browser cannot import; its UMD
// bundle sets self.Holidays.
async function loadHolidays(): Promise<typeof HolidaysClass> {
  // @ts-expect-error a plain script without types
  await import('../../node_modules/date-holidays/dist/umd.min.js');
  const global = (self as unknown as { Holidays: typeof HolidaysClass | { default: typeof HolidaysClass } }).Holidays;
  return 'default' in global ? global.default : global;
}

describe('Norwegian public holidays', () => {
  let Holidays: typeof HolidaysClass;
  before(async () => {
    Holidays = await loadHolidays();
  });

  it('computes Easter Sunday by the Gregorian algorithm', () => {
    expect(['2024', '2025', '2026', '2027', '2038'].map((y) => easterSunday(Number(y)))).to.deep.equal(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2038-04-25']);
  });

  for (const year of [2019, 2024, 2025, 2026, 2027, 2030, 2038]) {
    it(`matches the maintained date-holidays library for ${year}`, () => {
      const reference = new Holidays('NO')
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10))
        .sort();
      expect(norwegianHolidays(year).map((h) => h.date)).to.deep.equal(reference);
    });
  }

  it('names holidays in every UI locale with strings (nb, nn, en, ar, uk, ti, so, fa), and in nb for other locales', () => {
    const goodFriday = norwegianHolidays(2026).find((h) => h.id === 'good-friday');
    expect(goodFriday?.date).to.equal('2026-04-03');
    expect(goodFriday && ['nb', 'nn', 'en', 'ar', 'uk', 'de'].map((l) => holidayName(goodFriday, l))).to.deep.equal(['Langfredag', 'Langfredag', 'Good Friday', 'الجمعة العظيمة', 'Страсна пʼятниця', 'Langfredag']);
    for (const holiday of norwegianHolidays(2026)) for (const l of ['ti', 'so', 'fa']) expect(holidayName(holiday, l), `${holiday.id} ${l}`).to.not.equal(holiday.name.nb);
  });
});

describe('weekly patterns', () => {
  const pattern = {
    courseId: 'renhold',
    days: [
      { weekday: 1, kind: 'theory' as const, start: '09:00', end: '14:30' },
      { weekday: 2, kind: 'language' as const, start: '09:00', end: '14:30' },
      { weekday: 3, kind: 'practice' as const, start: '09:00', end: '14:30' },
      { weekday: 4, kind: 'practice' as const, start: '09:00', end: '14:30' },
      { weekday: 5, kind: 'practice' as const, start: '09:00', end: '14:30' },
    ],
  };

  it('expands Mon theory, Tue Norwegian, Wed–Fri practice into sessions in date order', () => {
    const sessions = expandWeeklyPattern(pattern, { from: '2026-03-09', to: '2026-03-16' });
    expect(sessions.map((s) => [s.start, s.end, s.kind])).to.deep.equal([
      ['2026-03-09T09:00', '2026-03-09T14:30', 'theory'],
      ['2026-03-10T09:00', '2026-03-10T14:30', 'language'],
      ['2026-03-11T09:00', '2026-03-11T14:30', 'practice'],
      ['2026-03-12T09:00', '2026-03-12T14:30', 'practice'],
      ['2026-03-13T09:00', '2026-03-13T14:30', 'practice'],
    ]);
    expect(sessions[0]).to.deep.equal({ id: 'renhold-2026-03-09-1', courseId: 'renhold', start: '2026-03-09T09:00', end: '2026-03-09T14:30', kind: 'theory' });
  });

  it('skips public holidays (Easter 2026) and closed days', () => {
    const sessions = expandWeeklyPattern(pattern, { from: '2026-03-30', to: '2026-04-11', closedDays: [{ date: '2026-04-08' }] });
    expect(sessions.map((s) => s.start.slice(0, 10))).to.deep.equal(['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-07', '2026-04-09', '2026-04-10']);
  });

  it('keeps holidays when asked to', () => {
    expect(expandWeeklyPattern(pattern, { from: '2026-04-02', to: '2026-04-04', skipHolidays: false })).to.have.length(2);
  });

  it('an end before the start ends the next day', () => {
    const [night] = expandWeeklyPattern({ courseId: 'c', days: [{ weekday: 1, kind: 'other', start: '22:00', end: '02:00' }] }, { from: '2026-03-09', to: '2026-03-10' });
    expect([night.start, night.end]).to.deep.equal(['2026-03-09T22:00', '2026-03-10T02:00']);
  });
});

describe('iCalendar export', () => {
  const kindLabel = (k: string): string => ({ theory: 'Teori', practice: 'Praksis', language: 'Norsk', exam: 'Prøve', other: 'Annet' })[k] ?? k;
  function parse(text: string): ICAL.Component {
    return new ICAL.Component(ICAL.parse(text));
  }

  it('writes a calendar that ical.js parses, with a Europe/Oslo VTIMEZONE and one VEVENT per session', async () => {
    const text = await writeICS(sampleSchedule(), { text: (t) => resolveText(t, 'nb'), kindLabel, now: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) });
    const calendar = parse(text);
    const zone = calendar.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).to.equal('Europe/Oslo');
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).to.have.length(4);
    const first = events[0];
    expect(first.getFirstPropertyValue('uid')).to.match(/^a1-[0-9a-f]{16}@veikart$/); // the hash: test/course-calendar/sec-ics.test.ts
    expect(first.getFirstPropertyValue('summary')).to.equal('Renhold og smittevern: Teori');
    expect(first.getFirstPropertyValue('location')).to.equal('Rom 2');
    expect(first.getFirstProperty('dtstart')?.getParameter('tzid')).to.equal('Europe/Oslo');
    expect(String(first.getFirstPropertyValue('dtstart'))).to.equal('2026-03-09T09:00:00');
    expect(String(first.getFirstPropertyValue('dtstamp'))).to.equal('2026-01-02T03:04:05Z');
    expect(events[2].getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(events[3].getFirstPropertyValue('summary')).to.equal('Salg og service: Prøve');
  });

  it('turns Oslo wall-clock time into the right UTC instant in summer and winter', async () => {
    const doc: ScheduleDocument = { ...sampleSchedule(), sessions: [{ id: 'w', courseId: 'renhold', start: '2026-01-05T09:00', end: '2026-01-05T10:00', kind: 'theory' }, { id: 's', courseId: 'renhold', start: '2026-06-01T09:00', end: '2026-06-01T10:00', kind: 'theory' }] };
    const calendar = parse(await writeICS(doc, { text: (t) => resolveText(t, 'nb'), kindLabel }));
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
    const utcHours = calendar.getAllSubcomponents('vevent').map((event) => {
      const time = event.getFirstPropertyValue('dtstart') as ICAL.Time;
      time.zone = zone;
      return time.toJSDate().getUTCHours();
    });
    expect(utcHours).to.deep.equal([8, 7]);
  });

  it('exports one course only when given its id', async () => {
    const calendar = parse(await writeICS(sampleSchedule(), { courseId: 'butikk', text: (t) => resolveText(t, 'en'), kindLabel }));
    expect(calendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid')).replace(/-[0-9a-f]{16}@/, '@'))).to.deep.equal(['a3@veikart', 'a4@veikart']);
  });

  it('uses CRLF line endings and folds lines at 75 octets without splitting characters', async () => {
    const long = 'Ærlig talt; en veldig, veldig lang tittel med æøå og عربي som må brettes over flere linjer i filen';
    const doc: ScheduleDocument = { ...sampleSchedule(), courses: [{ id: 'renhold', title: long }, sampleSchedule().courses[1]] };
    const text = await writeICS(doc, { text: (t) => resolveText(t, 'nb'), kindLabel });
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.include('\n');
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(parse(text).getAllSubcomponents('vevent')[0].getFirstPropertyValue('summary')).to.equal(`${long}: Teori`);
    expect(foldLine('x'.repeat(80))).to.equal(`${'x'.repeat(75)}\r\n ${'x'.repeat(5)}`);
  });

  it('escapes TEXT values so hostile strings stay text', async () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).to.equal('a\\,b\\;c\\\\d\\ne\\nf');
    const doc: ScheduleDocument = { ...sampleSchedule(), sessions: [{ ...sampleSchedule().sessions[0], place: 'X\r\nEND:VEVENT\r\nBEGIN:VEVENT' }] };
    const events = parse(await writeICS(doc, { text: (t) => resolveText(t, 'nb'), kindLabel })).getAllSubcomponents('vevent');
    expect(events).to.have.length(1);
    expect(events[0].getFirstPropertyValue('location')).to.equal('X\nEND:VEVENT\nBEGIN:VEVENT');
  });

  it('keeps a tab in TEXT values (RFC 5545 §3.3.11 allows HTAB) and drops other control characters', async () => {
    expect(escapeText('Rom\t2\u0000\u0007\u001b\u007f')).to.equal('Rom\t2');
    const doc: ScheduleDocument = { ...sampleSchedule(), sessions: [{ ...sampleSchedule().sessions[0], place: 'Bygg A\tRom 2' }] };
    const events = parse(await writeICS(doc, { text: (t) => resolveText(t, 'nb'), kindLabel })).getAllSubcomponents('vevent');
    expect(events[0].getFirstPropertyValue('location')).to.equal('Bygg A\tRom 2');
  });
});

describe('session.update undo is lossless', () => {
  it('undoing an update that overwrote a host field holding null restores the null (not a removed field)', () => {
    const doc = sampleSchedule() as unknown as { sessions: Array<Record<string, unknown>> } & ScheduleDocument;
    const before = { ...doc, sessions: doc.sessions.map((s, i) => (i === 0 ? { ...s, hostNote: null } : s)) } as unknown as ScheduleDocument;
    const op = { type: 'session.update', sessionId: before.sessions[0].id, changes: { hostNote: 'x', place: 'Rom 2' } } as unknown as ScheduleOperation;
    const after = applyScheduleOperation(before, op);
    const undone = applyScheduleOperation(after, invertScheduleOperation(before, op));
    expect(undone).to.deep.equal(before);
  });
});
