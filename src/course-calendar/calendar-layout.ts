/**
 * Where sessions go on screen, as pure functions (no DOM): the days a session covers (a session may
 * cross midnight — contract.md §5), its piece ("segment") on each day, and the week view's lanes
 * for overlapping sessions.
 */
import type { IsoDate } from '../core/types.js';
import { addDays, datesIn, endKey, minutesOf } from './calendar-dates.js';
import type { Session, SessionTimes } from './course-calendar.types.js';

/**
 * The sessions drawn: those of courses not hidden in the legend, a session being moved where it
 * would land (`moving.to`). The document's own array when nothing is hidden or moving.
 */
export function visibleSessions(sessions: readonly Session[], hidden: ReadonlySet<string>, moving: { readonly sessionId: string; readonly to: SessionTimes } | null): readonly Session[] {
  if (!moving && hidden.size === 0) return sessions;
  const out: Session[] = [];
  for (const s of sessions) {
    if (hidden.has(s.courseId)) continue;
    out.push(moving && moving.sessionId === s.id ? { ...s, start: moving.to.start, end: moving.to.end } : s);
  }
  return out;
}

/** One session's piece on one day. */
export interface Segment {
  readonly session: Session;
  /** The day this piece is drawn on. */
  readonly date: IsoDate;
  /** Minutes since this day's midnight where the piece starts (0 when it continues from yesterday). */
  readonly start: number;
  /** Minutes since this day's midnight where the piece ends (1440 when it continues tomorrow). */
  readonly end: number;
  /** The session began on an earlier day ("fortsatt fra"). */
  readonly continuesFrom: boolean;
  /** The session goes on after this day ("fortsetter"). */
  readonly continues: boolean;
}

/**
 * The dates a session covers: from its start date to the date of its last minute (a session ending
 * at 00:00 does not cover the day it ends on).
 */
export function daysCovered(session: Pick<Session, 'start' | 'end'>): IsoDate[] {
  const [first, last] = span(session);
  return last <= first ? [first] : datesIn(first, addDays(last, 1));
}

/** The first and the last date a session covers (see `daysCovered`), without listing the days between. */
function span(session: Pick<Session, 'start' | 'end'>): [IsoDate, IsoDate] {
  const first = session.start.slice(0, 10);
  const endDate = session.end.slice(0, 10);
  return [first, minutesOf(session.end) === 0 && endDate > first ? addDays(endDate, -1) : endDate];
}

/** The piece of `session` on `date` (which it must cover). */
export function segmentOn(session: Session, date: IsoDate, [first, last] = span(session)): Segment {
  return {
    session,
    date,
    start: date === first ? minutesOf(session.start) : 0,
    end: date === last && session.end.slice(0, 10) === date ? minutesOf(session.end) : 1440,
    continuesFrom: date !== first,
    continues: date !== last,
  };
}

/** The order of one day's pieces: by start, the longer first, then by session id. */
export function bySegmentStart(a: Segment, b: Segment): number {
  return a.start - b.start || b.end - a.end || (a.session.id < b.session.id ? -1 : a.session.id > b.session.id ? 1 : 0);
}

/**
 * Sessions by the day they are drawn on, between `start` and `end` (exclusive), each day in start
 * order. `every-day` (week and agenda views): a piece on every day the session covers. `first-day`
 * (month view): one piece, on the session's first day inside the range (marked continuing when
 * the session goes on after that day, and continued when it began before it). A session that only ends in the range is
 * included.
 */
export function segmentsByDay(sessions: Iterable<Session>, start: IsoDate, end: IsoDate, mode: 'every-day' | 'first-day'): Map<IsoDate, Segment[]> {
  const byDay = new Map<IsoDate, Segment[]>();
  const put = (segment: Segment): void => {
    const list = byDay.get(segment.date);
    if (list) list.push(segment);
    else byDay.set(segment.date, [segment]);
  };
  const stop = endKey(end);
  for (const session of sessions) {
    // On `YYYY-MM-DD…` strings these equal comparing the dates (`start.slice(0, 10) >= end`), without a copy per session.
    if (session.start >= stop || session.end < start) continue;
    const first = session.start.slice(0, 10);
    // Most sessions start and end on one day: one piece, no day list.
    if (session.end.startsWith(first) && session.end > session.start) {
      if (first >= start) put({ session, date: first, start: minutesOf(session.start), end: minutesOf(session.end), continuesFrom: false, continues: false });
      continue;
    }
    // Only the days shown are listed: a session ending in 9999 (a case system's "no end") took seconds a render.
    const days = span(session);
    const inRange = datesIn(first > start ? first : start, days[1] < stop ? addDays(days[1], 1) : end);
    if (inRange.length === 0) continue;
    if (mode === 'every-day') for (const d of inRange) put(segmentOn(session, d, days));
    else put(segmentOn(session, inRange[0], days));
  }
  for (const list of byDay.values()) list.sort(bySegmentStart);
  return byDay;
}

/** The narrowest lane the week draws a session in, in the calendar's text size (48 px at 16 px): room for its start time and a few letters of its course. */
export const LANE_MIN_EM = 3;

/**
 * Side-by-side lanes a week day column holds before "+N", for a calendar `width` px wide in text
 * `em` px: its day column (a seventh of the calendar less the 4em hours and the grid's border; the
 * week scrolls below 40em) over `LANE_MIN_EM`, and never under two (half the column each). Before 7
 * Dec 2026 always two: a 1,280 px week showed one session and "+2" in 163 px columns where three fit.
 */
export function weekLanes(width: number, em: number): number {
  return Math.max(2, Math.floor(dayColumn(width, em) / (LANE_MIN_EM * em)));
}

/** A week day column's width in px (see `weekLanes`); under 9.5em, the view beside the hours (week-view.styles.ts). */
const dayColumn = (width: number, em: number): number => (width < 9.5 * em ? width - 4 * em - 2 : (Math.max(width, 40 * em) - 4 * em - 2) / 7);

/**
 * The narrowest lane, in the calendar's text size, whose chips show their course's name (80 px at
 * 16 px: about nine letters of a narrow chip's text). Narrower, a name ended in "…" after four or
 * five letters ("Renh…" in the three lanes of a 1,280 px week): there the week draws the course's
 * picture instead (week-view.ts `weekShowsPictures`).
 */
export const NAME_LANE_EM = 5;

/** Side-by-side lanes of at least `NAME_LANE_EM` a week day column holds, for a calendar `width` px wide in text `em` px (0: not even one). */
export function nameLanes(width: number, em: number): number {
  return Math.floor(dayColumn(width, em) / (NAME_LANE_EM * em));
}

/** A segment placed in a lane of the week view's day column. */
export interface Placed {
  readonly segment: Segment;
  /** 0-based lane. */
  readonly lane: number;
  /** Lanes of its cluster: the box is `1 / lanes` of the column wide. */
  readonly lanes: number;
}

/** "+N" standing for the segments of a cluster that do not fit. */
export interface Overflow {
  readonly start: number;
  readonly end: number;
  readonly lane: number;
  readonly lanes: number;
  readonly hidden: readonly Segment[];
}

/**
 * Interval-graph packing of one day's segments into side-by-side lanes: segments are split into
 * clusters (chains of overlapping segments) and each cluster gets as many lanes as its largest
 * overlap (greedy first-free-lane in start order, which is optimal for intervals), so one crowded
 * hour never narrows the rest of the day. A cluster needing more than `maxLanes` keeps
 * `maxLanes - 1` lanes of sessions and collapses the rest into one "+N" lane; the `keep` session
 * (one being moved) is always placed, never hidden.
 */
export function packLanes(segments: readonly Segment[], maxLanes: number, keep: string | null = null): { placed: Placed[]; overflow: Overflow[] } {
  const sorted = [...segments].sort(bySegmentStart);
  const placed: Placed[] = [];
  const overflow: Overflow[] = [];
  let cluster: Array<{ segment: Segment; lane: number }> = [];
  let laneEnds: number[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 0) return;
    const lanes = laneEnds.length;
    if (lanes <= maxLanes) {
      for (const { segment, lane } of cluster) placed.push({ segment, lane, lanes });
    } else {
      const shownLanes = Math.max(0, maxLanes - 1);
      const shown = cluster.filter((c) => c.lane < shownLanes);
      const hidden = cluster.filter((c) => c.lane >= shownLanes).map((c) => c.segment);
      const kept = hidden.find((s) => s.session.id === keep);
      const total = kept ? shownLanes + 2 : shownLanes + 1;
      for (const { segment, lane } of shown) placed.push({ segment, lane, lanes: total });
      if (kept) placed.push({ segment: kept, lane: shownLanes, lanes: total });
      const rest = hidden.filter((s) => s !== kept);
      if (rest.length > 0) {
        overflow.push({
          start: Math.min(...rest.map((s) => s.start)),
          end: Math.max(...rest.map((s) => s.end)),
          lane: total - 1,
          lanes: total,
          hidden: rest,
        });
      }
    }
    cluster = [];
    laneEnds = [];
  };
  for (const segment of sorted) {
    // Zero-length pieces still take room on screen: give them the minimum box of 15 minutes.
    const end = Math.max(segment.end, segment.start + 15);
    if (segment.start >= clusterEnd) flush();
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= segment.start);
    if (lane < 0) lane = laneEnds.push(end) - 1;
    else laneEnds[lane] = end;
    cluster.push({ segment, lane });
    clusterEnd = Math.max(clusterEnd, end);
  }
  flush();
  return { placed, overflow };
}
