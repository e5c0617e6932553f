import { html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { VkElement } from '../core/vk-element.js';
import { resolveText } from '../core/text.js';
import { formatDate, todayIso } from '../core/dates.js';
import { DATE_PATTERN } from '../core/schema.js';
import { emit } from '../core/events.js';
import { tokens } from '../core/tokens.js';
import type { IsoDate } from '../core/types.js';
import { scheduleModel } from './course-calendar.model.js';
import { courseCalendarStyles } from './course-calendar.styles.js';
import { addDays, isCalendarDate, isoWeek, rangeFor, stepDate } from './calendar-dates.js';
import { segmentsByDay } from './calendar-layout.js';
import { holidayName, holidaysBetween } from './holidays.js';
import { renderMonth } from './month-view.js';
import { clock, kindLabel, sessionName, type ViewContext } from './session-chip.js';
import * as calendarMoves from './calendar-moves.js';
import type * as MovesModule from './calendar-moves.js';
import type { CalendarMoves, Grab } from './calendar-moves.js';
import { describeScheduleOperation, newSession, saveFile, sessionOf, textChange, timeChange } from './calendar-edits.js';
import { CalendarKeyboard, type MovesAccess } from './calendar-keyboard.js';
import { renderLegend, renderToolbar, type ToolbarProps } from './calendar-toolbar.js';
import type { PatternDialog } from './pattern-dialog.js';
import type * as WeekViewModule from './week-view.js';
import type * as AgendaViewModule from './agenda-view.js';
import type * as DetailsModule from './session-popover.js';
import type { PopoverController } from '../core/popover.js';
import {
  calendarViews,
  type CalendarRange,
  type CalendarView,
  type Course,
  type ScheduleDocument,
  type ScheduleOperation,
  type Session,
  type SessionChanges,
} from './course-calendar.types.js';

export { kindLabel } from './session-chip.js';
export { MONTH_CELL_LIMIT } from './month-view.js';

/** Below this width (px) the calendar's default view is the agenda. */
export const AGENDA_BELOW = 480;

/** Session pieces the agenda renders first; more load on demand. */
export const AGENDA_BATCH = 200;

/** A module loaded with `import()` on first use: `module` once it has loaded. */
interface Lazy<T> {
  module: T | null;
  load(): Promise<T>;
}
function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let loading: Promise<T> | null = null;
  const part: Lazy<T> = { module: null, load: () => (loading ??= importer().then((module) => (part.module = module))) };
  return part;
}

/**
 * What the first render of the month view does not need loads on first use, each with its CSS:
 * the week view and the agenda — when shown, or on the first idle
 * moment after the first frame — and the details popover (with the popover controller) — when
 * first opened, or on that idle moment. `updateComplete` waits for whatever the shown state needs.
 */
const weekPart = lazy<typeof WeekViewModule>(() => import('./week-view.js'));
const agendaPart = lazy<typeof AgendaViewModule>(() => import('./agenda-view.js'));
const detailsPart = lazy<typeof DetailsModule>(() => import('./session-popover.js'));
/**
 * Moving and resizing (keyboard pick-up, pointer drag; with core/gesture.ts) load with the calendar:
 * a keyboard move is a core interaction and must act in the keydown's own task (loaded lazily, a
 * quick Space, →, Space before the chunk arrived did not move the session).
 */
const movesPart: Lazy<typeof MovesModule> = { module: calendarMoves, load: () => Promise.resolve(calendarMoves) };

/** Resolves in a new task (a message: no timer clamping). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** `requestIdleCallback` where there is one (not Safari): else a plain task. */
function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 2000 });
  else setTimeout(callback, 50);
}

let preloading = false;
/**
 * Once per page, after the first calendar's first frame, when the page is idle: the lazy parts, so
 * the first render never waits for them and a user rarely does. Holds no element (a calendar
 * removed meanwhile is collected); a calendar showing a part re-renders when its own load ends.
 */
function preloadParts(): void {
  if (preloading) return;
  preloading = true;
  requestAnimationFrame(() => whenIdle(() => void Promise.all([weekPart.load(), agendaPart.load(), detailsPart.load(), movesPart.load()]).catch(() => (preloading = false))));
}

type FocusTarget = { readonly type: 'day'; readonly date: string } | { readonly type: 'session'; readonly id: string } | null;
type PopoverState = { readonly type: 'session'; readonly id: string } | { readonly type: 'day'; readonly date: string } | null;

/**
 * Work-oriented courses and their sessions — theory, practice and branch Norwegian — in month,
 * week and agenda views, with Norwegian public holidays, closed days, a course legend, keyboard
 * and pointer moves and resizes, planning a course from a weekly pattern, and iCalendar export.
 *
 * A session may cross midnight: week and agenda views draw it on every day it covers, month view
 * on its first day, marked as continuing (contract.md §5).
 *
 * Keyboard (month and week grids, one tab stop): ←/→ a day (flipped in RTL), ↑/↓ a week (month
 * view), Home/End week start/end, PageUp/PageDown previous/next month keeping the day of month
 * (31 Jan → 28 Feb → 31 Mar), or week in week view; Enter on a day moves to its first session;
 * ↑/↓ between that day's sessions, Escape back to the day; Enter on a session opens it
 * (`vk-open`). Edit mode: Space picks a session up; arrows move it by day (↑/↓ by 15 minutes in
 * week view, a week in month view); Shift+↑/↓ make it end 15 minutes earlier/later; Space or Enter
 * drops it; Escape, Tab, a press elsewhere or focus leaving put it back (src/core/gesture.ts).
 * Pointer: drag a session to move it; in week view drag its end edge to resize it (15-minute snap);
 * Escape during a drag cancels it. Ctrl+Z / Ctrl+Shift+Z undo and redo.
 *
 * @summary Courses and their sessions in month, week and agenda views.
 * @element vk-course-calendar
 *
 * @event vk-change - The user made an edit. Detail `{ value, operation, source }`; cancelable.
 * @event change - After a `vk-change` that was not cancelled.
 * @event vk-error - A value was rejected. Detail `{ code, message, issues }`.
 * @event vk-open - The user opened a session. Detail `{ kind: "session", id }`.
 * @event vk-range-change - The visible range changed (also the first range). Detail `{ view, start, end }`.
 *
 * @csspart base - The wrapper of the whole calendar.
 * @csspart toolbar - Navigation, title, view switch and actions.
 * @csspart title - The period title ("mars 2026", "Uke 11, 2026").
 * @csspart legend - The course legend (filter buttons).
 * @csspart grid - The month or week grid.
 * @csspart day - One day cell.
 * @csspart session - One session control.
 * @csspart more - The "+N more" button of a full day.
 * @csspart resize - The end-edge handle of a session in week view (drag to change its end).
 * @csspart agenda - The agenda list.
 * @csspart popover - The details popover.
 * @csspart dialog - The "plan a course" dialog.
 * @csspart pictogram - A pictogram image.
 * @csspart empty - The empty or error state.
 *
 * @cssproperty --vk-color-accent - Today and selection (falls back to --ds-color-accent-base-default).
 * @cssproperty --vk-color-text - Text colour (falls back to --ds-color-neutral-text-default).
 * @cssproperty --vk-color-background - Background (falls back to --ds-color-neutral-background-default).
 * @cssproperty --vk-color-surface - Days outside the month, holidays (falls back to --ds-color-neutral-surface-tinted).
 * @cssproperty --vk-color-border - Grid lines (falls back to --ds-color-neutral-border-default).
 * @cssproperty --vk-color-danger - Cancelled label and the "now" line (falls back to --ds-color-danger-text-default).
 * @cssproperty --vk-font-family - Font (falls back to --ds-font-family).
 * @cssproperty --vk-radius - Corner radius (falls back to --ds-border-radius-md).
 * @cssproperty --vk-calendar-hour-size - Height of one hour in week view (default 3rem).
 */
export class VkCourseCalendar extends VkElement<ScheduleDocument, ScheduleOperation> {
  static override styles = [tokens, courseCalendarStyles];
  protected get model(): typeof scheduleModel {
    return scheduleModel;
  }

  /** `month`, `week` or `agenda`. Unset: `month`, or `agenda` when the calendar is narrower than 480 px. */
  @property({ reflect: true }) view?: CalendarView;
  /** The date in focus, `YYYY-MM-DD`; empty or invalid: today. */
  @property({ reflect: true }) date = '';

  @state() private hiddenCourses: ReadonlySet<string> = new Set();
  @state() private openItem: PopoverState = null;
  @state() private agendaActive: string | null = null;
  @state() private agendaLimit = AGENDA_BATCH;
  @state() private narrow = false;
  @state() private nowTick = 0;
  @state() private patternOpen = false;
  @query('.vk-popover') private popoverPanel!: HTMLElement | null;

  /** Created when the details module has loaded (first open, or idle after the first frame). */
  #popover: PopoverController | null = null;
  #adopted = new Set<CSSResult>();
  /** Created once the moves module has loaded. */
  #moves: CalendarMoves | null = null;
  /** A user may be about to edit (focus, pointer over, a pick-up): `updateComplete` waits for the moves. */
  #movesWanted = false;
  readonly #movesAccess: MovesAccess = ((host) => ({
    get pickedUp(): boolean {
      return host.#moves?.pickedUp ?? false;
    },
    onGrabKeydown: (event: KeyboardEvent) => host.#moves?.onGrabKeydown(event),
    pickUp: (id: string) => host.#withMoves((moves) => moves.pickUp(id)),
  }))(this);
  readonly #keys = new CalendarKeyboard(
    {
      ...this.#api(),
      goTo: (date, focusDay) => this.#goTo(date, focusDay),
      step: (direction) => this.#step(direction),
      focusDayLater: (date) => (this.#pendingFocus = { type: 'day', date }),
      openSession: (id) => this.#openSession(id),
      openDay: (date) => this.#openDay(date),
      setAgendaActive: (key) => {
        if (key !== this.agendaActive) this.agendaActive = key;
      },
      showAllAgenda: async () => {
        this.agendaLimit = Number.MAX_SAFE_INTEGER;
        await this.updateComplete;
      },
    },
    this.#movesAccess,
  );
  #lastRange = '';
  #lastTitle: string | null = null;
  #pendingFocus: FocusTarget = null;
  /** The day of month PageUp/PageDown aim for, and the date it last produced. */
  #intended: { day: number; date: IsoDate } | null = null;
  #removedDate: IsoDate | null = null;
  #quietTitle = false;
  #resizeObserver: ResizeObserver | null = null;
  #clock: ReturnType<typeof setInterval> | undefined;
  #patternDialog: PatternDialog | null = null;
  #colorSheet: CSSStyleSheet | null = null;
  #colorKey = '';
  #range: { view: CalendarView; date: string; range: CalendarRange } | null = null;

  /** What the move and keyboard modules need from the element. */
  #api(): import('./calendar-moves.js').CalendarApi {
    return {
      host: this,
      doc: () => this.document,
      editable: () => this.editable,
      disabled: () => this.isDisabled,
      view: () => this.currentView,
      range: () => this.range,
      setDate: (date) => (this.date = date),
      revision: () => this.hostRevision,
      announce: (text) => this.announcer.announce(text),
      commit: (operation) => this.commit(operation),
      fullDate: (date) => this.#fullDate(date),
      sessionName: (session) => this.#sessionName(session),
      sessionControl: (id) => this.#sessionControl(id),
      dayCell: (date) => this.#dayCell(date),
      focusSessionLater: (id) => (this.#pendingFocus = { type: 'session', id }),
      visibleSessions: (doc) => this.#visibleSessions(doc),
      weekView: () => weekPart.module,
    };
  }

  /** The focus date in use: `date` when it is a real date, else today. */
  get focusDate(): string {
    return DATE_PATTERN.test(this.date) && isCalendarDate(this.date) ? this.date : todayIso();
  }

  /** The view in use: `view` when known, else month (agenda below 480 px). */
  get currentView(): CalendarView {
    if (this.view && (calendarViews as readonly string[]).includes(this.view)) return this.view;
    return this.narrow ? 'agenda' : 'month';
  }

  /** The days shown: `{ view, start, end }`, ISO dates, `end` exclusive. Read-only. */
  get range(): CalendarRange {
    const view = this.currentView;
    const date = this.focusDate;
    const cached = this.#range;
    if (cached && cached.view === view && cached.date === date) return cached.range;
    const range = rangeFor(view, date);
    this.#range = { view, date, range };
    return range;
  }

  /**
   * The courses' sessions (or one course's) as an RFC 5545 iCalendar string in Europe/Oslo time.
   * The writer loads on first use.
   * @example const ics = await calendar.exportICS('renhold');
   */
  async exportICS(courseId?: string): Promise<string> {
    const { writeICS } = await import('./ics.js');
    const doc = this.document ?? { version: 1, courses: [], sessions: [] };
    return writeICS(doc, { ...(courseId !== undefined ? { courseId } : {}), text: (text) => resolveText(text, this.textLocale), kindLabel });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      const narrow = width > 0 && width < AGENDA_BELOW;
      // Next frame: re-rendering inside the observer's callback would loop.
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
    this.#resizeObserver.observe(this);
    this.addEventListener('focusin', this.#preloadMoves);
    this.addEventListener('pointerover', this.#preloadMoves);
    // The "now" line moves once a minute.
    this.#clock = setInterval(() => {
      if (this.currentView === 'week') this.nowTick++;
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.removeEventListener('focusin', this.#preloadMoves);
    this.removeEventListener('pointerover', this.#preloadMoves);
    this.#resizeObserver = null;
    clearInterval(this.#clock);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    preloadParts();
  }

  /**
   * The first render runs in tasks of its own, after the one that set (and validated) the value:
   * one task loads the locale's date data (the first Intl.DateTimeFormat of a page costs tens of
   * milliseconds), the next draws. Three shorter tasks instead of one long one, so input is not
   * held up. Nothing of the calendar is on screen before its first render, so no frame shows it
   * half drawn; `updateComplete` resolves after it. Later updates are not deferred.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return nextTask()
      .then(() => {
        if (this.document) this.#title();
        return nextTask();
      })
      .then(() => super.scheduleUpdate());
  }

  /** The lazy module the state on screen needs and does not have yet, or null. */
  #missingPart(): Lazy<unknown> | null {
    if (!this.isConnected || !this.document) return null;
    const view = this.currentView;
    const part = view === 'week' ? weekPart : view === 'agenda' ? agendaPart : null;
    if (part && !part.module) return part;
    if (this.openItem && !detailsPart.module) return detailsPart;
    if (this.#movesWanted && !movesPart.module) return movesPart;
    return null;
  }

  /** Also waits for the lazy modules the view (and an open popover) needs. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let part = this.#missingPart(); part; part = this.#missingPart()) {
      await part.load();
      this.requestUpdate();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Adds a lazy module's CSS to the shadow root (once). */
  #adopt(styles: CSSResult | readonly CSSResult[]): void {
    const root = this.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    const added: CSSStyleSheet[] = [];
    for (const style of [styles].flat()) {
      if (this.#adopted.has(style) || !style.styleSheet) continue;
      this.#adopted.add(style);
      added.push(style.styleSheet);
    }
    // Before the course colours (kept last), after the element's own styles.
    if (added.length > 0) root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== this.#colorSheet), ...added, ...(this.#colorSheet ? [this.#colorSheet] : [])];
  }

  /** The module `part` when loaded (its CSS adopted); else starts loading it and re-renders then. */
  #use<T extends { styles: CSSResult | readonly CSSResult[] }>(part: Lazy<T>): T | null {
    const module = part.module;
    if (module) {
      this.#adopt(module.styles);
      return module;
    }
    void part.load().then(() => this.requestUpdate());
    return null;
  }

  protected override emptyMessage(): string {
    return msg('Ingen kurs ennå.', { id: 'course-calendar.empty' });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) {
      const width = this.getBoundingClientRect().width;
      this.narrow = width > 0 && width < AGENDA_BELOW;
    }
    // Announced before rendering, so the live region updates in the same render.
    const title = this.#title();
    // After undo/redo the announcement names the edit; the new period title would drown it.
    if (this.#lastTitle !== null && title !== this.#lastTitle && this.document && !this.#quietTitle) this.announcer.announce(title);
    this.#quietTitle = false;
    this.#lastTitle = title;
    if (changed.has('document')) {
      const doc = this.document;
      this.#applyCourseColors(doc);
      const open = this.openItem;
      if (open?.type === 'session' && !doc?.sessions.some((s) => s.id === open.id)) this.#closePopover(false);
      this.#moves?.documentChanged(doc);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const range = this.range;
    const key = `${range.view}|${range.start}|${range.end}`;
    if (key !== this.#lastRange) {
      this.#lastRange = key;
      this.agendaLimit = AGENDA_BATCH;
      emit(this, 'vk-range-change', { view: range.view, start: range.start, end: range.end });
    }
    if (this.currentView === 'week') this.#applyWeekGeometry();
    if (this.#pendingFocus) {
      const target = this.#pendingFocus;
      this.#pendingFocus = null;
      const el = target.type === 'day' ? this.#dayCell(target.date) : this.#sessionControl(target.id);
      el?.focus();
    }
    if (this.openItem && this.popoverPanel && this.#popover && !this.#popover.isOpen) {
      const anchor = this.#popoverAnchor(this.openItem);
      if (anchor) this.#popover.open(anchor, this.popoverPanel, () => (this.openItem = null));
    }
    this.#patternDialog?.updated();
  }

  /**
   * Dynamic values go through the CSSOM (strict CSP: no style attributes in markup). Course
   * colours: one rule per colour in an adopted stylesheet, rebuilt only when the courses' colours
   * change, so no update writes to every chip. Week-view geometry: per element, in week view only.
   */
  #applyCourseColors(doc: ScheduleDocument | null): void {
    const colors = [...new Set((doc?.courses ?? []).map((c) => c.color).filter((c): c is string => c !== undefined))];
    const key = colors.join();
    const root = this.renderRoot;
    if (key === this.#colorKey || !(root instanceof ShadowRoot)) return;
    this.#colorKey = key;
    if (!this.#colorSheet) {
      this.#colorSheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#colorSheet];
    }
    // Colours passed the schema's #rgb / #rrggbb pattern: nothing else can reach this text.
    this.#colorSheet.replaceSync(colors.map((c) => `[data-color="${c}"]{--_vk-course:${c}}`).join(''));
  }

  #applyWeekGeometry(): void {
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-top]')) {
      el.style.setProperty('--_vk-top', el.dataset.top ?? '0');
      if (el.dataset.size) el.style.setProperty('--_vk-size', el.dataset.size);
      if (el.dataset.lane) el.style.setProperty('--_vk-lane', el.dataset.lane);
      if (el.dataset.lanes) el.style.setProperty('--_vk-lanes', el.dataset.lanes);
    }
    const body = this.renderRoot.querySelector<HTMLElement>('[data-hours]');
    body?.style.setProperty('--_vk-hours', body.dataset.hours ?? '11');
  }

  // ——— moves (lazy) ———

  /** The moves, once their module has loaded. */
  #ensureMoves(): CalendarMoves | null {
    if (!this.#moves && movesPart.module) this.#moves = new movesPart.module.CalendarMoves(this.#api());
    return this.#moves;
  }

  /** Runs `action` with the moves: at once when loaded, else once they have (and `updateComplete` waits). */
  #withMoves(action: (moves: CalendarMoves) => void): void {
    const moves = this.#ensureMoves();
    if (moves) return action(moves);
    this.#movesWanted = true;
    void movesPart.load().then(() => {
      const loaded = this.#ensureMoves();
      if (loaded && this.isConnected) action(loaded);
      this.requestUpdate();
    });
  }

  /** Focus or a pointer over an editable calendar: load the moves before the user needs them. */
  readonly #preloadMoves = (): void => {
    if (this.#moves || !this.editable) return;
    this.#withMoves(() => undefined);
  };

  #onPointerDown(event: PointerEvent): void {
    const moves = this.#ensureMoves();
    // Pressed before the moves loaded (no pointer over first: rare): this press does not drag.
    if (moves) moves.onPointerDown(event);
    else this.#preloadMoves();
  }

  // ——— data for the view ———

  get #moving(): Grab | null {
    return this.#moves?.moving ?? null;
  }

  /** Visible sessions, a moved one where it would land. */
  #visibleSessions(doc: ScheduleDocument): Session[] {
    const moving = this.#moving;
    const out: Session[] = [];
    for (const s of doc.sessions) {
      if (this.hiddenCourses.has(s.courseId)) continue;
      out.push(moving && moving.sessionId === s.id ? { ...s, start: moving.to.start, end: moving.to.end } : s);
    }
    return out;
  }

  #specialDays(start: string, end: string, doc: ScheduleDocument): Map<string, string[]> {
    const locale = this.textLocale;
    const names = new Map<string, string[]>();
    for (const [date, holiday] of holidaysBetween(start, end)) names.set(date, [holidayName(holiday, locale)]);
    for (const closed of doc.closedDays ?? []) {
      if (closed.date < start || closed.date >= end) continue;
      names.set(closed.date, [...(names.get(closed.date) ?? []), resolveText(closed.title, locale)]);
    }
    return names;
  }

  #title(): string {
    const date = this.focusDate;
    if (this.currentView === 'week') {
      const { week, year } = isoWeek(date);
      return msg(str`Uke ${week}, ${year}`, { id: 'course-calendar.title.week' });
    }
    return formatDate(date, this.textLocale, { month: 'long', year: 'numeric' });
  }

  #fullDate(date: string): string {
    return formatDate(date, this.textLocale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  }

  #context(doc: ScheduleDocument, special: Map<string, string[]>): ViewContext {
    return {
      locale: this.textLocale,
      focusDate: this.focusDate,
      today: todayIso(),
      disabled: this.isDisabled,
      editable: this.editable,
      narrow: this.narrow,
      moving: this.#moving?.sessionId ?? null,
      courses: new Map<string, Course>(doc.courses.map((c) => [c.id, c])),
      special,
      fullDate: (date) => this.#fullDate(date),
      on: {
        keydown: (e) => (this.currentView === 'agenda' ? this.#keys.onAgendaKeydown(e) : this.#keys.onGridKeydown(e)),
        keyup: (e) => this.#keys.onKeyup(e),
        pointerdown: (e) => this.#onPointerDown(e),
        dayClick: (e, date) => this.#onDayClick(e, date),
        sessionClick: (e, id) => this.#onSessionClick(e, id),
        openDay: (date) => this.#openDay(date),
        focusin: (e) => this.#keys.onAgendaFocus(e),
      },
    };
  }

  // ——— rendering ———

  protected renderDocument(doc: ScheduleDocument): TemplateResult {
    const view = this.currentView;
    const range = this.range;
    const special = this.#specialDays(range.start, range.end, doc);
    const ctx = this.#context(doc, special);
    const byDay = segmentsByDay(this.#visibleSessions(doc), range.start, range.end, view === 'month' ? 'first-day' : 'every-day');
    void this.nowTick;
    const now = new Date();
    let body: TemplateResult;
    if (view === 'month') body = renderMonth(ctx, range, byDay);
    else if (view === 'week') {
      const week = this.#use(weekPart);
      body = week
        ? week.renderWeek(ctx, range, byDay, { date: todayIso(), minutes: now.getHours() * 60 + now.getMinutes() })
        : html`<p class="week-loading" role="status">${msg('Laster ukevisning …', { id: 'course-calendar.week-loading' })}</p>`;
    } else {
      const agenda = this.#use(agendaPart);
      body = agenda ? agenda.renderAgenda(ctx, range, byDay, { active: this.agendaActive, limit: this.agendaLimit, showMore: () => this.#showMoreAgenda() }) : html`<p role="status"></p>`;
    }
    return html`<div role="group" part="base" class="calendar" data-view=${view} ?data-editable=${this.editable} ?data-narrow=${this.narrow} aria-labelledby="title">
      ${renderToolbar(this.#toolbar(doc, view))} ${renderLegend(this.#toolbar(doc, view))} ${body}
      <span id="grid-hint" class="vk-visually-hidden"
        >${view === 'week'
          ? msg('Piltaster flytter mellom dager. Page Up og Page Down bytter uke. Enter går til dagens økter.', { id: 'course-calendar.hint.week' })
          : msg('Piltaster flytter mellom dager. Page Up og Page Down bytter måned. Enter går til dagens økter.', { id: 'course-calendar.hint.month' })}</span
      >
      <span id="session-hint" class="vk-visually-hidden"
        >${this.editable
          ? msg('Enter åpner økten. Mellomrom plukker opp økten for å flytte den; Shift og pil opp eller ned endrer slutten.', { id: 'course-calendar.hint.session-edit-resize' })
          : msg('Enter åpner økten.', { id: 'course-calendar.hint.session' })}</span
      >
      <div class="vk-popover" part="popover" popover="manual" role="dialog" aria-labelledby="popover-title" tabindex="-1">${this.#renderPopover(doc, ctx)}</div>
      ${this.patternOpen && this.#patternDialog ? this.#patternDialog.render(doc, ctx) : nothing}
    </div>`;
  }

  #toolbar(doc: ScheduleDocument, view: CalendarView): ToolbarProps {
    return {
      doc,
      view,
      title: this.#title(),
      locale: this.textLocale,
      disabled: this.isDisabled,
      editable: this.editable,
      hiddenCourses: this.hiddenCourses,
      on: {
        navigate: (direction) => this.#navigate(direction),
        today: () => this.#goTo(todayIso(), false),
        setView: (v) => (this.view = v),
        add: () => this.#addSession(),
        plan: () => void this.#openPattern(),
        download: () => void this.#download(),
        toggleCourse: (id) => this.#toggleCourse(id),
      },
    };
  }

  #renderPopover(doc: ScheduleDocument, ctx: ViewContext): TemplateResult | typeof nothing {
    const open = this.openItem;
    if (!open) return nothing;
    const details = this.#use(detailsPart);
    if (!details) return nothing;
    this.#popover ??= new details.PopoverController(this);
    const actions: DetailsModule.PopoverActions = {
      close: () => this.#closePopover(true),
      updateText: (s, field, value) => this.#update(s, textChange(s, field, value, this.textLocale)),
      setTime: (s, field, input) => this.#setTime(s, field, input),
      setKind: (s, kind) => this.#update(s, { kind }),
      setCancelled: (s, cancelled) => this.#update(s, { cancelled: cancelled ? true : null }),
      remove: (s) => this.#remove(s),
    };
    if (open.type === 'day') {
      const segments = segmentsByDay(this.#visibleSessions(doc), open.date, addDays(open.date, 1), 'every-day').get(open.date) ?? [];
      return details.renderDayDetails(ctx, open.date, segments, actions);
    }
    const session = doc.sessions.find((s) => s.id === open.id);
    return session ? details.renderSessionDetails(ctx, session, actions) : nothing;
  }

  // ——— queries ———

  #grid(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[role="grid"], .agenda');
  }

  #dayCell(date: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.day[data-date="${date}"]`);
  }

  /** The control showing a session: its first piece on screen (where it starts, when shown). */
  #sessionControl(id: string): HTMLElement | null {
    const grid = this.#grid();
    if (!grid) return null;
    const all = Array.from(grid.querySelectorAll<HTMLElement>('[data-session]')).filter((el) => el.dataset.session === id && el.checkVisibility());
    return all.find((el) => !el.hasAttribute('data-continued')) ?? all[0] ?? null;
  }

  #popoverAnchor(open: NonNullable<PopoverState>): HTMLElement | null {
    const grid = this.#grid();
    if (open.type === 'day') return grid?.querySelector<HTMLElement>(`[data-more="${open.date}"]`) ?? this.#dayCell(open.date);
    const control = this.#sessionControl(open.id);
    if (control) return control;
    const session = this.document?.sessions.find((s) => s.id === open.id);
    if (!session) return null;
    const day = session.start.slice(0, 10);
    return grid?.querySelector<HTMLElement>(`[data-more="${day}"]`) ?? this.#dayCell(day) ?? grid;
  }

  // ——— navigation ———

  #goTo(date: string, focusDay: boolean): void {
    this.date = date;
    this.#intended = null;
    if (focusDay) this.#pendingFocus = { type: 'day', date };
  }

  /** A month step keeps the day of month the user started from (31 Jan → 28 Feb → 31 Mar). */
  #step(direction: -1 | 1): IsoDate {
    const from = this.focusDate;
    const day = this.#intended && this.#intended.date === from ? this.#intended.day : Number(from.slice(8, 10));
    const next = stepDate(this.currentView, from, direction, day);
    this.#intended = { day, date: next };
    return next;
  }

  #navigate(direction: -1 | 1): void {
    this.date = this.#step(direction);
  }


  #toggleCourse(courseId: string): void {
    const next = new Set(this.hiddenCourses);
    if (next.has(courseId)) next.delete(courseId);
    else next.add(courseId);
    this.hiddenCourses = next;
  }

  #onDayClick(event: Event, date: string): void {
    if (this.isDisabled) return;
    if ((event.target as HTMLElement).closest?.('[data-session], [data-more]')) return;
    if (date !== this.focusDate) this.#goTo(date, true);
  }

  #onSessionClick(event: Event, id: string): void {
    event.stopPropagation();
    if (this.#moves?.consumeClick()) return;
    if (this.isDisabled || this.#moves?.pickedUp) return;
    this.#openSession(id);
  }

  #openSession(id: string): void {
    if (this.#popover?.isOpen) this.#popover.close(false);
    this.open('session', id);
    this.openItem = { type: 'session', id };
  }

  #openDay(date: string): void {
    if (this.isDisabled) return;
    if (this.#popover?.isOpen) this.#popover.close(false);
    this.openItem = { type: 'day', date };
  }

  #closePopover(restoreFocus: boolean): void {
    this.#popover?.close(restoreFocus);
    this.openItem = null;
  }

  #showMoreAgenda(): void {
    this.agendaLimit += AGENDA_BATCH * 5;
  }

  // ——— edits ———

  #sessionName(session: Session): string {
    return sessionName(session, new Map(this.document?.courses.map((c) => [c.id, c]) ?? []), this.textLocale);
  }

  #update(session: Session, changes: SessionChanges): void {
    if (!this.editable) return;
    if (this.commit({ type: 'session.update', sessionId: session.id, changes })) this.announcer.announce(msg('Økten er endret.', { id: 'course-calendar.announce.updated' }));
  }

  /** A start or end time from the popover; an end not after the start is refused and the old time shown. */
  #setTime(session: Session, field: 'start' | 'end', input: HTMLInputElement): void {
    const changes = timeChange(session, field, input.value);
    if (!changes) {
      input.value = clock(session[field]);
      this.announcer.announce(msg('Slutt må være etter start.', { id: 'course-calendar.announce.bad-time' }));
      return;
    }
    if (Object.keys(changes).length > 0) this.#update(session, changes);
  }

  #remove(session: Session): void {
    if (!this.editable) return;
    const date = session.start.slice(0, 10);
    this.#popover?.close(false);
    this.openItem = null;
    if (this.commit({ type: 'session.remove', sessionId: session.id })) {
      this.announcer.announce(msg('Økten er slettet.', { id: 'course-calendar.announce.removed' }));
      this.#pendingFocus = this.currentView === 'agenda' ? null : { type: 'day', date };
      void this.ensureFocus();
    }
  }

  #addSession(): void {
    const doc = this.document;
    if (!this.editable || !doc) return;
    const course = doc.courses.find((c) => !this.hiddenCourses.has(c.id)) ?? doc.courses[0];
    if (!course) return;
    const session = newSession(doc, course.id, this.focusDate);
    if (this.commit({ type: 'session.add', session })) {
      this.announcer.announce(msg('Ny økt lagt til.', { id: 'course-calendar.announce.added' }));
      this.#openSession(session.id);
    }
  }

  async #openPattern(): Promise<void> {
    if (!this.editable) return;
    if (!this.#patternDialog) {
      const { PatternDialog, styles } = await import('./pattern-dialog.js');
      this.#adopt(styles);
      this.#patternDialog = new PatternDialog({
        host: this,
        locale: () => this.textLocale,
        firstDate: () => this.focusDate,
        close: () => {
          this.patternOpen = false;
          void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-action="plan"]')?.focus());
        },
        add: (sessions) => {
          if (sessions.length === 0) return false;
          const ok = this.commit({ type: 'sessions.add', sessions });
          if (ok) {
            this.announcer.announce(msg(str`La til ${sessions.length} økter.`, { id: 'course-calendar.announce.planned' }));
            this.date = sessions[0].start.slice(0, 10);
          }
          return ok;
        },
      });
    }
    this.#patternDialog.reset(this.document);
    this.patternOpen = true;
  }

  async #download(): Promise<void> {
    saveFile(this.renderRoot, await this.exportICS(), 'text/calendar;charset=utf-8', 'kurskalender.ics');
    this.announcer.announce(msg('Kalenderfilen kurskalender.ics er lastet ned.', { id: 'course-calendar.announce.downloaded' }));
  }

  // ——— undo, redo and focus ———

  /** Undo and redo follow the session they change: the calendar shows its day, then focuses it. */
  protected override commit(operation: ScheduleOperation, source: 'user' | 'undo' | 'redo' = 'user'): boolean {
    const before = this.document;
    if (operation.type === 'session.remove') this.#removedDate = before?.sessions.find((s) => s.id === operation.sessionId)?.start.slice(0, 10) ?? null;
    const ok = super.commit(operation, source);
    if (ok && source !== 'user') {
      const id = sessionOf(operation);
      const session = id ? this.document?.sessions.find((s) => s.id === id) : undefined;
      const day = session?.start.slice(0, 10) ?? this.#removedDate;
      const range = this.range;
      if (day && (day < range.start || day >= range.end)) {
        this.date = day;
        this.#quietTitle = true;
      }
    }
    return ok;
  }

  protected override describeOperation(operation: ScheduleOperation): string | null {
    return describeScheduleOperation(operation, this.document, this.textLocale, (date) => this.#fullDate(date));
  }

  protected override focusAfterChange(operation: ScheduleOperation | null): HTMLElement | null {
    if (operation) {
      const id = sessionOf(operation);
      const control = id ? this.#sessionControl(id) : null;
      if (control) return control;
      if (operation.type === 'session.remove' || operation.type === 'sessions.remove') {
        const day = this.#removedDate ?? this.focusDate;
        if (this.currentView !== 'agenda') return this.#dayCell(day) ?? this.#dayCell(this.focusDate);
      }
    }
    return this.defaultFocusTarget();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vk-course-calendar': VkCourseCalendar;
  }
}
