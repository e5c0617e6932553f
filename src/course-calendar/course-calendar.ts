import { html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { VkElement } from '../core/vk-element.js';
import { listSeparator, resolveText } from '../core/text.js';
import { osloNow, prepareDateFormats, todayIso as today } from '../core/dates.js';
import { getLocale, localeWait } from '../core/localize.js';
import { emit } from '../core/events.js';
import { headingLevel, headingLevelAttribute } from '../core/heading-level.js';
import { tokens } from '../core/tokens.js';
import { watchProbe } from '../core/width-probe.js';
import { scheduleModel } from './course-calendar.model.js';
import { courseCalendarStyles } from './course-calendar.styles.js';
import { narrowMonthStyles } from './narrow-month.styles.js';
import { calendarModeStyles } from './calendar-modes.styles.js';
import { addDays, hostFocusDay, keepFocusDate, PeriodSteps, rangeHas, rangeFor, warnNoDate } from './calendar-dates.js';
import { segmentsByDay, visibleSessions } from './calendar-layout.js';
import { specialDays } from './holidays.js';
import { anchorDay, dayCell, focusAfterValue, focusedPieceDay, followedDay, openInRange, sessionControl, watchWidth, widthFit, type FocusTarget, type PopoverState } from './calendar-queries.js';
import { dayNames, renderMonth, WEEKDAY_FORMATS } from './month-view.js';
import { endText, kindLabel, MonthChips, sessionName } from './session-chip.js';
import { CalendarMoves, type Grab } from './calendar-moves.js';
import { sessionCourse } from './calendar-edits.js';
import { CalendarHistory } from './calendar-history.js';
import { CalendarEditing } from './calendar-editing.js';
import { CalendarKeyboard, gridHint, sessionHint, type MovesAccess } from './calendar-keyboard.js';
import { courseShownWords, viewTitle, fitLegendSoon, forgetLegendFit, FULL_DATE_FORMAT, fullDate, periodTitle, renderLegend, renderToolbar, TITLE_FORMAT, ToolbarFocus, type ToolbarProps } from './calendar-toolbar.js';
import { CalendarSheets } from './calendar-sheets.js';
import { CalendarClock } from './calendar-clock.js';
import { pendingOpen } from '../core/pending-open.js';
import { viewOnlyWords } from '../core/view-only.js';
import { agendaPart, detailsPart, missingPart, preloadParts, printPart, retryOnUse, weekPart, type CalendarContext, type Lazy } from './calendar-parts.js';
import { nextTask, whenIdle } from '../core/next-task.js';
import type { PopoverController } from '../core/popover.js';
import { focusInView, focusWhenUpdated } from '../core/roving-focus.js';
import { calendarViews, type CalendarRange, type CalendarView, type Course, type ScheduleDocument, type ScheduleOperation } from './course-calendar.types.js';

export { kindLabel } from './session-chip.js';
export { MONTH_CELL_LIMIT } from './month-view.js';
export { AGENDA_BELOW } from './calendar-queries.js';

/** Session pieces the agenda renders first; more load on demand. */
export const AGENDA_BATCH = 200;

/**
 * Work-oriented courses and their sessions — theory, practice and branch Norwegian — in month, week and agenda views, with Norwegian
 * public holidays, closed days, a course legend, keyboard and pointer moves and resizes, planning a course from a weekly pattern, and
 * iCalendar export.
 *
 * A session may cross midnight: week and agenda views draw it on every day it covers, month view on its first day, marked as continuing (contract.md §5).
 *
 * Keyboard (month and week grids, one tab stop): ←/→ a day (flipped in RTL), ↑/↓ a week (month
 * view), Home/End week start/end, PageUp/PageDown previous/next month keeping the day of month
 * (31 Jan → 28 Feb → 31 Mar), or week in week view; Enter on a day moves to its first session;
 * ↑/↓ between that day's sessions, Escape back to the day; Enter on a session opens it
 * (`vk-open`). Edit mode: Space picks a session up; arrows move it by day (↑/↓ by 15 minutes in
 * week view, a week in month view); Shift+↑/↓ make it end 15 minutes earlier/later; Space or Enter
 * drops it; Escape, Tab, a press elsewhere or focus leaving put it back (src/core/gesture.ts).
 * Pointer: drag a session to move it (a finger rests on it first); in week view drag its end edge to resize it (15-minute snap);
 * Escape during a drag cancels it. Ctrl+Z / Ctrl+Shift+Z undo and redo.
 *
 * @summary Courses and their sessions in month, week and agenda views.
 * @element vk-course-calendar
 *
 * @attr aria-label - The calendar's name: its root group (`role="group"`, part `base`) is named by it, so two calendars on a page are told apart ("Amina sin kalender"); unset or blank: "Kurskalender". Changes are followed.
 *
 * @event vk-change - The user made an edit (`session.move`, `session.update`, `session.add`, `session.remove`, `sessions.add`), or `undo()`/`redo()` did (the undo of `sessions.add` is `sessions.remove`). Detail `{ value, operation, source: "user" | "undo" | "redo" }`; cancelable: `preventDefault()` reverts it.
 * @event change - After a `vk-change` that was not cancelled.
 * @event vk-error - A value was rejected; the last valid document stays. Detail `{ code: "invalid-json" | "invalid-document" | "unsupported-version", message, issues: [{ path, message }] }`, `path` a JSON Pointer (RFC 6901).
 * @event vk-open - The user opened a session. Detail `{ kind: "session", id }`.
 * @event vk-range-change - The days shown changed: the first range after start, navigation, a host's `date`/`view`. Detail `{ view, start, end }`, ISO dates `YYYY-MM-DD`, `end` exclusive (as `range`).
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
 * @cssproperty --vk-color-surface - Weekday headings and days outside the month (falls back to --ds-color-neutral-surface-tinted).
 * @cssproperty --vk-color-warning - Holiday names (falls back to --ds-color-warning-text-default).
 * @cssproperty --vk-color-warning-surface - A holiday's background (falls back to --ds-color-warning-surface-tinted).
 * @cssproperty --vk-color-border - Grid lines (falls back to --ds-color-neutral-border-default).
 * @cssproperty --vk-color-danger - Cancelled label and the "now" line (falls back to --ds-color-danger-text-default).
 * @cssproperty --vk-font-family - Font (falls back to --ds-font-family).
 * @cssproperty --vk-radius - Corner radius (falls back to --ds-border-radius-md).
 * @cssproperty --vk-radius-lg - Popover and dialog corner radius (falls back to --ds-border-radius-lg).
 * @cssproperty --vk-calendar-hour-size - Height of one hour in week view (default 3rem).
 */
export class VkCourseCalendar extends VkElement<ScheduleDocument, ScheduleOperation> {
  static override styles = [tokens, courseCalendarStyles, calendarModeStyles, narrowMonthStyles];

  /** the month view: body text, bold, chips (0.8em, start time bold), the title (1.2em) (see `VkElement.firstRenderFonts`). */
  static override readonly firstRenderFonts = [[1, 400], [1, 600], [0.8, 400], [0.8, 600], [1.2, 600]] as const;

  /**
   * Run by `defineElement` in a task right after the define, before a host sets the first `value` (see `VkElement.prepare`): also builds
   * the Intl date formatters a first month render uses in the page's language. A page's first `Intl.DateTimeFormat` loads its locale's
   * date data (≈15 ms with `<html lang="en">`), which would otherwise fall inside the first render. In bokmål (no `lang`, or `nb`)
   * there is nothing to do: its month names are built in (core/dates.ts).
   */
  static override prepare(): void {
    super.prepare();
    prepareDateFormats([TITLE_FORMAT, FULL_DATE_FORMAT, ...WEEKDAY_FORMATS]);
  }
  protected get model(): typeof scheduleModel {
    return scheduleModel;
  }

  /** `month`, `week` or `agenda`. Unset: `month`, or `agenda` when the calendar is narrower than 30em of its text (480 px at 16 px). */
  @property({ reflect: true }) view?: CalendarView;
  /**
   * The date in focus, `YYYY-MM-DD` (ISO 8601 calendar date); empty, invalid or before the year
   * 1000: today in Oslo (see `focusDate`). (A case system's "no date" placeholder, such as .NET's `0001-01-01`, is not a
   * month anyone plans in, and a grid reaching before year 1 has no ISO date to name its days.)
   */
  @property({ reflect: true }) date = '';
  /** The host's `aria-label` (see `@attr aria-label`): the root group's name. */
  @property({ attribute: 'aria-label' }) private hostLabel: string | null = null;
  /**
   * The `aria-level` of the calendar's title (1–6, default 2), to fit the host page's outline; the agenda's weeks and the dialogs' headings one below (at most 6).
   * @example <vk-course-calendar heading-level="3"></vk-course-calendar>
   */
  @property({ attribute: 'heading-level', converter: headingLevelAttribute }) headingLevel = 2;

  @state() private hiddenCourses: ReadonlySet<string> = new Set();
  @state() private legendOpen = false;
  /** Courses the user has toggled in the legend (kept in view when it is collapsed). */
  readonly #legendKept = new Set<string>();
  /** The toolbar and the legend: one Tab stop each, ←/→ between their enabled buttons. */
  readonly #bars = new ToolbarFocus(this);
  @state() private openItem: PopoverState = null;
  @state() private agendaActive: string | null = null;
  @state() private agendaLimit = AGENDA_BATCH;
  @state() private narrow = false;
  /** Lanes a week day holds before "+N", from the width (`weekLanes`). */
  @state() private lanes = 2;
  /** Lanes a week day holds wide enough for course names (`nameLanes`); narrower, the week draws pictures. */
  @state() private named = 0;
  @state() private patternOpen = false;
  /** The details' popover when drawn (a query, not Lit's `@query`: its code would load with the calendar for this one use). */
  private get popoverPanel(): HTMLElement | null {
    return this.renderRoot.querySelector('.vk-popover');
  }

  /** Created when the details module has loaded (first open, or idle after the first frame). */
  #popover: PopoverController | null = null;
  /** Details asked for while their chunk loads: the next key or focus elsewhere in the calendar cancels them (core/pending-open.ts; before 7 Dec 2026 Space picked the session up and then its details opened over the pick-up). */
  readonly #pending = pendingOpen(this, (text) => this.announcer.announce(text), () => (this.openItem = null));

  readonly #sheets = new CalendarSheets(() => this.renderRoot);
  /** Created on first use (see `#ensureMoves`). */
  #moves: CalendarMoves | null = null;
  readonly #movesAccess: MovesAccess = ((host) => ({
    get pickedUp(): boolean {
      return host.#moves?.pickedUp ?? false;
    },
    onGrabKeydown: (event: KeyboardEvent) => host.#moves?.onGrabKeydown(event),
    pickUp: (control: HTMLElement) => host.#ensureMoves().pickUp(control),
  }))(this);
  readonly #keys = new CalendarKeyboard(
    {
      ...this.#api(),
      goTo: (date, focusDay) => this.#goTo(date, focusDay),
      step: (direction) => this.#steps.step(this.currentView, this.focusDate, direction), // a month step keeps the day of month (31 Jan → 28 Feb → 31 Mar)
      focusDayLater: (date) => (this.#pendingFocus = { type: 'day', date }),
      openSession: (id) => this.#openSession(id),
      openDay: (date) => this.#openDay(date),
      setAgendaActive: (key) => this.#keepHostDate || ((this.agendaActive = key), this.#setDate(key.slice(key.lastIndexOf('@') + 1))), // the focus date follows, as in the grids
      showAllAgenda: async () => void ((this.agendaLimit = Number.MAX_SAFE_INTEGER), await this.updateComplete),
    },
    this.#movesAccess,
  );
  #lastRange = '';
  /** From willUpdate to the end of updated(), when the host set `date` in the agenda (or with a switch to it) with focus in the calendar: the row the render focuses (a session's, else the list's Tab stop, there and then: not <body> until ensureFocus) does not make its day the focus date (the host's stays; no second render). */
  #keepHostDate = false;
  /** The `date` the calendar set last (`#setDate`: the user's steps and moves, undo/redo), until willUpdate reads it: a `date` changed to another value is the host's. */
  #ownDate?: string;
  readonly #setDate = (date: string): string => (this.#ownDate = this.date = date);
  #newRange?: CalendarRange;
  /** The view and period title last drawn ("month|Mars 2026"). */
  #lastTitle: string | null = null;
  #pendingFocus: FocusTarget = null;
  readonly #steps = new PeriodSteps();
  #hostSeen = 0;
  #quietTitle = false;
  #resizeObserver: ResizeObserver | null = null;
  /** The month view's chip nodes, kept from one render to the next. */
  readonly #monthChips = new MonthChips();
  /** Today's marks at Oslo's midnight, the week's "now" line each minute (calendar-clock.ts). */
  readonly #clock = new CalendarClock(this, () => weekPart.module?.moveNow(this.renderRoot));
  readonly #editing = new CalendarEditing({
    ...this.#api(),
    locale: () => this.textLocale,
    focusDate: () => this.focusDate,
    hiddenCourses: () => this.hiddenCourses,
    showCourse: (id) => this.hiddenCourses.has(id) && this.#toggleCourse(id),
    openSession: (id) => this.#openSession(id),
    landedId: (id) => this.landedId(id),
    closePopover: () => this.#closePopover(false),
    focusDayAfterRemove: (date, next) => {
      this.#pendingFocus = this.currentView !== 'agenda' ? { type: 'day', date } : next ? { type: 'session', id: next } : null;
      void this.ensureFocus();
    },
    setPatternOpen: (open) => (this.patternOpen = open),
    adopt: (styles) => this.#sheets.adopt(styles),
    exportICS: (courses) => this.exportICS(courses),
  });
  readonly #history = new CalendarHistory({
    ...this.#api(),
    locale: () => this.textLocale,
    focusDate: () => this.focusDate,
    moves: (make) => (make ? this.#ensureMoves() : this.#moves),
    landedId: (id) => this.landedId(id),
    quietTitle: () => (this.#quietTitle = true),
  });
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
      setDate: (date) => this.#setDate(date),
      // Also changes when the calendar stops being editable: `readonly` or `disabled` set by the
      // host mid-move cancels the move as a new host value does (the plan board does the same).
      revision: () => (this.editable ? this.hostRevision : -1),
      // What a step says (a move's new day and time, its cancel, a planned course) is not drowned
      // by the period title that step changed (a move across Sunday into "Uke 14, 2026").
      announce: (text) => {
        this.#quietTitle = true;
        this.announcer.announce(text);
      },
      commit: (operation) => this.commit(operation),
      // A move's day as its cell names it, with its holiday or closed day ("fredag 3. april 2026,
      // Langfredag"): the session, not the cell, has focus while it moves.
      fullDate: (date) => [fullDate(date, this.textLocale), ...(specialDays(date, addDays(date, 1), this.document!, this.textLocale).get(date) ?? [])].join(listSeparator(this.textLocale)),
      sessionName: (session) => sessionName(session, new Map(this.document?.courses.map((c) => [c.id, c]) ?? []), this.textLocale),
      courseName: (session) => sessionCourse(this.document, session, this.textLocale),
      endText: (times) => endText(times, this.textLocale),
      sessionControl: (id, on) => sessionControl(this.renderRoot, id, on),
      dayCell: (date) => dayCell(this.renderRoot, date),
      focusSessionLater: (id, on) => (this.#pendingFocus = { type: 'session', id, on }),
      visibleSessions: (doc) => visibleSessions(doc.sessions, this.hiddenCourses, this.#moving),
      weekView: () => weekPart.module,
      announcer: this.announcer,
    };
  }

  /** The focus date in use, `YYYY-MM-DD`: `date` (its `hostDay`) when it is a real date from the year 1000 on, else today in Oslo (contract §4), whatever the device's time zone. */
  get focusDate(): string {
    return hostFocusDay(this.date) || this.#clock.focusDay();
  }

  /** The view in use: `view` when known, else month (agenda below 30em of its text: 480 px at 16 px). */
  get currentView(): CalendarView {
    return this.view && (calendarViews as readonly string[]).includes(this.view) ? this.view : this.narrow ? 'agenda' : 'month';
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
   * The courses' sessions (or one course's, or those of a list of course ids) as an RFC 5545 iCalendar string in Europe/Oslo time. The
   * writer loads on first use. A course id the document does not have contributes no events (no error): a calendar with no VEVENT, as
   * for a document with no sessions or none at all. Texts are in the calendar's text language (`lang`).
   * @throws (as a rejected promise) the import's error when the writer's chunk cannot be fetched.
   * @example const ics = await calendar.exportICS('renhold'); // or exportICS(['renhold', 'butikk'])
   */
  async exportICS(courses?: string | readonly string[]): Promise<string> {
    const { writeICS } = await import('./ics.js');
    const doc = this.document ?? { version: 1, courses: [], sessions: [] };
    const locale = this.textLocale; // read once: a large file is written in pieces (ics.ts), and a `lang` changed meanwhile does not give it two languages
    return writeICS(doc, { ...(courses !== undefined ? { courseIds: [courses].flat() } : {}), text: (text) => resolveText(text, locale), kindLabel });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver = watchWidth(this, (width) => {
      const [narrow, lanes, named] = widthFit(width, this);
      if (narrow !== this.narrow || lanes !== this.lanes || named !== this.named) requestAnimationFrame(() => ([this.narrow, this.lanes, this.named] = [narrow, lanes, named])); // next frame: re-rendering inside the observer's callback would loop
      fitLegendSoon(this.renderRoot);
    });
    this.addEventListener('focusin', this.#focusin);
    this.addEventListener('pointerover', this.#preloadMoves);
    if (this.hasUpdated) this.#clock.connected();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.removeEventListener('focusin', this.#focusin);
    this.removeEventListener('pointerover', this.#preloadMoves);
    this.#resizeObserver = null;
    this.#clock.disconnected();
    forgetLegendFit(this.renderRoot);
    if (this.patternOpen) this.#editing.closePattern(false); // see closePattern: closed as by Escape
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    preloadParts();
    const sheets = new WeakRef(this.#sheets); // the paper CSS at idle; a removed calendar stays collectable
    whenIdle(() => void printPart.load().then((paper) => sheets.deref()?.adopt(paper.styles), () => undefined));
  }

  /**
   * The first render runs in tasks of its own, after the one that set (and validated) the value: one task loads the locale's date data
   * (the first Intl.DateTimeFormat of a page costs tens of milliseconds; bokmål's month view needs none, see core/dates.ts), the next
   * draws. Three shorter tasks instead of one long one, so input is not held up. Nothing of the calendar is on screen before its first
   * render, so no frame shows it half drawn; `updateComplete` resolves after it. Later updates are not deferred.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return nextTask()
      .then(() => localeWait()) // the title below is in the locale being loaded, if one is
      .then(() => {
        if (this.document) this.#title();
        return nextTask();
      })
      .then(() => super.scheduleUpdate());
  }

  /** Also waits for the lazy modules the view (and an open popover) needs, when a document is shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    const missing = (): Lazy<unknown> | null => (this.isConnected && this.document ? missingPart(this.currentView, this.openItem !== null) : null);
    for (let part = missing(); part; part = missing()) {
      await part.load().catch(() => undefined); // a failure is said by #use
      this.requestUpdate();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The module `part` when loaded (its CSS adopted); else starts loading it and re-renders then. */
  #use<T extends { styles: CSSResult | readonly CSSResult[] }>(part: Lazy<T>): T | null {
    if (part.module) {
      this.#sheets.adopt(part.module.styles);
      this.announcer.loadRecovered(part); // it had failed here, and a use (here or in another calendar) brought it
      return part.module;
    }
    // A render never asks again for a part whose failure it met (`load()` keeps its rejection until a use's `retry()`, willUpdate): said once, no loop (the failure renders again, to take the loading words away: the notice may be up already, drawing nothing new). One that failed only elsewhere (another calendar, the idle preload) is asked once: its kept rejection says it here too, and this calendar waits for it.
    if (!(part.failed && part.waits(this))) part.load().then(() => this.requestUpdate(), (error: unknown) => (part.waits(this) || part.waiting.add(new WeakRef(this)), this.announcer.loadFailed(error, part, this.#again(part)), this.requestUpdate()));
    return null;
  }

  /** The notice's "Prøv igjen" for `part` (core/announcer.ts `loadFailed`), the use again: the details asked for then, their session's (or day's "+N") control busy meanwhile as a press makes it (#pendOpen), or that view, asked for and shown, focus on its button once it is in (while it fails, on "Prøv igjen"). */
  #again(part: Lazy<unknown>, open = this.openItem, view = this.currentView): () => void { return part === detailsPart ? () => open && (this.#pending.start(open.type === 'day' ? this.renderRoot.querySelector(`[data-more="${open.date}"]`) : sessionControl(this.renderRoot, open.id, open.on)), (this.openItem = { ...open })) : () => (part.retry(), this.currentView === view || (this.view = view), this.requestUpdate(), void focusWhenUpdated(this, () => part.module ? this.renderRoot.querySelector<HTMLElement>(`button[data-view=${view}]`) : null)); } // prettier-ignore

  protected override emptyMessage(): string {
    return msg('Ingen kurs ennå.', { id: 'course-calendar.empty' });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const active = this.shadowRoot?.activeElement;
    const hostDate = changed.has('date'); // set before this update (the host's, or a step's): not what this update sets below
    if (hostDate) this.#clock.forgetFocusDay(), warnNoDate(this.date); // unset again: today (not the day it stood for when first drawn); a date that names no day: said
    const byHost = hostDate && this.date !== this.#ownDate; // the host's alone
    this.#ownDate = undefined;
    retryOnUse(changed); // details opened, another view or date: a part that failed is asked for again
    const newValue = this.hostRevision !== this.#hostSeen;
    const dropped = newValue ? this.#moves?.hostValue(!!byHost) : undefined; // a pick-up a host value ends, now: the rows counted below are those drawn; the host's date with it stays
    // Another focus date, not from the list, or the host's (also in the month shown): the list's Tab stop follows it (agenda-view.ts), and focus on a row goes with it (updated), as the grid's focus follows to the host's day.
    if (hostDate && (byHost || !active?.closest('.agenda'))) this.agendaActive = null;
    // The host made the calendar read-only or disabled: "Planlegg kurs" closes (it adds nothing now); disabled, the details too.
    if (this.patternOpen && !this.editable) this.#editing.closePattern(!!active?.closest('dialog'));
    // Another view (the host's `view`, or a width that makes it the agenda) under focus on a session of the grid or list: focus stays on it where the new view draws it. Switched to the agenda, that session's day (or, its details open, the day they point at) becomes the focus date, as focus on a row makes it (agenda-view.ts): now, not by that focus after the render (a second render), and before the details' period is checked, so a session on a neighbouring month's day in the grid brings that month, focus or details and all; the list's Tab stop is its row. A host that sets `date` with the view keeps it (#keepHostDate): focus on the session's row when that month has it, else on the list's Tab stop.
    const { session: id, on } = (active?.closest('[role="grid"] [data-session], .agenda [data-session]') as HTMLElement | null)?.dataset ?? {};
    const newView = !this.#lastRange.startsWith(`${this.currentView}|`);
    const toAgenda = newView && this.currentView === 'agenda';
    const day = on ?? (this.openItem?.type === 'session' ? anchorDay(this.#popover?.anchor) : undefined);
    if (toAgenda && day && !hostDate) this.date = day;
    if (this.openItem && this.isDisabled) this.#closePopover(false);
    else if (changed.has('readonly') && this.readonly && this.#popover?.isOpen && this.openItem?.type === 'session') this.announcer.announce(viewOnlyWords()); // they stay open, fields as text: says why (core/view-only.ts)
    // Details the host took out of the period shown (date, view, value) close before this render, not after it (a second render: Lit's change-in-update); focus then goes to the grid.
    else if (this.openItem && !openInRange(this.openItem, this.document, this.range)) {
      if (this.#popover?.isOpen) void this.ensureFocus();
      this.#closePopover(false);
    }
    if (!this.hasUpdated) [this.narrow, this.lanes, this.named] = widthFit(this.getBoundingClientRect().width, this);
    // A host value that moved the focused session (or one picked up: the pick-up ends, above) or took it away or out of the period shown: focus follows it there, else goes beside it (agenda) or to its day (focusAfterValue); that day becomes the focus date (in the agenda below), as after undo/redo, in this render. A host that sets `date` with it keeps its date. A pick-up's session gone from the agenda's month: beside its row in the document it was picked up in (`beside`: the rows drawn hold the preview), as a grid takes the day it was picked up from.
    const was = ((changed.get('document') as ScheduleDocument | null | undefined) ?? this.document)?.sessions ?? [];
    const after = newValue && !hostDate ? focusAfterValue(this.renderRoot, this.document, this.range, this.focusDate, dropped && { ...dropped, beside: (gone) => agendaPart.module?.agendaBeside(was, this.hiddenCourses, this.range, dropped.id, dropped.on, gone) }) : null;
    this.#hostSeen = this.hostRevision;
    if (after) (this.#pendingFocus = after), this.currentView === 'agenda' || (this.date = after.type === 'day' ? after.date : (after.on ?? this.date));
    if (id && on && newView) (this.#pendingFocus ??= { type: 'session', id, on }), toAgenda && rangeHas(this.range, on) && (this.agendaActive = `${id}@${on}`);
    // The agenda row focus is on (or a pick-up a host value ended on) is drawn below, where it is and where the value has it (before, focus fell to the list's Tab stop: a second render).
    const focusRow = dropped ?? (id && on ? { id, on } : null);
    this.#keepHostDate = !!active && this.currentView === 'agenda' && (byHost || (toAgenda && hostDate));
    // The agenda row this render focuses (a pick-up, its moves and drop, undo/redo, Escape; after a removal the row beside it, whose session's first row is the one shown now): its key becomes the list's roving item and its day the focus date now, as focus on it makes them (setAgendaActive), not after the render (a second render: Lit's change-in-update). A piece outside the period shown is left to that focus (its session's first piece there takes it).
    const ahead = this.currentView === 'agenda' && !this.#keepHostDate && this.#pendingFocus?.type === 'session' ? this.#pendingFocus : null;
    const aheadOn = ahead && (ahead.on ?? sessionControl(this.renderRoot, ahead.id)?.dataset.on);
    if (ahead && aheadOn && rangeHas(this.range, aheadOn)) (this.agendaActive = `${ahead.id}@${aheadOn}`), (this.date = aheadOn);
    const held = this.#moves?.beforeRender(this.range, this.narrow); // a pick-up the period shown has no place for ends now, not after the render
    const { view, start, end } = this.range; // another period: the agenda's first rows, in the render that shows it (not a second); said after it
    const key = `${view}|${start}|${end}`;
    const newPeriod = key !== this.#lastRange;
    if (newPeriod) (this.#lastRange = key), (this.agendaLimit = AGENDA_BATCH), (this.#newRange = { view, start, end });
    // The agenda row this render focuses or moves (a pick-up and its steps, the drop, undo/redo, a view switched under focus), the row focus is on, and open details' row are drawn, past the rows shown so far too (a new period, a host value that moved them past): before, the move was cancelled, focus fell to the Tab stop, the details' rows came in a second render (all rows, set in updated()). (The agenda part draws no list before it loads.)
    for (const row of [this.#pendingFocus?.type === 'session' ? this.#pendingFocus : held, this.openItem?.type === 'session' ? this.openItem : null, focusRow])
      if (row && view === 'agenda' && this.document && agendaPart.module) this.agendaLimit = Math.max(this.agendaLimit, agendaPart.module.agendaRowsThrough(this.document.sessions, this.hiddenCourses, this.#moving, this.range, row.id, row.on));
    // Announced before rendering, so the live region updates in the same render.
    const title = this.#title();
    const shown = `${view}|${title}`;
    // After undo/redo, a move or a plan the announcement names the edit; the new period title would drown it. Another view with the same title (month and list) says its name too (`viewTitle`), but not over a pick-up's words (where the moved session is now).
    if (this.#lastTitle !== null && shown !== this.#lastTitle && this.document && !this.#quietTitle) this.#lastTitle.endsWith('|' + title) ? this.#moving || this.announcer.announce(viewTitle(view, this.focusDate, this.textLocale)) : this.announcer.announce(title);
    this.#quietTitle = false;
    this.#lastTitle = shown;
    if (changed.has('document')) {
      const doc = this.document;
      this.#sheets.applyCourseColors(doc);
      this.#moves?.documentChanged(doc);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#newRange) emit(this, 'vk-range-change', this.#newRange), (this.#newRange = undefined);
    if (this.currentView === 'week') weekPart.module?.applyWeekGeometry(this.renderRoot); // drawn only once that module has loaded
    this.#clock.watch(this.range);
    const target = this.#pendingFocus;
    this.#pendingFocus = null;
    // The host's date in the agenda under focus (#keepHostDate): focus that fell goes to the list's Tab stop (the row nearest that date), and so does focus on a row (not one picked up), as the grid's follows to the day.
    const kept = this.shadowRoot?.activeElement;
    const row = kept?.matches('.agenda [data-session]') && !this.#moves?.pickedUp ? this.renderRoot.querySelector<HTMLElement>('.agenda [tabindex="0"]') : null;
    const el = (target && (target.type === 'day' ? dayCell(this.renderRoot, target.date) : sessionControl(this.renderRoot, target.id, target.on))) || (changed.has('date') ? followedDay(this.renderRoot, this.focusDate) : null) || (this.#keepHostDate ? (kept?.checkVisibility() ? row : this.defaultFocusTarget()) : null);
    if (el) focusInView(el);
    this.#keepHostDate = false;
    this.#moves?.afterRender();
    // Details to open, or open ones a host change took the anchor of: they open, follow or close (session-popover.ts, loaded when #popover is made).
    if (this.openItem && this.#popover && this.popoverPanel) this.#pending.end(), detailsPart.module?.placeDetails(this.#popover, this, this.openItem, this.document, this.popoverPanel, () => (this.openItem = null), (restore) => this.#closePopover(restore));
    this.#editing.patternDialog?.updated();
    fitLegendSoon(this.renderRoot); // names too wide for the legend: smaller when the page is next idle
    watchProbe(this.#resizeObserver, this.renderRoot); // a new probe (a render after the empty state): a change of the text size alone moves the tiers
  }

  // ——— moves ———

  /** The moves (they load with the calendar, calendar-parts.ts), made on the first focus or pointer over an editable calendar, a press or a pick-up: never for a calendar never edited. */
  #ensureMoves(): CalendarMoves {
    return (this.#moves ??= new CalendarMoves(this.#api()));
  }

  /** Focus or a pointer over an editable calendar: make the moves before the user needs them (undo keeps the session it changes drawn through them). */
  readonly #preloadMoves = (): void => void (this.editable && this.#ensureMoves());
  /** Not passive, and bound before a finger lands: a touch lifting a session keeps its moves from the page's scroll (calendar-moves.ts `touchMove`). */
  readonly #touchMove = (event: TouchEvent): void => this.#moves?.touchMove(event);

  /**
   * The session the user was on in the view (id, piece's day), kept while its details have focus, till focus goes to another control of
   * the calendar: lost focus goes back to it while it is drawn (a move in the page, `disabled` and enabled again; before, 7 Dec: its day).
   */
  #on?: DOMStringMap | undefined;
  readonly #focusin = (event: FocusEvent): void => {
    this.#preloadMoves();
    const control = event.composedPath()[0] as HTMLElement;
    if (!control.closest?.('.vk-popover')) this.#on = control.closest?.<HTMLElement>('[data-session]')?.dataset;
  };

  // ——— data for the view ———

  get #moving(): Grab | null {
    return this.#moves?.moving ?? null;
  }

  #title(): string {
    return periodTitle(this.currentView, this.focusDate, this.textLocale);
  }

  #context(doc: ScheduleDocument, special: Map<string, string[]>, locale: string): CalendarContext {
    return {
      locale,
      level: headingLevel(this.headingLevel),
      focusDate: this.focusDate,
      monthChips: this.#monthChips,
      today: this.#clock.today(),
      disabled: this.isDisabled,
      editable: this.editable,
      narrow: this.narrow,
      lanes: this.lanes,
      named: this.named,
      moving: this.#moving?.sessionId ?? null,
      keep: this.#moves?.keep ?? null,
      courses: new Map<string, Course>(doc.courses.map((c) => [c.id, c])),
      special,
      fullDate: (date) => fullDate(date, locale),
      on: {
        keydown: (e) => (this.currentView === 'agenda' ? this.#keys.onAgendaKeydown(e) : this.#keys.onGridKeydown(e)),
        keyup: (e) => this.#keys.onKeyup(e),
        pointerdown: (e) => this.#ensureMoves().onPointerDown(e),
        dayClick: (e, date) => this.#onDayClick(e, date),
        sessionClick: (e, id) => this.#onSessionClick(e, id),
        monthClick: (e) => this.#onMonthClick(e),
        openDay: (date) => this.#openDay(date),
        focusin: (e) => this.#keys.onAgendaFocus(e),
      },
    };
  }

  // ——— rendering ———

  protected renderDocument(doc: ScheduleDocument): TemplateResult {
    const view = this.currentView;
    const range = this.range;
    // Read once per render (a walk up the trees: a month asked it once per day cell).
    const locale = this.textLocale;
    const special = specialDays(range.start, range.end, doc, locale);
    const ctx = this.#context(doc, special, locale);
    const byDay = segmentsByDay(visibleSessions(doc.sessions, this.hiddenCourses, this.#moving), range.start, range.end, view === 'month' ? 'first-day' : 'every-day');
    let body: TemplateResult;
    if (view === 'month') body = renderMonth(ctx, range, byDay);
    else if (view === 'week') {
      const week = this.#use(weekPart);
      body = week
        ? week.renderWeek(ctx, range, byDay, osloNow(), dayNames)
        : html`<p class="week-loading" role="status">${weekPart.failed ? '' : msg('Laster ukevisning …', { id: 'course-calendar.week-loading' })}</p>`;
    } else {
      const agenda = this.#use(agendaPart);
      body = agenda ? agenda.renderAgenda(ctx, range, byDay, { active: this.agendaActive, limit: this.agendaLimit, showMore: () => (this.agendaLimit += AGENDA_BATCH * 5), sessions: visibleSessions(doc.sessions, this.hiddenCourses, null), goTo: (s) => (this.#goTo(s.start.slice(0, 10), false), (this.#pendingFocus = { type: 'session', id: s.id, on: s.start.slice(0, 10) })) }) : html`<p role="status"></p>`;
    }
    const toolbar = this.#toolbar(doc, view);
    return html`<div class="width-probe" aria-hidden="true"></div><div role="group" part="base" class="calendar" aria-label=${this.hostLabel?.trim() || msg('Kurskalender', { id: 'course-calendar.name' })} lang=${getLocale()} data-view=${view} ?data-editable=${this.editable} ?data-narrow=${this.narrow} @touchmove=${this.editable && view !== 'agenda' ? this.#touchMove : nothing}>
      ${renderToolbar(toolbar, ctx.level)} ${renderLegend(toolbar)} ${body}
      <span id="grid-hint" hidden>${gridHint(view)}</span>
      <span id="session-hint" hidden>${sessionHint(this.editable, !!this.#moving)}</span>
      <div class="vk-popover" part="popover" popover="manual" role="dialog" aria-labelledby="popover-title" tabindex="-1">${this.#renderPopover(doc, ctx)}</div>
      ${this.patternOpen && this.#editing.patternDialog ? this.#editing.patternDialog.render(doc, ctx) : nothing}
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
      legendOpen: this.legendOpen,
      legendKept: this.#legendKept,
      on: {
        navigate: (direction) => this.#setDate(this.#steps.step(this.currentView, this.focusDate, direction)),
        today: () => this.#goTo(today(), false),
        setView: (v) => (this.view = v),
        add: () => this.#editing.addSession(),
        plan: () => void this.#editing.openPattern(),
        download: () => void this.#editing.download(),
        toggleCourse: (id) => this.#toggleCourse(id, true),
        toggleLegend: () => (this.legendOpen = !this.legendOpen),
      },
      toolbarKeys: this.#bars.toolbar,
      legendKeys: this.#bars.legend,
    };
  }

  #renderPopover(doc: ScheduleDocument, ctx: CalendarContext): TemplateResult | typeof nothing {
    const open = this.openItem;
    if (!open) return nothing;
    const details = this.#use(detailsPart);
    if (!details) return (open.late = true), detailsPart.failed && this.#pending.end(true), nothing;
    this.#popover ??= new details.PopoverController(this);
    return details.renderDetails(ctx, open, doc, () => visibleSessions(doc.sessions, this.hiddenCourses, this.#moving), {
      close: () => this.#closePopover(true),
      update: (s, changes, said) => this.#editing.update(s, changes, said),
      announce: (text) => this.announcer.announce(text),
      remove: (s) => this.#editing.remove(s),
    });
  }

  // ——— navigation ———

  #goTo(to: string, focusDay: boolean): void {
    const date = this.#setDate(keepFocusDate(to));
    this.#steps.reset();
    if (focusDay) this.#pendingFocus = { type: 'day', date };
  }

  /** `say`: the legend's button, which says what that hides or shows (`courseShownWords`). */
  #toggleCourse(courseId: string, say?: boolean): void {
    const next = new Set(this.hiddenCourses);
    this.#legendKept.add(courseId);
    const hide = !next.delete(courseId);
    if (hide) next.add(courseId);
    this.hiddenCourses = next;
    if (say && this.document) this.announcer.announce(courseShownWords(this.document, courseId, hide, this.textLocale, this.range));
  }

  #onDayClick(event: Event, date: string): void {
    if (this.isDisabled) return;
    if ((event.target as HTMLElement).closest?.('[data-session], [data-more]')) return;
    if (date !== this.focusDate) this.#goTo(date, true);
  }

  /** Month view delegates: a click on a session opens it, on "+N" (or the markers) opens the day; elsewhere in a day focuses the day. */
  #onMonthClick(event: MouseEvent): void {
    const target = event.target as Element;
    const session = target.closest?.<HTMLElement>('[data-session]');
    if (session?.dataset.session) return this.#onSessionClick(event, session.dataset.session);
    // "+N" and the narrow form's markers: open the day.
    const more = target.closest?.<HTMLElement>('[data-more]');
    if (more?.dataset.more) return this.#openDay(more.dataset.more);
    const day = target.closest?.<HTMLElement>('.day[data-date]');
    if (!day?.dataset.date) return;
    this.#onDayClick(event, day.dataset.date);
    // Its name cut ("Påskefe…"): the day's list beside it says it whole (the line under the grid can be out of view).
    const name = day.querySelector('.special');
    if (name && name.scrollWidth > name.clientWidth + 1) this.#openDay(day.dataset.date);
  }

  #onSessionClick(event: Event, id: string): void {
    event.stopPropagation();
    if (this.#moves?.consumeClick() || this.isDisabled || this.#moves?.pickedUp) return;
    this.#openSession(id);
  }

  #openSession(id: string): void {
    const from = this.openItem?.type === 'day' ? this.openItem.date : undefined;
    if (this.#popover?.isOpen) this.#popover.close(false);
    this.open('session', id);
    this.#pendOpen();
    this.openItem = { type: 'session', id, from, on: focusedPieceDay(this.renderRoot, id) };
  }

  #openDay(date: string): void {
    if (this.isDisabled) return;
    if (this.#popover?.isOpen) this.#popover.close(false);
    this.#pendOpen();
    this.openItem = { type: 'day', date };
  }

  /** Details' chunk not in yet (a slow connection): the session or day pressed is busy until they open. */
  #pendOpen(): void {
    if (!detailsPart.module) this.#pending.start(this.shadowRoot!.activeElement);
  }

  #closePopover(restoreFocus: boolean): void {
    this.#popover?.close(restoreFocus);
    this.openItem = null;
  }

  // ——— undo, redo and focus (calendar-history.ts) ———

  protected override commit(operation: ScheduleOperation, source: 'user' | 'undo' | 'redo' = 'user'): boolean {
    this.#history.before(operation, source);
    return this.#history.after(operation, source, super.commit(operation, source));
  }

  protected override describeState(operation: ScheduleOperation): string | null {
    return this.#history.describeState(operation);
  }

  protected override describeOperation(operation: ScheduleOperation): string | null {
    return this.#history.describeOperation(operation);
  }

  /**
   * Where lost focus goes: the Tab stop of the bar that had it, else the session the user was on (`#on`) while it is drawn, else the grid's or the agenda's (not
   * the bars', first in the tree); disabled, when the grid has no Tab stop, the focus date's day.
   */
  protected override defaultFocusTarget(): HTMLElement | null {
    const root = this.renderRoot;
    return this.#bars.lostFocusTarget ?? (this.#on && sessionControl(root, this.#on.session!, this.#on.on)) ?? root.querySelector<HTMLElement>('[tabindex="0"]:not([data-key])') ?? dayCell(root, this.focusDate) ?? super.defaultFocusTarget();
  }

  protected override focusAfterChange(operation: ScheduleOperation | null): HTMLElement | null {
    return this.#history.focusAfterChange(operation, () => this.defaultFocusTarget());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vk-course-calendar': VkCourseCalendar;
  }
}
