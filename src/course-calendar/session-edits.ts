/**
 * The edits the details popover computes from its fields (a typed time, a title or place): in the
 * popover's lazy chunk, not the calendar's up-front code, as only the popover makes them.
 */
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
 * edit here makes a session of a day or less longer than 24 hours, or 24 hours long.
 */
export function timeChange(session: Session, field: 'start' | 'end', time: string): SessionChanges | null {
  if (!/^\d{2}:\d{2}$/.test(time)) return null;
  const day = session.start.slice(0, 10);
  let next = field === 'start' ? `${day}T${time}` : `${time > session.start.slice(11, 16) ? day : addDays(day, 1)}T${time}`;
  // 24 hours too (a start typed equal to the end): it goes on the end's date and is refused, as a
  // day session's is ("Slutt må være etter start."), not a 24-hour session (QA 54). An unchanged start stays.
  const span = minutesBetween(next, session.end);
  if (field === 'start' && (span > 1440 || (span === 1440 && next !== session.start)) && minutesBetween(session.start, session.end) <= 1440) next = `${session.end.slice(0, 10)}T${time}`;
  if (field === 'start' ? next >= session.end : time === session.start.slice(11, 16)) return null;
  return next === session[field] ? {} : { [field]: next };
}

/** Norwegian written any way (`nb`, `nn`, `no`: core/text.ts `NORWEGIAN`). */
const norwegian = (key: string): boolean => /^n[bno]$/.test(key);

/**
 * The text locale's own entry of a title or place and its key: the exact key (any case: a document's
 * `NB` is the `nb` entry, core/text.ts `own`), else its base language's (`nb` for `nb-NO`; Dari
 * `fa-AF` is `prs`); without one, the key a typed text is added under and no text (never another
 * language's entry, shown as a fallback elsewhere). A plain string is Norwegian (contract §4): the
 * own text of a Norwegian UI, and the `nb` entry for another.
 */
export function ownText(value: Text | undefined, locale: string): { key: string; text: string | undefined; entries: Record<string, string> } {
  // Not core/text.ts's helpers: imported here, the calendar's up-front chunk would export them (+13 B).
  const base = /^fa-af/i.test(locale) ? 'prs' : locale.split(/[-_]/)[0].toLowerCase();
  if (typeof value == 'string' && norwegian(base)) return { key: base, text: value, entries: { [base]: value } };
  const entries: Record<string, string> = typeof value == 'string' ? { nb: value } : { ...value };
  const key = Object.keys(entries).find((k) => k.toLowerCase() == locale.toLowerCase()) ?? Object.keys(entries).find((k) => k.toLowerCase() == base) ?? base;
  return { key, text: Object.hasOwn(entries, key) && typeof entries[key] == 'string' ? entries[key] : undefined, entries };
}

/**
 * Edits the text locale's own language of a text field (`ownText`), never another one: a title
 * shown in its Arabic fallback in a bokmål UI gets a `nb` entry, the Arabic stays (before, 7 Dec,
 * typing there replaced the Arabic). The other languages are kept. Emptied, that language goes and
 * the others stay (an adviser clearing the Norwegian title must not erase the Arabic, Ukrainian…
 * ones they never saw); the field goes (null) when it was the last one. A plain string (or no text)
 * edited in a Norwegian UI stays a plain string, as before; in another UI it becomes `{ nb, [ui] }`.
 */
export function textChange(session: Session, field: 'title' | 'place', value: string, locale: string): SessionChanges {
  const text = value.trim();
  const current = session[field] as Text | undefined;
  const { key, text: old, entries } = ownText(current, locale);
  if (!text && old === undefined) return {};
  if ((current === undefined || typeof current == 'string') && norwegian(key)) return { [field]: text || null };
  if (text) return { [field]: { ...entries, [key]: text } };
  delete entries[key];
  return { [field]: Object.keys(entries).length > 0 ? entries : null };
}
