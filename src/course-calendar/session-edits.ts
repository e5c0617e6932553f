/**
 * The edits the details popover computes from its fields (a typed time, a title or place): in the
 * popover's lazy chunk, not the calendar's up-front code, as only the popover makes them.
 */
import { resolvedLocale } from '../core/text.js';
import type { Text } from '../core/types.js';
import { addDays, minutesBetween } from './calendar-dates.js';
import type { Session, SessionChanges } from './course-calendar.types.js';

/**
 * The new value of a start or end time typed as `HH:mm`, or null when it is not a time or would
 * put the end at or before the start. An end is the first such time after the start, as in the
 * pattern dialog: an end before the start means the next day (09:00 → 02:00 is a night session),
 * and a night session's end typed 23:00 is that evening, not 25 hours later. A start stays on its
 * own date while that keeps the session within a day; else it goes on the end's date (a night
 * session 22:00 → 02:00 whose start is typed 01:00 becomes 01:00 → 02:00, not 25 hours). So no
 * edit here makes a session of a day or less longer than 24 hours.
 */
export function timeChange(session: Session, field: 'start' | 'end', time: string): SessionChanges | null {
  if (!/^\d{2}:\d{2}$/.test(time)) return null;
  const day = session.start.slice(0, 10);
  let next = field === 'start' ? `${day}T${time}` : `${time > session.start.slice(11, 16) ? day : addDays(day, 1)}T${time}`;
  if (field === 'start' && minutesBetween(next, session.end) > 1440 && minutesBetween(session.start, session.end) <= 1440) next = `${session.end.slice(0, 10)}T${time}`;
  if (field === 'start' ? next >= session.end : time === session.start.slice(11, 16)) return null;
  return next === session[field] ? {} : { [field]: next };
}

/**
 * Edits the one language of a text field the field shows (`resolvedLocale`: the UI locale's entry,
 * else its fallback); the other languages are kept. Emptied, that language goes and the others stay
 * (an adviser clearing the Norwegian title must not erase the Arabic, Ukrainian… ones they never
 * saw); the field goes (null) when it was the last one, or a plain string.
 */
export function textChange(session: Session, field: 'title' | 'place', value: string, locale: string): SessionChanges {
  const text = value.trim();
  const current = session[field] as Text | undefined;
  if (current === undefined || typeof current === 'string') return { [field]: text || null };
  // The entry's own key (a document's `NB` is the `nb` entry the field showed: core/text.ts `own`).
  const shown = resolvedLocale(current, locale).toLowerCase();
  const key = Object.keys(current).find((k) => k.toLowerCase() == shown) ?? shown;
  if (text) return { [field]: { ...current, [key]: text } };
  const rest = Object.fromEntries(Object.entries(current).filter(([k]) => k !== key));
  return { [field]: Object.keys(rest).length > 0 ? rest : null };
}
