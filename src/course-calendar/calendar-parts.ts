/**
 * The calendar's parts loaded with `import()` on first use, and the small scheduling helpers its
 * first render and the idle preload use. Module-level: nothing here holds an element.
 */
import type * as WeekViewModule from './week-view.js';
import type * as AgendaViewModule from './agenda-view.js';
import type * as DetailsModule from './session-popover.js';
import type * as PrintModule from './print.styles.js';
import { whenIdle } from '../core/next-task.js';
import type { CalendarView } from './course-calendar.types.js';
import type { ViewContext } from './session-chip.js';

/** What the views and the dialogs get to render: `level` is the title's `aria-level` (`heading-level`, 1–6); their headings are one below it. */
export type CalendarContext = ViewContext & { readonly level: number };

/**
 * A module loaded with `import()` on first use: `module` once it has loaded; `failed` once its load
 * has failed. A failed load stays failed (`load()` gives the same rejection, so a render that asks
 * for it fetches nothing) until `retry()`, which the calendar calls on a use that needs the part (the
 * details opened, another view or date): the HTML standard fetches a module again after a network
 * or HTTP error (whatwg/html#10327); a browser that still keeps a failed import for the page's life
 * (whatwg/html#6768) fails again at once.
 */
export interface Lazy<T> {
  module: T | null;
  failed: boolean;
  load(): Promise<T>;
  /** If the last load failed, the next `load()` asks again. */
  retry(): void;
  /**
   * Calendars whose render found this part failed (weakly held): each renders again once it loads
   * after all, so a calendar whose view waits for it shows it, and its notice goes, when a use in
   * another calendar brought it.
   */
  waiting: Set<WeakRef<{ requestUpdate(): void }>>;
  /** Whether `calendar` is in `waiting`: its render met this part's failure (and said it). */
  waits(calendar: object): boolean;
}

export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let loading: Promise<T> | null = null;
  const part: Lazy<T> = {
    module: null,
    failed: false,
    waiting: new Set(),
    load: () =>
      (loading ??= importer().then(
        (module) => {
          for (const calendar of part.waiting) calendar.deref()?.requestUpdate();
          part.waiting.clear();
          return (part.module = module);
        },
        (error: unknown) => {
          part.failed = true;
          throw error;
        },
      )),
    retry: () => {
      if (part.failed) (loading = null), (part.failed = false);
    },
    waits: (calendar) => [...part.waiting].some((ref) => ref.deref() === calendar),
  };
  return part;
}

/**
 * What the first render of the month view does not need loads on first use, each with its CSS:
 * the week view and the agenda — when shown, or on the first idle
 * moment after the first frame — and the details popover (with the popover controller) — when
 * first opened, or on that idle moment. `updateComplete` waits for whatever the shown state needs.
 */
export const weekPart = lazy<typeof WeekViewModule>(() => import('./week-view.js'));
export const agendaPart = lazy<typeof AgendaViewModule>(() => import('./agenda-view.js'));
export const detailsPart = lazy<typeof DetailsModule>(() => import('./session-popover.js'));
/** The calendar's paper CSS: each calendar loads and adopts it at its first idle moment (course-calendar.ts `firstUpdated`). */
export const printPart = lazy<typeof PrintModule>(() => import('./print.styles.js'));
/** The lazy part a calendar showing `view` (and details, when `details`) needs and has not loaded, or null; one whose load failed is not waited for. */
export function missingPart(view: CalendarView, details: boolean): Lazy<unknown> | null {
  const part = view === 'week' ? weekPart : view === 'agenda' ? agendaPart : null;
  if (part && !part.module && !part.failed) return part;
  return details && !detailsPart.module && !detailsPart.failed ? detailsPart : null;
}

/**
 * Called before each calendar update with its changed properties: a use that needs a part (the
 * details opened; another view or date) asks again for one whose load failed (`Lazy`). A render
 * alone, such as the one that shows the failure, changes none of these: it fetches nothing; nor
 * does a change of width (the calendar's layout settling is not a use).
 */
export function retryOnUse(changed: ReadonlyMap<PropertyKey, unknown>): void {
  if (changed.has('openItem')) detailsPart.retry();
  if (changed.has('view') || changed.has('date')) weekPart.retry(), agendaPart.retry();
}

// Moving and resizing (keyboard pick-up, pointer drag; with core/gesture.ts) load with the calendar,
// imported by course-calendar.ts: a keyboard move is a core interaction and must act in the keydown's
// own task (loaded lazily, a quick Space, →, Space before the chunk arrived did not move the session).

let preloading = false;
/**
 * Once per page, after the first calendar's first frame, when the page is idle: the lazy parts, so
 * the first render never waits for them and a user rarely does. Holds no element (a calendar
 * removed meanwhile is collected); a calendar showing a part re-renders when its own load ends.
 */
export function preloadParts(): void {
  if (preloading) return;
  preloading = true;
  requestAnimationFrame(() => whenIdle(() => void Promise.all([weekPart.load(), agendaPart.load(), detailsPart.load()]).catch(() => (preloading = false))));
}
