import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { VkElement } from '../core/vk-element.js';
import { isRtl } from '../core/roving-focus.js';
import { PopoverController, popoverStyles } from '../core/popover.js';
import { KeyboardGrabController, PointerDragController, type DragPoint } from '../core/gesture.js';
import { isolate, resolvedLocale, resolveText } from '../core/text.js';
import { renderPictogram } from '../core/pictograms.js';
import { formatDate, todayIso } from '../core/dates.js';
import { DATE_PATTERN, isRealDate } from '../core/schema.js';
import { emit } from '../core/events.js';
import { tokens } from '../core/tokens.js';
import type { IsoDate, Text } from '../core/types.js';
import { scheduleModel } from './course-calendar.model.js';
import { courseCalendarStyles } from './course-calendar.styles.js';
import { addDays, addMinutes, dateTimeAt, daysBetween, isoWeek, minutesOf, rangeFor, startOfWeek, stepDate } from './calendar-dates.js';
import { segmentsByDay } from './calendar-layout.js';
import { holidayName, holidaysBetween } from './holidays.js';
import { renderMonth } from './month-view.js';
import { AGENDA_BATCH, renderAgenda } from './agenda-view.js';
import { renderDayDetails, renderSessionDetails, type PopoverActions } from './session-popover.js';
import { clock, kindLabel, sessionName, type ViewContext } from './session-chip.js';
import type { PatternDialog } from './pattern-dialog.js';
import type * as WeekViewModule from './week-view.js';
import {
  calendarViews,
  type CalendarRange,
  type CalendarView,
  type Course,
  type ScheduleDocument,
  type ScheduleOperation,
  type Session,
  type SessionChanges,
  type SessionTimes,
} from './course-calendar.types.js';

export { kindLabel } from './session-chip.js';
export { MONTH_CELL_LIMIT } from './month-view.js';

/** Snap of keyboard and pointer moves and resizes, minutes. */
const SNAP = 15;
/** Below this width (px) the calendar's default view is the agenda. */
export const AGENDA_BELOW = 480;

/**
 * The week view (with d3-scale for its time axis) loads on first use — right after the first
 * render, or at once when the calendar starts in week view — so a month or agenda calendar does not
 * pay for it up front. `updateComplete` waits for it.
 */
let weekView: typeof WeekViewModule | null = null;
let weekViewLoading: Promise<typeof WeekViewModule> | null = null;
function loadWeekView(): Promise<typeof WeekViewModule> {
  weekViewLoading ??= import('./week-view.js').then((module) => (weekView = module));
  return weekViewLoading;
}

const chevron = svg`<path d="M15 6l-6 6 6 6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`;

type PopoverState = { readonly type: 'session'; readonly id: string } | { readonly type: 'day'; readonly date: string } | null;
type FocusTarget = { readonly type: 'day'; readonly date: string } | { readonly type: 'session'; readonly id: string } | null;
/** A session being moved or resized: where it was and where it would land. */
interface Grab {
  readonly sessionId: string;
  readonly from: SessionTimes;
  readonly to: SessionTimes;
}
interface Drag extends Grab {
  readonly mode: 'move' | 'resize';
}

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
  static override styles = [tokens, popoverStyles, courseCalendarStyles];
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

  readonly #popover = new PopoverController(this);
  readonly #grab = new KeyboardGrabController<Grab>(this, {
    revision: () => this.hostRevision,
    item: (grab) => this.#sessionControl(grab.sessionId),
    onCancel: (grab) => {
      this.date = grab.from.start.slice(0, 10);
      this.announcer.announce(msg('Flytting avbrutt. Økten er satt tilbake.', { id: 'course-calendar.announce.cancelled' }));
    },
  });
  readonly #drag = new PointerDragController<Drag>(this, {
    revision: () => this.hostRevision,
    item: (drag) => this.#sessionControl(drag.sessionId),
    onMove: (drag, point) => ({ ...drag, to: drag.mode === 'resize' ? this.#resizeTarget(drag, point) : this.#moveTarget(drag, point) }),
    onDrop: (drag) => this.#commitTimes(drag),
    onCancel: () => this.announcer.announce(msg('Flytting avbrutt. Økten er satt tilbake.', { id: 'course-calendar.announce.cancelled' })),
  });
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

  /** The focus date in use: `date` when it is a real date, else today. */
  get focusDate(): string {
    return DATE_PATTERN.test(this.date) && isRealDate(this.date) ? this.date : todayIso();
  }

  /** The view in use: `view` when known, else month (agenda below 480 px). */
  get currentView(): CalendarView {
    if (this.view && (calendarViews as readonly string[]).includes(this.view)) return this.view;
    return this.narrow ? 'agenda' : 'month';
  }

  /** The days shown: `{ view, start, end }`, ISO dates, `end` exclusive. Read-only. */
  get range(): CalendarRange {
    return rangeFor(this.currentView, this.focusDate);
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
    // The "now" line moves once a minute.
    this.#clock = setInterval(() => {
      if (this.currentView === 'week') this.nowTick++;
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    clearInterval(this.#clock);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (!weekView) setTimeout(() => void loadWeekView(), 0);
  }

  /** Also waits for the week view's module when the week view is shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.isConnected && this.document && this.currentView === 'week' && !weekView) {
      await loadWeekView();
      this.requestUpdate();
      result = await super.getUpdateComplete();
    }
    return result;
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
      const open = this.openItem;
      if (open?.type === 'session' && !doc?.sessions.some((s) => s.id === open.id)) this.#closePopover(false);
      const grabbed = this.#grab.state;
      if (grabbed && !doc?.sessions.some((s) => s.id === grabbed.sessionId)) this.#grab.cancel('removed', false);
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
    this.#applyCssom();
    if (this.#pendingFocus) {
      const target = this.#pendingFocus;
      this.#pendingFocus = null;
      const el = target.type === 'day' ? this.#dayCell(target.date) : this.#sessionControl(target.id);
      el?.focus();
    }
    if (this.openItem && this.popoverPanel && !this.#popover.isOpen) {
      const anchor = this.#popoverAnchor(this.openItem);
      if (anchor) this.#popover.open(anchor, this.popoverPanel, () => (this.openItem = null));
    }
    this.#patternDialog?.updated();
  }

  /** Dynamic values go through the CSSOM (strict CSP: no style attributes in markup). */
  #applyCssom(): void {
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-color]')) el.style.setProperty('--_vk-course', el.dataset.color ?? '');
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-top]')) {
      el.style.setProperty('--_vk-top', el.dataset.top ?? '0');
      if (el.dataset.size) el.style.setProperty('--_vk-size', el.dataset.size);
      if (el.dataset.lane) el.style.setProperty('--_vk-lane', el.dataset.lane);
      if (el.dataset.lanes) el.style.setProperty('--_vk-lanes', el.dataset.lanes);
    }
    const body = this.renderRoot.querySelector<HTMLElement>('[data-hours]');
    body?.style.setProperty('--_vk-hours', body.dataset.hours ?? '11');
  }

  // ——— data for the view ———

  /** The session being moved or resized, with its preview times. */
  get #moving(): Grab | null {
    return this.#grab.state ?? (this.#drag.dragging ? this.#drag.state : null);
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
      moving: this.#moving?.sessionId ?? null,
      courses: new Map<string, Course>(doc.courses.map((c) => [c.id, c])),
      special,
      fullDate: (date) => this.#fullDate(date),
      on: {
        keydown: (e) => (this.currentView === 'agenda' ? this.#onAgendaKeydown(e) : this.#onGridKeydown(e)),
        keyup: (e) => this.#onKeyup(e),
        pointerdown: (e) => this.#onPointerDown(e),
        dayClick: (e, date) => this.#onDayClick(e, date),
        sessionClick: (e, id) => this.#onSessionClick(e, id),
        openDay: (date) => this.#openDay(date),
        focusin: (e) => this.#onAgendaFocus(e),
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
      if (weekView) body = weekView.renderWeek(ctx, range, byDay, { date: todayIso(), minutes: now.getHours() * 60 + now.getMinutes() });
      else {
        void loadWeekView().then(() => this.requestUpdate());
        body = html`<p class="week-loading" role="status">${msg('Laster ukevisning …', { id: 'course-calendar.week-loading' })}</p>`;
      }
    }
    else body = renderAgenda(ctx, range, byDay, { active: this.agendaActive, limit: this.agendaLimit, showMore: () => this.#showMoreAgenda() });
    return html`<section part="base" class="calendar" data-view=${view} ?data-editable=${this.editable} aria-labelledby="title">
      ${this.#renderToolbar(doc, view)} ${this.#renderLegend(doc)} ${body}
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
    </section>`;
  }

  #renderToolbar(doc: ScheduleDocument, view: CalendarView): TemplateResult {
    const week = view === 'week';
    const viewNames: Record<CalendarView, string> = {
      month: msg('Måned', { id: 'course-calendar.view.month' }),
      week: msg('Uke', { id: 'course-calendar.view.week' }),
      agenda: msg('Liste', { id: 'course-calendar.view.agenda' }),
    };
    const disabled = this.isDisabled;
    return html`<div class="toolbar" part="toolbar">
      <div class="nav">
        <button type="button" class="icon" data-action="previous" ?disabled=${disabled} aria-label=${week ? msg('Forrige uke', { id: 'course-calendar.previous-week' }) : msg('Forrige måned', { id: 'course-calendar.previous-month' })} @click=${() => this.#navigate(-1)}>
          <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${chevron}</svg>
        </button>
        <button type="button" data-action="today" ?disabled=${disabled} @click=${() => this.#goTo(todayIso(), false)}>${msg('I dag', { id: 'course-calendar.today' })}</button>
        <button type="button" class="icon" data-action="next" ?disabled=${disabled} aria-label=${week ? msg('Neste uke', { id: 'course-calendar.next-week' }) : msg('Neste måned', { id: 'course-calendar.next-month' })} @click=${() => this.#navigate(1)}>
          <svg class="chevron chevron--next" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${chevron}</svg>
        </button>
      </div>
      <p class="title" id="title" part="title">${this.#title()}</p>
      <div class="views" role="group" aria-label=${msg('Visning', { id: 'course-calendar.view.label' })}>
        ${calendarViews.map(
          (v) => html`<button type="button" data-view=${v} aria-pressed=${v === view ? 'true' : 'false'} ?disabled=${disabled} @click=${() => this.#setView(v)}>${viewNames[v]}</button>`,
        )}
      </div>
      <div class="actions">
        ${this.editable
          ? html`<button type="button" data-action="add" ?disabled=${doc.courses.length === 0} @click=${() => this.#addSession()}>${msg('Ny økt', { id: 'course-calendar.add' })}</button>
              <button type="button" data-action="plan" aria-haspopup="dialog" ?disabled=${doc.courses.length === 0} @click=${() => void this.#openPattern()}>${msg('Planlegg kurs', { id: 'course-calendar.plan' })}</button>`
          : nothing}
        <button type="button" data-action="ics" ?disabled=${disabled} @click=${() => void this.#download()}>${msg('Last ned (.ics)', { id: 'course-calendar.download' })}</button>
      </div>
    </div>`;
  }

  #renderLegend(doc: ScheduleDocument): TemplateResult | typeof nothing {
    if (doc.courses.length === 0) return nothing;
    const locale = this.textLocale;
    return html`<div class="legend" part="legend" role="group" aria-label=${msg('Vis kurs', { id: 'course-calendar.legend' })}>
      ${doc.courses.map(
        (course) => html`<button type="button" class="legend-item" data-course=${course.id} data-color=${course.color ?? nothing} aria-pressed=${this.hiddenCourses.has(course.id) ? 'false' : 'true'} ?disabled=${this.isDisabled} @click=${() => this.#toggleCourse(course.id)}>
          <span class="swatch" aria-hidden="true"></span>${renderPictogram(course.pictogram, locale, true)}<span class="legend-title" lang=${resolvedLocale(course.title, locale)}>${resolveText(course.title, locale)}</span>
        </button>`,
      )}
    </div>`;
  }

  #renderPopover(doc: ScheduleDocument, ctx: ViewContext): TemplateResult | typeof nothing {
    const open = this.openItem;
    if (!open) return nothing;
    const actions: PopoverActions = {
      close: () => this.#closePopover(true),
      updateText: (s, field, value) => this.#updateText(s, field, value),
      setTime: (s, field, input) => this.#setTime(s, field, input),
      setKind: (s, kind) => this.#update(s, { kind }),
      setCancelled: (s, cancelled) => this.#update(s, { cancelled: cancelled ? true : null }),
      remove: (s) => this.#remove(s),
    };
    if (open.type === 'day') {
      const segments = segmentsByDay(this.#visibleSessions(doc), open.date, addDays(open.date, 1), 'every-day').get(open.date) ?? [];
      return renderDayDetails(ctx, open.date, segments, actions);
    }
    const session = doc.sessions.find((s) => s.id === open.id);
    return session ? renderSessionDetails(ctx, session, actions) : nothing;
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

  #setView(view: CalendarView): void {
    this.view = view;
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
    if (this.#drag.consumeClick()) return;
    if (this.isDisabled || this.#grab.active) return;
    this.#openSession(id);
  }

  #openSession(id: string): void {
    if (this.#popover.isOpen) this.#popover.close(false);
    this.open('session', id);
    this.openItem = { type: 'session', id };
  }

  #openDay(date: string): void {
    if (this.isDisabled) return;
    if (this.#popover.isOpen) this.#popover.close(false);
    this.openItem = { type: 'day', date };
  }

  #closePopover(restoreFocus: boolean): void {
    this.#popover.close(restoreFocus);
    this.openItem = null;
  }

  #showMoreAgenda(): void {
    this.agendaLimit += AGENDA_BATCH * 5;
  }

  // ——— keyboard ———

  /** The visible session and "+N" controls of the cell (or agenda) around `control`, in order. */
  #siblings(control: HTMLElement): HTMLElement[] {
    const container = control.closest('.day') ?? control.closest('.agenda');
    return Array.from(container?.querySelectorAll<HTMLElement>('[data-session], [data-more]') ?? []).filter((el) => el.checkVisibility());
  }

  #onKeyup(event: KeyboardEvent): void {
    // A button clicks on Space's keyup; on a session Space picks up, it does not open.
    if (event.key === ' ' && (event.composedPath()[0] as HTMLElement).closest?.('[data-session]')) event.preventDefault();
  }

  #onGridKeydown(event: KeyboardEvent): void {
    if (this.isDisabled || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0] as HTMLElement;
    if (this.#grab.active) {
      this.#onGrabKeydown(event);
      return;
    }
    const control = target.closest?.<HTMLElement>('[data-session], [data-more]');
    if (control) {
      this.#onSessionKeydown(event, control);
      return;
    }
    const cell = target.closest?.<HTMLElement>('.day');
    if (cell?.dataset.date) this.#onDayKeydown(event, cell.dataset.date);
  }

  #onDayKeydown(event: KeyboardEvent, date: string): void {
    const rtl = isRtl(this);
    const month = this.currentView === 'month';
    let next: string | null = null;
    switch (event.key) {
      case 'ArrowRight':
        next = addDays(date, rtl ? -1 : 1);
        break;
      case 'ArrowLeft':
        next = addDays(date, rtl ? 1 : -1);
        break;
      case 'ArrowDown':
        if (month) next = addDays(date, 7);
        break;
      case 'ArrowUp':
        if (month) next = addDays(date, -7);
        break;
      case 'Home':
        next = startOfWeek(date);
        break;
      case 'End':
        next = addDays(startOfWeek(date), 6);
        break;
      case 'PageUp':
      case 'PageDown': {
        event.preventDefault();
        const stepped = this.#step(event.key === 'PageUp' ? -1 : 1);
        this.date = stepped;
        this.#pendingFocus = { type: 'day', date: stepped };
        return;
      }
      case 'Enter': {
        event.preventDefault();
        const first = Array.from(this.#dayCell(date)?.querySelectorAll<HTMLElement>('[data-session], [data-more]') ?? []).find((el) => el.checkVisibility());
        first?.focus();
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    if (next) this.#goTo(next, true);
  }

  #onSessionKeydown(event: KeyboardEvent, control: HTMLElement): void {
    const siblings = this.#siblings(control);
    const index = siblings.indexOf(control);
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        siblings[index + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
        return;
      }
      case 'Escape': {
        event.preventDefault();
        control.closest<HTMLElement>('.day')?.focus();
        return;
      }
      case 'Enter':
      case ' ': {
        event.preventDefault();
        if (control.dataset.more) this.#openDay(control.dataset.more);
        else if (control.dataset.session) {
          if (event.key === 'Enter') this.#openSession(control.dataset.session);
          else this.#pickUp(control.dataset.session);
        }
        return;
      }
      default:
        if (event.key.startsWith('Arrow') || event.key.startsWith('Page') || event.key === 'Home' || event.key === 'End') event.preventDefault();
    }
  }

  #onAgendaKeydown(event: KeyboardEvent): void {
    if (this.isDisabled || event.altKey || event.ctrlKey || event.metaKey) return;
    if (this.#grab.active) {
      this.#onGrabKeydown(event);
      return;
    }
    const control = (event.composedPath()[0] as HTMLElement).closest?.<HTMLElement>('[data-session]');
    if (!control?.dataset.session) return;
    const all = Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.agenda [data-session]'));
    const index = all.indexOf(control);
    let next = -1;
    switch (event.key) {
      case 'ArrowDown':
        next = index + 1;
        break;
      case 'ArrowUp':
        next = index - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = Number.POSITIVE_INFINITY;
        break;
      case 'Enter':
        event.preventDefault();
        this.#openSession(control.dataset.session);
        return;
      case ' ':
        event.preventDefault();
        this.#pickUp(control.dataset.session);
        return;
      default:
        return;
    }
    event.preventDefault();
    const more = this.renderRoot.querySelector('[data-action="agenda-more"]');
    if (!more && next >= all.length) next = event.key === 'End' ? all.length - 1 : -1;
    if (next >= all.length && more) {
      // Past the rendered pieces: render the rest, then go on.
      this.agendaLimit = Number.MAX_SAFE_INTEGER;
      void this.updateComplete.then(() => {
        const fresh = Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.agenda [data-session]'));
        this.#focusAgenda(fresh[Math.min(next, fresh.length - 1)]);
      });
      return;
    }
    this.#focusAgenda(all[next]);
  }

  #focusAgenda(target: HTMLElement | undefined): void {
    if (!target?.dataset.session) return;
    this.agendaActive = `${target.dataset.session}@${target.dataset.on}`;
    target.focus();
  }

  #onAgendaFocus(event: FocusEvent): void {
    const control = (event.target as HTMLElement).closest?.<HTMLElement>('[data-session]');
    if (!control?.dataset.session) return;
    const key = `${control.dataset.session}@${control.dataset.on}`;
    if (key !== this.agendaActive) this.agendaActive = key;
  }

  // ——— moving and resizing sessions ———

  #pickUp(sessionId: string): void {
    if (!this.editable) return;
    const session = this.document?.sessions.find((s) => s.id === sessionId);
    if (!session) return;
    const times = { start: session.start, end: session.end };
    this.#grab.pickUp({ sessionId, from: times, to: times });
    this.#pendingFocus = { type: 'session', id: sessionId };
    this.announcer.announce(
      msg(str`Plukket opp ${this.#sessionName(session)}. Piltaster flytter, mellomrom slipper, Escape avbryter.`, { id: 'course-calendar.announce.grabbed' }),
    );
  }

  #onGrabKeydown(event: KeyboardEvent): void {
    const grab = this.#grab.state;
    if (!grab) return;
    const rtl = isRtl(this);
    const week = this.currentView === 'week';
    let minutes = 0;
    let resize = 0;
    switch (event.key) {
      case 'ArrowRight':
        minutes = (rtl ? -1 : 1) * 1440;
        break;
      case 'ArrowLeft':
        minutes = (rtl ? 1 : -1) * 1440;
        break;
      case 'ArrowDown':
        if (event.shiftKey) resize = SNAP;
        else minutes = week ? SNAP : 7 * 1440;
        break;
      case 'ArrowUp':
        if (event.shiftKey) resize = -SNAP;
        else minutes = week ? -SNAP : -7 * 1440;
        break;
      case ' ':
      case 'Enter':
        event.preventDefault();
        this.#drop();
        return;
      default:
        return;
    }
    event.preventDefault();
    let to: SessionTimes;
    if (resize !== 0) {
      const end = addMinutes(grab.to.end, resize);
      if (daysBetween(grab.to.start.slice(0, 10), end.slice(0, 10)) * 1440 + minutesOf(end) - minutesOf(grab.to.start) < SNAP) {
        this.announcer.announce(msg('Økten kan ikke bli kortere.', { id: 'course-calendar.announce.too-short' }));
        return;
      }
      to = { start: grab.to.start, end };
    } else {
      to = { start: addMinutes(grab.to.start, minutes), end: addMinutes(grab.to.end, minutes) };
    }
    this.#grab.set({ ...grab, to });
    this.date = to.start.slice(0, 10);
    this.#pendingFocus = { type: 'session', id: grab.sessionId };
    this.announcer.announce(msg(str`${isolate(this.#fullDate(to.start.slice(0, 10)))}, ${isolate(clock(to.start))}–${isolate(clock(to.end))}`, { id: 'course-calendar.announce.position' }));
  }

  #drop(): void {
    const grab = this.#grab.drop();
    if (!grab) return;
    this.#pendingFocus = { type: 'session', id: grab.sessionId };
    if (!this.#commitTimes(grab)) this.date = grab.from.start.slice(0, 10);
  }

  /**
   * Commits a move (`session.move`) or, when only the end changed, a resize
   * (`session.update {changes: {end}}`). Returns false when nothing was committed.
   */
  #commitTimes(grab: Grab): boolean {
    const { from, to, sessionId } = grab;
    this.#pendingFocus = { type: 'session', id: sessionId };
    if (to.start === from.start && to.end === from.end) {
      this.announcer.announce(msg('Økten ble ikke flyttet.', { id: 'course-calendar.announce.unmoved' }));
      return false;
    }
    const operation: ScheduleOperation = to.start === from.start ? { type: 'session.update', sessionId, changes: { end: to.end } } : { type: 'session.move', sessionId, from, to };
    if (!this.commit(operation)) {
      this.announcer.announce(msg('Flyttingen ble avvist.', { id: 'course-calendar.announce.rejected' }));
      return false;
    }
    this.announcer.announce(
      operation.type === 'session.update'
        ? msg(str`Slutter nå ${isolate(clock(to.end))}`, { id: 'course-calendar.announce.resized' })
        : msg(str`Flyttet til ${isolate(this.#fullDate(to.start.slice(0, 10)))}, ${isolate(clock(to.start))}–${isolate(clock(to.end))}`, { id: 'course-calendar.announce.moved' }),
    );
    return true;
  }

  #onPointerDown(event: PointerEvent): void {
    if (!this.editable || event.button !== 0 || this.#grab.active || this.currentView === 'agenda') return;
    const origin = event.composedPath()[0] as HTMLElement;
    const control = origin.closest?.<HTMLElement>('[data-session]');
    const id = control?.dataset.session;
    const session = id ? this.document?.sessions.find((s) => s.id === id) : undefined;
    if (!session || !control) return;
    const resize = this.currentView === 'week' && !!origin.closest?.('[data-resize]');
    if (resize) event.preventDefault();
    const times = { start: session.start, end: session.end };
    this.#drag.begin(event, { sessionId: session.id, from: times, to: times, mode: resize ? 'resize' : 'move' });
  }

  /** The day cell under a viewport point. */
  #cellAt(x: number, y: number): HTMLElement | undefined {
    return (this.renderRoot as ShadowRoot).elementsFromPoint(x, y).find((el): el is HTMLElement => el instanceof HTMLElement && el.classList.contains('day') && !!el.dataset.date);
  }

  /** Where a moved session would land: the day under the pointer, and in week view the time. */
  #moveTarget(drag: Drag, point: DragPoint): SessionTimes {
    const startDate = drag.from.start.slice(0, 10);
    const pressDate = this.#cellAt(point.x - point.dx, point.y - point.dy)?.dataset.date ?? startDate;
    const date = this.#cellAt(point.x, point.y)?.dataset.date ?? pressDate;
    let minutes = 1440 * daysBetween(pressDate, date);
    if (this.currentView === 'week') {
      const column = this.renderRoot.querySelector<HTMLElement>('.week-day');
      const height = column?.getBoundingClientRect().height ?? 0;
      const hours = Number(this.renderRoot.querySelector<HTMLElement>('[data-hours]')?.dataset.hours ?? '11');
      if (height > 0) minutes += Math.round((point.dy * hours * 60) / height / SNAP) * SNAP;
    }
    return { start: addMinutes(drag.from.start, minutes), end: addMinutes(drag.from.end, minutes) };
  }

  /** Where a resized session would end: the time under the pointer in the column under it (15-minute snap). */
  #resizeTarget(drag: Drag, point: DragPoint): SessionTimes {
    const cell = this.#cellAt(point.x, point.y) ?? this.#dayCell(drag.from.end.slice(0, 10)) ?? this.#dayCell(drag.from.start.slice(0, 10));
    const doc = this.document;
    if (!cell?.dataset.date || !doc || !weekView) return drag.to;
    const { timeAxis, minutesAt } = weekView;
    const range = this.range;
    const axis = timeAxis(segmentsByDay(this.#visibleSessions({ ...doc, sessions: doc.sessions.map((s) => (s.id === drag.sessionId ? { ...s, ...drag.from } : s)) }), range.start, range.end, 'every-day'));
    const rect = cell.getBoundingClientRect();
    const minutes = minutesAt(axis, Math.min(1, Math.max(0, (point.y - rect.top) / rect.height)), SNAP);
    let end = dateTimeAt(cell.dataset.date, minutes);
    const earliest = addMinutes(drag.from.start, SNAP);
    if (end < earliest) end = earliest;
    return { start: drag.from.start, end };
  }

  // ——— edits ———

  #sessionName(session: Session): string {
    return sessionName(session, new Map(this.document?.courses.map((c) => [c.id, c]) ?? []), this.textLocale);
  }

  #courseTitle(courseId: string): string {
    return isolate(resolveText(this.document?.courses.find((c) => c.id === courseId)?.title, this.textLocale));
  }

  #update(session: Session, changes: SessionChanges): void {
    if (!this.editable) return;
    if (this.commit({ type: 'session.update', sessionId: session.id, changes })) this.announcer.announce(msg('Økten er endret.', { id: 'course-calendar.announce.updated' }));
  }

  /**
   * Changes the start or end time (`session.update`) keeping the date of that field; an end that
   * would not be after the start is refused with an announcement and the field shows the old time.
   */
  #setTime(session: Session, field: 'start' | 'end', input: HTMLInputElement): void {
    const time = input.value;
    const next = `${session[field].slice(0, 10)}T${time}`;
    const start = field === 'start' ? next : session.start;
    const end = field === 'end' ? next : session.end;
    if (!/^\d{2}:\d{2}$/.test(time) || end <= start) {
      input.value = clock(session[field]);
      this.announcer.announce(msg('Slutt må være etter start.', { id: 'course-calendar.announce.bad-time' }));
      return;
    }
    if (next !== session[field]) this.#update(session, { [field]: next });
  }

  /** Edits one language of a text field; other languages are kept; empty removes the field. */
  #updateText(session: Session, field: 'title' | 'place', value: string): void {
    const text = value.trim();
    const current = session[field] as Text | undefined;
    const locale = this.textLocale;
    let next: Text | null;
    if (!text) next = null;
    else if (current === undefined || typeof current === 'string') next = text;
    else next = { ...current, [resolvedLocale(current, locale)]: text };
    this.#update(session, { [field]: next });
  }

  #remove(session: Session): void {
    if (!this.editable) return;
    const date = session.start.slice(0, 10);
    this.#popover.close(false);
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
    const ids = new Set([...doc.courses.map((c) => c.id), ...doc.sessions.map((s) => s.id)]);
    let n = doc.sessions.length + 1;
    while (ids.has(`session-${n}`)) n++;
    const date = this.focusDate;
    const session: Session = { id: `session-${n}`, courseId: course.id, start: `${date}T09:00`, end: `${date}T10:00`, kind: 'theory' };
    if (this.commit({ type: 'session.add', session })) {
      this.announcer.announce(msg('Ny økt lagt til.', { id: 'course-calendar.announce.added' }));
      this.#openSession(session.id);
    }
  }

  async #openPattern(): Promise<void> {
    if (!this.editable) return;
    if (!this.#patternDialog) {
      const { PatternDialog } = await import('./pattern-dialog.js');
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
    const text = await this.exportICS();
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'kurskalender.ics';
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.announcer.announce(msg('Kalenderfilen kurskalender.ics er lastet ned.', { id: 'course-calendar.announce.downloaded' }));
  }

  // ——— undo, redo and focus ———

  /** Undo and redo follow the session they change: the calendar shows its day, then focuses it. */
  protected override commit(operation: ScheduleOperation, source: 'user' | 'undo' | 'redo' = 'user'): boolean {
    const before = this.document;
    if (operation.type === 'session.remove') this.#removedDate = before?.sessions.find((s) => s.id === operation.sessionId)?.start.slice(0, 10) ?? null;
    const ok = super.commit(operation, source);
    if (ok && source !== 'user') {
      const id = operation.type === 'session.move' || operation.type === 'session.update' ? operation.sessionId : operation.type === 'session.add' ? operation.session.id : operation.type === 'sessions.add' ? operation.sessions[0]?.id : undefined;
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
    const doc = this.document;
    const find = (id: string): Session | undefined => doc?.sessions.find((s) => s.id === id);
    switch (operation.type) {
      case 'session.move':
        return msg(str`flyttet ${this.#courseTitle(find(operation.sessionId)?.courseId ?? '')} til ${isolate(this.#fullDate(operation.to.start.slice(0, 10)))}`, { id: 'course-calendar.describe.move' });
      case 'session.update': {
        const session = find(operation.sessionId);
        const course = this.#courseTitle(session?.courseId ?? '');
        const keys = Object.keys(operation.changes);
        if (keys.length === 1 && keys[0] === 'end' && typeof operation.changes.end === 'string') return msg(str`endret slutten på ${course} til ${isolate(clock(operation.changes.end))}`, { id: 'course-calendar.describe.resize' });
        return msg(str`endret ${course}`, { id: 'course-calendar.describe.update' });
      }
      case 'session.add':
        return msg(str`la til ${this.#courseTitle(operation.session.courseId)}`, { id: 'course-calendar.describe.add' });
      case 'sessions.add':
        return msg(str`la til ${operation.sessions.length} økter`, { id: 'course-calendar.describe.add-many' });
      case 'sessions.remove':
        return msg(str`fjernet ${operation.sessionIds.length} økter`, { id: 'course-calendar.describe.remove-many' });
      case 'session.remove':
        return msg('slettet en økt', { id: 'course-calendar.describe.remove' });
      default:
        return null;
    }
  }

  protected override focusAfterChange(operation: ScheduleOperation | null): HTMLElement | null {
    if (operation) {
      const id = operation.type === 'session.move' || operation.type === 'session.update' ? operation.sessionId : operation.type === 'session.add' ? operation.session.id : operation.type === 'sessions.add' ? operation.sessions[0]?.id : undefined;
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
