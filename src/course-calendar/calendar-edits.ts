/** Pure helpers behind the calendar's edits, history announcements and downloads (no element state). */
import { msg, str } from '@lit/localize';
import { isolate } from '../core/text.js';
import { isPluralOne } from '../core/plural.js';
import { uiCount } from '../core/digits.js';
import type { IsoDate } from '../core/types.js';
import { clock, courseName } from './session-chip.js';
import type { ScheduleDocument, ScheduleOperation, Session, SessionTimes } from './course-calendar.types.js';

/** The session an operation brings into view (undo/redo follow it), if any. */
export function sessionOf(operation: ScheduleOperation): string | undefined {
  switch (operation.type) {
    case 'session.move':
    case 'session.update':
      return operation.sessionId;
    case 'session.add':
      return operation.session.id;
    case 'sessions.add':
      return operation.sessions[0]?.id;
    default:
      return undefined;
  }
}

/** A new session on `date`, 09:00–10:00, with an id unique in the document. */
export function newSession(doc: ScheduleDocument, courseId: string, date: IsoDate): Session {
  const ids = new Set([...doc.courses.map((c) => c.id), ...doc.sessions.map((s) => s.id)]);
  let n = doc.sessions.length + 1;
  while (ids.has(`session-${n}`)) n++;
  return { id: `session-${n}`, courseId, start: `${date}T09:00`, end: `${date}T10:00`, kind: 'theory' };
}

/** The name of `session`'s course in `doc`, isolated ("⁨Renhold og smittevern⁩"). */
export function sessionCourse(doc: ScheduleDocument | null, session: Session | undefined, locale: string): string {
  return isolate(courseName(doc?.courses.find((c) => c.id === session?.courseId), doc?.courses ?? [], locale));
}

/**
 * What an operation did, for "Angret: …" / "Gjort om igjen: …" ("la til Renhold", "slettet
 * Renhold"), each inserted part isolated; null for a move. With `place` (the calendar's
 * `describeState`): where a moved session is now, "Renhold: mandag 9. mars 2026, 09:00–14:30"
 * (after "Angret. "), else null. `removed`: the session the last edit removed, named when `doc` no
 * longer has it (a delete redone).
 */
export function describeScheduleOperation(operation: ScheduleOperation, doc: ScheduleDocument | null, locale: string, place?: (to: SessionTimes) => string, removed?: Session): string | null {
  const courseOf = (id: string): string => sessionCourse(doc, doc?.sessions.find((s) => s.id === id) ?? removed, locale);
  // (": " as the chips join a session's own title, and every locale its "{0}: {1}" announcements.)
  if (place) return operation.type == 'session.move' ? `${courseOf(operation.sessionId)}: ${place(operation.to)}` : null;
  switch (operation.type) {
    case 'session.update': {
      const keys = Object.keys(operation.changes);
      const end = operation.changes.end;
      if (keys.length === 1 && typeof end === 'string') return msg(str`endret slutten på ${courseOf(operation.sessionId)} til ${isolate(clock(end))}`, { id: 'course-calendar.describe.resize' });
      return msg(str`endret ${courseOf(operation.sessionId)}`, { id: 'course-calendar.describe.update' });
    }
    case 'session.add':
      return msg(str`la til ${sessionCourse(doc, operation.session, locale)}`, { id: 'course-calendar.describe.add' });
    case 'sessions.add':
      return isPluralOne(operation.sessions.length)
        ? msg(str`la til ${uiCount(operation.sessions.length)} økt`, { id: 'course-calendar.describe.add-many.one' })
        : msg(str`la til ${uiCount(operation.sessions.length)} økter`, { id: 'course-calendar.describe.add-many' });
    case 'sessions.remove':
    case 'session.remove': {
      // One session is named, as an added one is; several are counted.
      const ids = operation.type == 'session.remove' ? [operation.sessionId] : operation.sessionIds;
      if (ids.length == 1) return msg(str`slettet ${courseOf(ids[0])}`, { id: 'course-calendar.describe.remove-named' });
      return isPluralOne(ids.length) ? msg(str`fjernet ${uiCount(ids.length)} økt`, { id: 'course-calendar.describe.remove-many.one' }) : msg(str`fjernet ${uiCount(ids.length)} økter`, { id: 'course-calendar.describe.remove-many' });
    }
    default:
      return null;
  }
}

/** Saves text as a file through a Blob URL and a temporary `<a download>` (no network). */
export function saveFile(root: Node, text: string, type: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
