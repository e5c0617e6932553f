// The schedule's cross-checks (ids, course references, end after start) run a fast pass that
// builds no pointer or message, and only when it finds a problem the full pass that names every
// issue. These tests pin what that full pass reports when several problems meet, so the fast
// pass can never hide one or change the order.
import { expect } from '@open-wc/testing';
import { checkScheduleDocument } from '../../src/course-calendar/course-calendar.model.js';
import { markFreshJson } from '../../src/core/schema.js';
/** A ScheduleDocument the tests may edit (the published type is read-only). */
interface Schedule {
  version: 1;
  courses: Array<{ id: string; title: string }>;
  sessions: Array<{ id: string; courseId: string; start: string; end: string; kind: string }>;
  closedDays: Array<{ date: string; title: string }>;
}

function schedule(): Schedule {
  return {
    version: 1,
    courses: [
      { id: 'renhold', title: 'Renhold' },
      { id: 'butikk', title: 'Butikk' },
    ],
    sessions: [
      { id: 'a1', courseId: 'renhold', start: '2026-03-09T09:00', end: '2026-03-09T14:30', kind: 'theory' },
      { id: 'a2', courseId: 'renhold', start: '2026-03-10T09:00', end: '2026-03-10T14:30', kind: 'language' },
      { id: 'a3', courseId: 'butikk', start: '2026-03-11T09:00', end: '2026-03-11T14:30', kind: 'practice' },
    ],
    closedDays: [{ date: '2026-03-13', title: 'Planleggingsdag' }],
  };
}

/** The issues for `doc`, checked as a host object and as a marked fresh copy: both must agree. */
function issues(doc: Schedule): Array<{ path: string; message: string }> {
  const plain = checkScheduleDocument(doc);
  const fresh = JSON.parse(JSON.stringify(doc)) as object;
  markFreshJson(fresh);
  const marked = checkScheduleDocument(fresh);
  expect(marked.ok).to.equal(plain.ok);
  if (plain.ok) return [];
  expect(marked.ok ? null : marked.error).to.deep.equal(plain.error);
  return plain.error.issues;
}

describe('schedule cross-checks name every issue, duplicates first', () => {
  it('a valid schedule has none', () => {
    expect(issues(schedule())).to.deep.equal([]);
  });

  it('a course id used twice, and a session id used by a course', () => {
    const doc = schedule();
    doc.courses.push({ id: 'renhold', title: 'Igjen' });
    doc.sessions[1].id = 'butikk';
    expect(issues(doc)).to.deep.equal([
      { path: '/courses/2/id', message: 'Duplicate id "renhold" (first used at /courses/0/id)' },
      { path: '/sessions/1/id', message: 'Duplicate id "butikk" (first used at /courses/1/id)' },
    ]);
  });

  it('duplicates, a missing course and a backwards session together, in that order', () => {
    const doc = schedule();
    doc.sessions[2].id = 'a1';
    doc.sessions[0].courseId = 'mat';
    doc.sessions[1].end = '2026-03-10T08:00';
    doc.sessions[2].end = doc.sessions[2].start;
    expect(issues(doc)).to.deep.equal([
      { path: '/sessions/2/id', message: 'Duplicate id "a1" (first used at /sessions/0/id)' },
      { path: '/sessions/0/courseId', message: 'No course with id "mat"' },
      { path: '/sessions/1/end', message: 'The end must be after the start' },
      { path: '/sessions/2/end', message: 'The end must be after the start' },
    ]);
  });

  it('an end on an earlier day, and one a minute after the start', () => {
    const doc = schedule();
    doc.sessions[0].end = '2026-03-08T23:59';
    doc.sessions[1].end = '2026-03-10T09:01';
    expect(issues(doc)).to.deep.equal([{ path: '/sessions/0/end', message: 'The end must be after the start' }]);
  });
});
