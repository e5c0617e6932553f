import type { IsoDate, IsoDateTime, Pictogram, Text } from '../core/types.js';

export const sessionKinds = ['theory', 'practice', 'language', 'exam', 'other'] as const;
export type SessionKind = (typeof sessionKinds)[number];

export const calendarViews = ['month', 'week', 'agenda'] as const;
export type CalendarView = (typeof calendarViews)[number];

export interface Course {
  readonly id: string;
  readonly title: Text;
  readonly pictogram?: Pictogram;
  /** CSS hex, `#rgb` or `#rrggbb`. */
  readonly color?: string;
  readonly certificate?: Text;
  readonly [unknown: string]: unknown;
}

export interface Session {
  readonly id: string;
  readonly courseId: string;
  /** Local wall-clock `YYYY-MM-DDTHH:mm`. */
  readonly start: IsoDateTime;
  /** After `start`; may cross midnight. */
  readonly end: IsoDateTime;
  readonly kind: SessionKind;
  readonly title?: Text;
  readonly place?: Text;
  readonly cancelled?: boolean;
  readonly [unknown: string]: unknown;
}

export interface ClosedDay {
  readonly date: IsoDate;
  readonly title: Text;
  readonly [unknown: string]: unknown;
}

/** The course calendar's value (contract.md §5). */
export interface ScheduleDocument {
  readonly version: 1;
  readonly courses: readonly Course[];
  readonly sessions: readonly Session[];
  readonly closedDays?: readonly ClosedDay[];
  readonly [unknown: string]: unknown;
}

/** A session's time span. */
export interface SessionTimes {
  readonly start: IsoDateTime;
  readonly end: IsoDateTime;
}

/** Fields `session.update` may change; `null` removes an optional field. */
export type SessionChanges = { readonly [K in Exclude<keyof Session, 'id'>]?: Session[K] | null };

export type ScheduleOperation =
  | { readonly type: 'session.move'; readonly sessionId: string; readonly from: SessionTimes; readonly to: SessionTimes }
  | { readonly type: 'session.update'; readonly sessionId: string; readonly changes: SessionChanges }
  | { readonly type: 'session.add'; readonly session: Session; readonly index?: number }
  | { readonly type: 'session.remove'; readonly sessionId: string }
  /**
   * Several sessions in one edit — a course planned from a weekly pattern. Inserted at `index`
   * (default: the end) in the given order, or each at its own position in the resulting document
   * (`indices`, ascending; the undo of a `sessions.remove` of scattered sessions). Its inverse is
   * `sessions.remove` of them all.
   */
  | { readonly type: 'sessions.add'; readonly sessions: readonly Session[]; readonly index?: number; readonly indices?: readonly number[] }
  /**
   * Removes several sessions in one edit (the undo of `sessions.add`). Its inverse adds them back:
   * `sessions.add` with `indices` (each session's former position).
   */
  | { readonly type: 'sessions.remove'; readonly sessionIds: readonly string[] };

/** The visible range (`end` exclusive), also the `vk-range-change` detail. */
export interface CalendarRange {
  readonly view: CalendarView;
  readonly start: IsoDate;
  readonly end: IsoDate;
}
