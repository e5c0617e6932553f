import { utcFormat } from 'd3-time-format';
import { expect } from '@open-wc/testing';
import { applyScheduleOperation, invertScheduleOperation } from '../../src/course-calendar/course-calendar.model.js';
import { osloNow } from '../../src/core/dates.js';
import { addMonths, datesIn, daysBetween, isoWeek, rangeFor, startOfWeek, stepDate } from '../../src/course-calendar/calendar-dates.js';
import { daysCovered, packLanes, segmentsByDay } from '../../src/course-calendar/calendar-layout.js';
import { agendaRowsThrough } from '../../src/course-calendar/agenda-view.js';
import type { ScheduleOperation, Session } from '../../src/course-calendar/course-calendar.types.js';
import { sampleSchedule } from './fixtures.js';

const s = (id: string, start: string, end: string): Session => ({ id, courseId: 'renhold', start, end, kind: 'theory' });

describe('calendar dates on d3-time', () => {
  it('keeps the intended day of month across short months: 31 Jan → 28 Feb → 31 Mar; leap year 29 Feb 2028', () => {
    const feb = stepDate('month', '2026-01-31', 1);
    expect(feb).to.equal('2026-02-28');
    expect(stepDate('month', feb, 1, 31)).to.equal('2026-03-31');
    expect(addMonths('2028-01-31', 1)).to.equal('2028-02-29');
    expect(addMonths('2026-03-31', -1)).to.equal('2026-02-28');
  });

  it('counts days across the Europe/Oslo DST change without drift (29 March and 25 October 2026)', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).to.equal(2);
    expect(daysBetween('2026-10-26', '2026-10-24')).to.equal(-2);
    expect(datesIn('2026-03-28', '2026-03-31')).to.deep.equal(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(startOfWeek('2026-03-29')).to.equal('2026-03-23');
  });

  it('now in Oslo is CET, CEST from 01:00 UTC on the last Sunday of March to that of October, whatever the browser zone', () => {
    expect(osloNow(Date.UTC(2026, 2, 29, 0, 59))).to.equal('2026-03-29T01:59');
    expect(osloNow(Date.UTC(2026, 2, 29, 1, 0))).to.equal('2026-03-29T03:00');
    expect(osloNow(Date.UTC(2026, 9, 25, 0, 59))).to.equal('2026-10-25T02:59');
    expect(osloNow(Date.UTC(2026, 9, 25, 1, 0))).to.equal('2026-10-25T02:00');
    // After Oslo's midnight it is already tomorrow there (New York: 18:30 the day before).
    expect(osloNow(Date.UTC(2026, 11, 3, 23, 30))).to.equal('2026-12-04T00:30');
    expect(osloNow(Date.UTC(2027, 2, 28, 1, 0))).to.equal('2027-03-28T03:00');
    expect(osloNow(Date.UTC(2027, 6, 1, 12, 0))).to.equal('2027-07-01T14:00');
    // Against the browser's own tz database, every hour of 2026 and 2027.
    const oslo = new Intl.DateTimeFormat('sv', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' });
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 3_600_000) expect(osloNow(t), new Date(t).toISOString()).to.equal(oslo.format(t).replace(' ', 'T'));
  });

  it('ISO weeks agree with d3-time-format %V/%G on every day from 1996 to 2035', () => {
    const week = utcFormat('%V');
    const year = utcFormat('%G');
    for (let day = Date.UTC(1996, 0, 1); day < Date.UTC(2036, 0, 1); day += 86_400_000) {
      const date = new Date(day);
      const iso = date.toISOString().slice(0, 10);
      expect(isoWeek(iso), iso).to.deep.equal({ year: Number(year(date)), week: Number(week(date)) });
    }
  });

  it('ISO weeks: week 53 of 2026 and 2020, week 1 of 2025', () => {
    expect(isoWeek('2027-01-03')).to.deep.equal({ year: 2026, week: 53 });
    expect(isoWeek('2021-01-03')).to.deep.equal({ year: 2020, week: 53 });
    expect(isoWeek('2024-12-30')).to.deep.equal({ year: 2025, week: 1 });
    expect(rangeFor('month', '2026-02-10')).to.deep.equal({ view: 'month', start: '2026-01-26', end: '2026-03-02' });
  });
});

describe('calendar layout', () => {
  it('a session ending at 00:00 covers only its first day; one ending 06:00 covers two', () => {
    expect(daysCovered(s('x', '2026-03-09T22:00', '2026-03-10T00:00'))).to.deep.equal(['2026-03-09']);
    expect(daysCovered(s('x', '2026-03-08T22:00', '2026-03-09T06:00'))).to.deep.equal(['2026-03-08', '2026-03-09']);
  });

  it('segments: every day in week mode, first day in range in month mode, sessions that only end in the range included', () => {
    const night = s('n', '2026-03-08T22:00', '2026-03-09T06:00');
    const week = segmentsByDay([night], '2026-03-09', '2026-03-16', 'every-day');
    expect([...week.keys()]).to.deep.equal(['2026-03-09']);
    expect(week.get('2026-03-09')?.[0]).to.include({ start: 0, end: 360, continuesFrom: true, continues: false });
    const month = segmentsByDay([night], '2026-02-23', '2026-04-06', 'first-day');
    expect(month.get('2026-03-08')?.[0]).to.include({ start: 1320, continues: true });
  });

  it('agenda rows through a piece: days in date order, each in start order; the piece on `on`, else the first; 0 outside the range', () => {
    // Listed out of date order: the rows are not the document's order.
    const sessions = [s('late', '2026-03-20T09:00', '2026-03-20T10:00'), s('night', '2026-03-10T22:00', '2026-03-11T02:00'), s('early', '2026-03-11T08:00', '2026-03-11T09:00'), s('first', '2026-03-02T09:00', '2026-03-02T10:00')];
    const march = { start: '2026-03-01', end: '2026-04-01' };
    const none = new Set<string>();
    // Rows: first (2 March), night (10 March), night's piece and early (11 March), late (20 March).
    expect(agendaRowsThrough(sessions, none, null, march, 'first')).to.equal(1);
    expect(agendaRowsThrough(sessions, none, null, march, 'night')).to.equal(2);
    expect(agendaRowsThrough(sessions, none, null, march, 'night', '2026-03-11')).to.equal(3);
    expect(agendaRowsThrough(sessions, none, null, march, 'night', '2026-03-25')).to.equal(2);
    expect(agendaRowsThrough(sessions, none, null, march, 'late', '2026-03-20')).to.equal(5);
    expect(agendaRowsThrough(sessions, none, null, { start: '2026-04-01', end: '2026-05-01' }, 'late')).to.equal(0);
  });

  it('agenda rows through a piece, with a session moving (placed where it would land) and courses hidden; the rows kept per sessions array follow the range and the hidden courses asked for', () => {
    const sessions = [s('a', '2026-03-02T09:00', '2026-03-02T10:00'), s('b', '2026-03-05T09:00', '2026-03-05T10:00'), { ...s('c', '2026-03-09T09:00', '2026-03-09T10:00'), courseId: 'butikk' }, s('d', '2026-03-12T09:00', '2026-03-12T10:00')];
    const march = { start: '2026-03-01', end: '2026-04-01' };
    const none = new Set<string>();
    expect(agendaRowsThrough(sessions, none, null, march, 'd')).to.equal(4);
    // a moved after c (10 March): b, c, a; d after it.
    const aLater = { sessionId: 'a', to: { start: '2026-03-10T09:00', end: '2026-03-10T10:00' } };
    expect(agendaRowsThrough(sessions, none, aLater, march, 'a', '2026-03-10')).to.equal(3);
    expect(agendaRowsThrough(sessions, none, aLater, march, 'b')).to.equal(1);
    expect(agendaRowsThrough(sessions, none, aLater, march, 'd')).to.equal(4);
    // Over midnight into 13 March: its piece there comes after d.
    const aNight = { sessionId: 'a', to: { start: '2026-03-12T22:00', end: '2026-03-13T01:00' } };
    expect(agendaRowsThrough(sessions, none, aNight, march, 'a', '2026-03-13')).to.equal(5);
    expect(agendaRowsThrough(sessions, none, aNight, march, 'a')).to.equal(4);
    // Moved out of the range: no row; the others close up.
    const aApril = { sessionId: 'a', to: { start: '2026-04-02T09:00', end: '2026-04-02T10:00' } };
    expect(agendaRowsThrough(sessions, none, aApril, march, 'a')).to.equal(0);
    expect(agendaRowsThrough(sessions, none, aApril, march, 'd')).to.equal(3);
    // The same array with a course hidden, then another range, then again as first asked.
    const hidden = new Set(['butikk']);
    expect(agendaRowsThrough(sessions, hidden, null, march, 'd')).to.equal(3);
    expect(agendaRowsThrough(sessions, hidden, null, march, 'c')).to.equal(0);
    expect(agendaRowsThrough(sessions, none, null, { start: '2026-03-05', end: '2026-03-12' }, 'c')).to.equal(2);
    expect(agendaRowsThrough(sessions, none, null, march, 'd')).to.equal(4);
  });

  it('agenda rows through a piece equal the rows of the sessions drawn, counted anew (every session, moved to each of 40 places, night pieces and days out of the range among them)', () => {
    // The count before the rows were kept (cb3d5f0): the pieces of the sessions drawn, listed, and found.
    const counted = (sessions: Session[], hidden: Set<string>, moving: { sessionId: string; to: { start: string; end: string } } | null, range: { start: string; end: string }, id: string, on?: string): number => {
      const drawn = sessions.filter((x) => !hidden.has(x.courseId)).map((x) => (moving?.sessionId === x.id ? { ...x, ...moving.to } : x));
      const rows = [...segmentsByDay(drawn, range.start, range.end, 'every-day')].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([, list]) => list);
      const at = rows.findIndex((r) => r.session.id === id && r.date === on);
      return (at < 0 ? rows.findIndex((r) => r.session.id === id) : at) + 1;
    };
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 16807) % 2147483647), seed % n);
    const at = (day: number, minutes: number): string => `2026-03-${String(day).padStart(2, '0')}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const sessions = Array.from({ length: 60 }, (_, i): Session => {
      const day = 1 + next(30);
      const start = next(96) * 15;
      const night = next(5) === 0;
      return { ...s(`x${i}`, at(day, start), night ? at(day + 1, next(16) * 15) : at(day, Math.min(start + 15 + next(8) * 15, 1439))), courseId: next(4) === 0 ? 'butikk' : 'renhold' };
    });
    const march = { start: '2026-03-01', end: '2026-04-01' };
    for (const hidden of [new Set<string>(), new Set(['butikk'])])
      for (let k = 0; k < 40; k++) {
        const id = `x${next(60)}`;
        const day = 1 + next(31);
        const start = next(96) * 15;
        const moving = { sessionId: id, to: { start: at(day, start), end: next(3) === 0 ? at(Math.min(day + 1, 31), 60) : at(day, Math.min(start + 60, 1439)) } };
        for (const [who, on] of [[id, moving.to.start.slice(0, 10)], [id, undefined], [`x${next(60)}`, undefined], [`x${next(60)}`, at(1 + next(30), 0).slice(0, 10)]] as Array<[string, string | undefined]>) {
          expect(agendaRowsThrough(sessions, hidden, moving, march, who, on), `${who} on ${on}, ${id} moving to ${moving.to.start}`).to.equal(counted(sessions, hidden, moving, march, who, on));
          expect(agendaRowsThrough(sessions, hidden, null, march, who, on), `${who} on ${on}`).to.equal(counted(sessions, hidden, null, march, who, on));
        }
      }
  });

  it('packs each cluster of overlapping sessions into as many lanes as its largest overlap', () => {
    const day = segmentsByDay([s('a', '2026-03-09T09:00', '2026-03-09T11:00'), s('b', '2026-03-09T10:00', '2026-03-09T12:00'), s('c', '2026-03-09T14:00', '2026-03-09T15:00')], '2026-03-09', '2026-03-10', 'every-day').get('2026-03-09') ?? [];
    const { placed, overflow } = packLanes(day, 2);
    expect(placed.map((p) => [p.segment.session.id, p.lane, p.lanes])).to.deep.equal([
      ['a', 0, 2],
      ['b', 1, 2],
      ['c', 0, 1],
    ]);
    expect(overflow).to.have.length(0);
  });

  it('more overlap than lanes collapses into "+N"; the kept (moving) session is always placed', () => {
    const list = ['a', 'b', 'c', 'd'].map((id) => s(id, '2026-03-09T09:00', '2026-03-09T10:00'));
    const day = segmentsByDay(list, '2026-03-09', '2026-03-10', 'every-day').get('2026-03-09') ?? [];
    const plain = packLanes(day, 2);
    expect(plain.placed.map((p) => p.segment.session.id)).to.deep.equal(['a']);
    expect(plain.overflow[0].hidden.map((h) => h.session.id)).to.deep.equal(['b', 'c', 'd']);
    const kept = packLanes(day, 2, 'd');
    expect(kept.placed.map((p) => p.segment.session.id)).to.deep.equal(['a', 'd']);
    expect(kept.overflow[0].hidden).to.have.length(2);
  });
});

describe('schedule model: sessions.add and sessions.remove', () => {
  it('sessions.add inserts them all; its inverse removes them all; both round-trip deep-equal', () => {
    const doc = sampleSchedule();
    const op: ScheduleOperation = { type: 'sessions.add', sessions: [s('p1', '2026-03-16T09:00', '2026-03-16T10:00'), s('p2', '2026-03-17T09:00', '2026-03-17T10:00')] };
    const inverse = invertScheduleOperation(doc, op);
    expect(inverse).to.deep.equal({ type: 'sessions.remove', sessionIds: ['p1', 'p2'] });
    const after = applyScheduleOperation(doc, op);
    expect(after.sessions.map((x) => x.id)).to.deep.equal(['a1', 'a2', 'a3', 'a4', 'p1', 'p2']);
    expect(applyScheduleOperation(after, inverse)).to.deep.equal(doc);
  });

  it('sessions.remove of scattered sessions is undone at their former positions', () => {
    const doc = sampleSchedule();
    const op: ScheduleOperation = { type: 'sessions.remove', sessionIds: ['a3', 'a1'] };
    const after = applyScheduleOperation(doc, op);
    expect(after.sessions.map((x) => x.id)).to.deep.equal(['a2', 'a4']);
    expect(applyScheduleOperation(after, invertScheduleOperation(doc, op))).to.deep.equal(doc);
  });

  it('refuses unknown ids, duplicates, and sessions that collide with existing ids (TypeError)', () => {
    const doc = sampleSchedule();
    expect(() => applyScheduleOperation(doc, { type: 'sessions.remove', sessionIds: ['nope'] })).to.throw(TypeError);
    expect(() => applyScheduleOperation(doc, { type: 'sessions.remove', sessionIds: ['a1', 'a1'] })).to.throw(TypeError);
    expect(() => applyScheduleOperation(doc, { type: 'sessions.add', sessions: [s('a1', '2026-03-16T09:00', '2026-03-16T10:00')] })).to.throw(TypeError);
  });
});
