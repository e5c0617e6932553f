import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { VkElement } from '../core/vk-element.js';
import { isRtl } from '../core/roving-focus.js';
import { PopoverController, popoverStyles } from '../core/popover.js';
import { resolvedLocale, resolveText } from '../core/text.js';
import { renderPictogram } from '../core/pictograms.js';
import { formatDate, todayIso } from '../core/dates.js';
import { DATE_PATTERN, isRealDate } from '../core/schema.js';
import { emit } from '../core/events.js';
import { tokens } from '../core/tokens.js';
import type { Text } from '../core/types.js';
import { scheduleModel } from './course-calendar.model.js';
import { courseCalendarStyles } from './course-calendar.styles.js';
import { addDays, addMinutes, datesIn, daysBetween, isoWeek, minutesBetween, minutesOf, rangeFor, startOfWeek, stepDate } from './calendar-dates.js';
import { holidayName, holidaysBetween } from './holidays.js';
import {
  calendarViews,
  sessionKinds,
  type CalendarRange,
  type CalendarView,
  type Course,
  type ScheduleDocument,
  type ScheduleOperation,
  type Session,
  type SessionChanges,
  type SessionKind,
  type SessionTimes,
} from './course-calendar.types.js';

/** Sessions a month cell shows before "+N more"; the rest are not rendered until opened. */
export const MONTH_CELL_LIMIT = 3;
/** The week view's default time axis (minutes); widened to fit earlier or later sessions. */
const AXIS_START = 7 * 60;
const AXIS_END = 18 * 60;
const SNAP = 15;

export function kindLabel(kind: SessionKind): string {
  switch (kind) {
    case 'theory':
      return msg('Teori', { id: 'course-calendar.kind.theory' });
    case 'practice':
      return msg('Praksis', { id: 'course-calendar.kind.practice' });
    case 'language':
      return msg('Norsk', { id: 'course-calendar.kind.language' });
    case 'exam':
      return msg('Prøve', { id: 'course-calendar.kind.exam' });
    default:
      return msg('Annet', { id: 'course-calendar.kind.other' });
  }
}

const kindPictograms: Record<SessionKind, string> = {
  theory: 'vk:course',
  practice: 'vk:work-practice',
  language: 'vk:norwegian-class',
  exam: 'vk:exam',
  other: 'vk:calendar',
};

const chevron = svg`<path d="M15 6l-6 6 6 6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`;

type PopoverState = { readonly type: 'session'; readonly id: string } | { readonly type: 'day'; readonly date: string } | null;
type FocusTarget = { readonly type: 'day'; readonly date: string } | { readonly type: 'session'; readonly id: string } | null;
interface Grab {
  readonly sessionId: string;
  readonly from: SessionTimes;
  readonly to: SessionTimes;
  readonly mode: 'keyboard' | 'pointer';
}
interface PointerDrag {
  readonly sessionId: string;
  readonly from: SessionTimes;
  readonly pointerId: number;
  readonly x: number;
  readonly y: number;
  readonly startDate: string;
  moved: boolean;
}

function sortByStart(a: Session, b: Session): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1;
}

/**
 * Work-oriented courses and their sessions — theory, practice and branch Norwegian — in month,
 * week and agenda views, with Norwegian public holidays, closed days, a course legend, keyboard
 * and pointer moves, and iCalendar export.
 *
 * Keyboard (month and week grids, one tab stop): ←/→ a day (flipped in RTL), ↑/↓ a week (month
 * view), Home/End week start/end, PageUp/PageDown previous/next month (week in week view), Enter
 * on a day moves to its first session; ↑/↓ between that day's sessions, Escape back to the day;
 * Enter on a session opens it (`vk-open`). Edit mode: Space picks a session up, arrows move it by
 * day (↑/↓ by 15 minutes in week view), Space drops it, Escape puts it back. Ctrl+Z / Ctrl+Shift+Z
 * undo and redo.
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
 * @csspart pictogram - A pictogram image.
 * @csspart empty - The empty or error state.
 *
 * @cssproperty --vk-color-accent - Today and selection (falls back to --ds-color-accent-base-default).
 * @cssproperty --vk-color-text - Text colour (falls back to --ds-color-neutral-text-default).
 * @cssproperty --vk-color-background - Background (falls back to --ds-color-neutral-background-default).
 * @cssproperty --vk-color-surface - Days outside the month, holidays (falls back to --ds-color-neutral-surface-tinted).
 * @cssproperty --vk-color-border - Grid lines (falls back to --ds-color-neutral-border-default).
 * @cssproperty --vk-color-danger - Cancelled label (falls back to --ds-color-danger-text-default).
 * @cssproperty --vk-font-family - Font (falls back to --ds-font-family).
 * @cssproperty --vk-radius - Corner radius (falls back to --ds-border-radius-md).
 * @cssproperty --vk-calendar-hour-size - Height of one hour in week view (default 3rem).
 */
export class VkCourseCalendar extends VkElement<ScheduleDocument, ScheduleOperation> {
  static override styles = [tokens, popoverStyles, courseCalendarStyles];
  protected get model(): typeof scheduleModel {
    return scheduleModel;
  }

  /** `month` (default), `week` or `agenda`. */
  @property({ reflect: true }) view: CalendarView = 'month';
  /** The date in focus, `YYYY-MM-DD`; empty or invalid: today. */
  @property({ reflect: true }) date = '';

  @state() private hiddenCourses: ReadonlySet<string> = new Set();
  @state() private openItem: PopoverState = null;
  @state() private grab: Grab | null = null;
  @state() private agendaActive: string | null = null;
  @query('.vk-popover') private popoverPanel!: HTMLElement | null;

  readonly #popover = new PopoverController(this);
  #lastRange = '';
  #lastTitle: string | null = null;
  #pendingFocus: FocusTarget = null;
  #drag: PointerDrag | null = null;
  #suppressClick = false;

  /** The focus date in use: `date` when it is a real date, else today. */
  get focusDate(): string {
    return DATE_PATTERN.test(this.date) && isRealDate(this.date) ? this.date : todayIso();
  }

  /** The view in use (an unknown `view` shows the month). */
  get currentView(): CalendarView {
    return (calendarViews as readonly string[]).includes(this.view) ? this.view : 'month';
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

  protected override emptyMessage(): string {
    return msg('Ingen kurs ennå.', { id: 'course-calendar.empty' });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Announced before rendering, so the live region updates in the same render.
    const title = this.#title();
    if (this.#lastTitle !== null && title !== this.#lastTitle && this.document) this.announcer.announce(title);
    this.#lastTitle = title;
    if (changed.has('document')) {
      const doc = this.document;
      const open = this.openItem;
      if (open?.type === 'session' && !doc?.sessions.some((s) => s.id === open.id)) this.#closePopover(false);
      if (this.grab && !doc?.sessions.some((s) => s.id === this.grab?.sessionId)) this.grab = null;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const range = this.range;
    const key = `${range.view}|${range.start}|${range.end}`;
    if (key !== this.#lastRange) {
      this.#lastRange = key;
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
  }

  /** Dynamic values go through the CSSOM (strict CSP: no style attributes in markup). */
  #applyCssom(): void {
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-color]')) el.style.setProperty('--_vk-course', el.dataset.color ?? '');
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-top]')) {
      el.style.setProperty('--_vk-top', el.dataset.top ?? '0');
      el.style.setProperty('--_vk-size', el.dataset.size ?? '1');
      el.style.setProperty('--_vk-lane', el.dataset.lane ?? '0');
      el.style.setProperty('--_vk-lanes', el.dataset.lanes ?? '1');
    }
    const body = this.renderRoot.querySelector<HTMLElement>('[data-hours]');
    body?.style.setProperty('--_vk-hours', body.dataset.hours ?? '11');
  }

  // ——— data for the view ———

  #courses(doc: ScheduleDocument): Map<string, Course> {
    return new Map(doc.courses.map((c) => [c.id, c]));
  }

  /** Visible sessions by start date, in start order; a grabbed session shows where it would land. */
  #sessionsByDay(doc: ScheduleDocument, start: string, end: string): Map<string, Session[]> {
    const byDay = new Map<string, Session[]>();
    const grab = this.grab;
    for (const original of doc.sessions) {
      if (this.hiddenCourses.has(original.courseId)) continue;
      const session = grab && grab.sessionId === original.id ? { ...original, start: grab.to.start, end: grab.to.end } : original;
      const day = session.start.slice(0, 10);
      if (day < start || day >= end) continue;
      const list = byDay.get(day);
      if (list) list.push(session);
      else byDay.set(day, [session]);
    }
    for (const list of byDay.values()) list.sort(sortByStart);
    return byDay;
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

  #timeText(session: Session): string {
    const sameDay = session.start.slice(0, 10) === session.end.slice(0, 10);
    return `${session.start.slice(11, 16)}–${sameDay ? '' : formatDate(session.end, this.textLocale, { day: 'numeric', month: 'short' }) + ' '}${session.end.slice(11, 16)}`;
  }

  // ——— rendering ———

  protected renderDocument(doc: ScheduleDocument): TemplateResult {
    const view = this.currentView;
    const range = this.range;
    const courses = this.#courses(doc);
    const byDay = this.#sessionsByDay(doc, range.start, range.end);
    const special = this.#specialDays(range.start, range.end, doc);
    return html`<section part="base" class="calendar" data-view=${view} ?data-editable=${this.editable} aria-labelledby="title">
      ${this.#renderToolbar(doc, view)} ${this.#renderLegend(doc)}
      ${view === 'month'
        ? this.#renderMonth(range, byDay, special, courses)
        : view === 'week'
          ? this.#renderWeek(range, byDay, special, courses)
          : this.#renderAgenda(range, byDay, special, courses)}
      <span id="grid-hint" class="vk-visually-hidden"
        >${view === 'week'
          ? msg('Piltaster flytter mellom dager. Page Up og Page Down bytter uke. Enter går til dagens økter.', { id: 'course-calendar.hint.week' })
          : msg('Piltaster flytter mellom dager. Page Up og Page Down bytter måned. Enter går til dagens økter.', { id: 'course-calendar.hint.month' })}</span
      >
      <span id="session-hint" class="vk-visually-hidden"
        >${this.editable
          ? msg('Enter åpner økten. Mellomrom plukker opp økten for å flytte den.', { id: 'course-calendar.hint.session-edit' })
          : msg('Enter åpner økten.', { id: 'course-calendar.hint.session' })}</span
      >
      <div class="vk-popover" part="popover" popover="manual" role="dialog" aria-labelledby="popover-title" tabindex="-1">${this.#renderPopover(doc, courses)}</div>
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
          ? html`<button type="button" data-action="add" ?disabled=${doc.courses.length === 0} @click=${() => this.#addSession()}>${msg('Ny økt', { id: 'course-calendar.add' })}</button>`
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
          <span class="swatch" aria-hidden="true"></span>${renderPictogram(course.pictogram, locale, true)}<span lang=${resolvedLocale(course.title, locale)}>${resolveText(course.title, locale)}</span>
        </button>`,
      )}
    </div>`;
  }

  #weekdayHeaders(start: string): TemplateResult[] {
    const locale = this.textLocale;
    return datesIn(start, addDays(start, 7)).map(
      (d) => html`<span role="columnheader" class="weekday"><abbr title=${formatDate(d, locale, { weekday: 'long' })}>${formatDate(d, locale, { weekday: 'short' })}</abbr></span>`,
    );
  }

  #renderMonth(range: CalendarRange, byDay: Map<string, Session[]>, special: Map<string, string[]>, courses: Map<string, Course>): TemplateResult {
    const month = this.focusDate.slice(0, 7);
    const weeks: string[] = [];
    for (let d = range.start; d < range.end; d = addDays(d, 7)) weeks.push(d);
    return html`<div role="grid" part="grid" class="grid month" aria-labelledby="title" aria-describedby="grid-hint" @keydown=${this.#onGridKeydown} @keyup=${this.#onKeyup} @pointerdown=${this.#onPointerDown}>
      <div role="row" class="row head">
        <span role="columnheader" class="weeknum-head">${msg('Uke', { id: 'course-calendar.week' })}</span>${this.#weekdayHeaders(range.start)}
      </div>
      ${weeks.map(
        (monday) => html`<div role="row" class="row">
          <span role="rowheader" class="weeknum"><span class="vk-visually-hidden">${msg('Uke', { id: 'course-calendar.week' })} </span>${isoWeek(monday).week}</span>
          ${datesIn(monday, addDays(monday, 7)).map((date) => this.#renderMonthDay(date, date.slice(0, 7) !== month, byDay.get(date) ?? [], special.get(date), courses))}
        </div>`,
      )}
    </div>`;
  }

  #renderMonthDay(date: string, outside: boolean, sessions: Session[], special: string[] | undefined, courses: Map<string, Course>): TemplateResult {
    const focus = date === this.focusDate;
    const overflow = sessions.length > MONTH_CELL_LIMIT;
    const shown = overflow ? sessions.slice(0, MONTH_CELL_LIMIT - 1) : sessions;
    const hidden = sessions.length - shown.length;
    return html`<div
      role="gridcell"
      part="day"
      class="day"
      data-date=${date}
      tabindex=${focus && !this.isDisabled ? '0' : '-1'}
      aria-selected=${focus ? 'true' : 'false'}
      ?data-outside=${outside}
      ?data-today=${date === todayIso()}
      ?data-special=${special !== undefined}
      @click=${(e: Event) => this.#onDayClick(e, date)}
    >
      <span class="day-head"
        ><span class="day-number" aria-hidden="true">${Number(date.slice(8))}</span><span class="vk-visually-hidden">${this.#fullDate(date)}${sessions.length > 0 ? html`, ${msg(str`${sessions.length} økter`, { id: 'course-calendar.session-count' })}` : nothing}</span></span
      >
      ${special ? html`<span class="special">${special.join(' · ')}</span>` : nothing}
      ${repeat(shown, (s) => s.id, (s) => this.#renderSession(s, courses, false))}
      ${overflow
        ? html`<button type="button" part="more" class="more" data-more=${date} tabindex="-1" @click=${() => this.#openDay(date)}>${msg(str`+${hidden} flere`, { id: 'course-calendar.more' })}</button>`
        : nothing}
    </div>`;
  }

  #renderSession(session: Session, courses: Map<string, Course>, showKind: boolean, tabbable = false): TemplateResult {
    const locale = this.textLocale;
    const course = courses.get(session.courseId);
    const courseTitle = resolveText(course?.title, locale);
    const own = resolveText(session.title, locale);
    const grabbed = this.grab?.sessionId === session.id;
    return html`<button
      type="button"
      part="session"
      class="session"
      data-session=${session.id}
      data-kind=${session.kind}
      data-color=${course?.color ?? nothing}
      ?data-cancelled=${session.cancelled === true}
      ?data-grabbed=${grabbed}
      aria-describedby="session-hint"
      tabindex=${tabbable ? '0' : '-1'}
      @click=${(e: Event) => this.#onSessionClick(e, session.id)}
    >
      <span class="stripe" aria-hidden="true"></span>
      ${renderPictogram(kindPictograms[session.kind], locale, true)}
      <span class="session-text">
        <span class="time" dir="ltr">${this.#timeText(session)}</span>
        <span class="course" lang=${resolvedLocale(course?.title, locale)}>${courseTitle}</span>
        <span class=${showKind ? 'kind' : 'kind vk-visually-hidden'}>${kindLabel(session.kind)}${own ? html`: <span lang=${resolvedLocale(session.title, locale)}>${own}</span>` : nothing}</span>
      </span>
      ${session.cancelled ? html`<span class="cancelled-label">${msg('Avlyst', { id: 'course-calendar.cancelled' })}</span>` : nothing}
      ${grabbed ? html`<span class="vk-visually-hidden">${msg('Plukket opp', { id: 'course-calendar.grabbed' })}</span>` : nothing}
    </button>`;
  }

  #axis(byDay: Map<string, Session[]>): { start: number; end: number } {
    let start = AXIS_START;
    let end = AXIS_END;
    for (const list of byDay.values()) {
      for (const s of list) {
        start = Math.min(start, Math.floor(minutesOf(s.start) / 60) * 60);
        const endMinutes = s.end.slice(0, 10) === s.start.slice(0, 10) ? minutesOf(s.end) : 1440;
        end = Math.max(end, Math.ceil(endMinutes / 60) * 60);
      }
    }
    return { start, end };
  }

  #renderWeek(range: CalendarRange, byDay: Map<string, Session[]>, special: Map<string, string[]>, courses: Map<string, Course>): TemplateResult {
    const axis = this.#axis(byDay);
    const total = axis.end - axis.start;
    const hours: number[] = [];
    for (let m = axis.start; m < axis.end; m += 60) hours.push(m / 60);
    const days = datesIn(range.start, range.end);
    const { week } = isoWeek(range.start);
    return html`<div class="week-scroll"><div role="grid" part="grid" class="grid week" aria-labelledby="title" aria-describedby="grid-hint" @keydown=${this.#onGridKeydown} @keyup=${this.#onKeyup} @pointerdown=${this.#onPointerDown}>
      <div role="row" class="row head">
        <span role="columnheader" class="weeknum-head">${msg('Uke', { id: 'course-calendar.week' })} ${week}</span>
        ${days.map(
          (d) => html`<span role="columnheader" class="weekday" ?data-today=${d === todayIso()}>
            <span>${formatDate(d, this.textLocale, { weekday: 'short', day: 'numeric', month: 'numeric' })}</span>${special.has(d) ? html`<span class="special">${special.get(d)?.join(' · ')}</span>` : nothing}
          </span>`,
        )}
      </div>
      <div role="row" class="row body" data-hours=${String(total / 60)}>
        <div class="axis" aria-hidden="true">${hours.map((h) => html`<span class="hour">${String(h).padStart(2, '0')}:00</span>`)}</div>
        ${days.map((date) => {
          const sessions = byDay.get(date) ?? [];
          const lanes = this.#lanes(sessions);
          const focus = date === this.focusDate;
          return html`<div role="gridcell" part="day" class="day week-day" data-date=${date} tabindex=${focus && !this.isDisabled ? '0' : '-1'} aria-selected=${focus ? 'true' : 'false'} ?data-special=${special.has(date)} @click=${(e: Event) => this.#onDayClick(e, date)}>
            <span class="vk-visually-hidden">${this.#fullDate(date)}${special.has(date) ? `, ${special.get(date)?.join(', ')}` : ''}${sessions.length > 0 ? html`, ${msg(str`${sessions.length} økter`, { id: 'course-calendar.session-count' })}` : nothing}</span>
            ${repeat(
              sessions,
              (s) => s.id,
              (s) => {
                const startMinutes = Math.max(axis.start, minutesOf(s.start));
                const endMinutes = Math.min(axis.end, startMinutes + Math.max(SNAP, minutesBetween(s.start, s.end)));
                return html`<div class="slot" data-top=${String((startMinutes - axis.start) / total)} data-size=${String((endMinutes - startMinutes) / total)} data-lane=${String(lanes.get(s.id) ?? 0)} data-lanes=${String(lanes.get('') ?? 1)}>
                  ${this.#renderSession(s, courses, true)}
                </div>`;
              },
            )}
          </div>`;
        })}
      </div>
    </div></div>`;
  }

  /** Side-by-side lanes for overlapping sessions of one day ('' holds the lane count). */
  #lanes(sessions: Session[]): Map<string, number> {
    const ends: string[] = [];
    const lanes = new Map<string, number>();
    for (const s of sessions) {
      let lane = ends.findIndex((end) => end <= s.start);
      if (lane < 0) lane = ends.push(s.end) - 1;
      else ends[lane] = s.end;
      lanes.set(s.id, lane);
    }
    lanes.set('', Math.max(1, ends.length));
    return lanes;
  }

  #renderAgenda(range: CalendarRange, byDay: Map<string, Session[]>, special: Map<string, string[]>, courses: Map<string, Course>): TemplateResult {
    const days = datesIn(range.start, range.end).filter((d) => byDay.has(d) || special.has(d));
    const weeks = new Map<string, string[]>();
    for (const d of days) {
      const monday = startOfWeek(d);
      weeks.set(monday, [...(weeks.get(monday) ?? []), d]);
    }
    const order = days.flatMap((d) => (byDay.get(d) ?? []).map((s) => s.id));
    const active = this.agendaActive && order.includes(this.agendaActive) ? this.agendaActive : order[0];
    if (weeks.size === 0) return html`<p class="agenda-empty" part="agenda">${msg('Ingen økter denne måneden.', { id: 'course-calendar.agenda.empty' })}</p>`;
    return html`<div class="agenda" part="agenda" @keydown=${this.#onAgendaKeydown} @keyup=${this.#onKeyup} @focusin=${this.#onAgendaFocus}>
      ${[...weeks].map(([monday, dates]) => {
        const { week, year } = isoWeek(monday);
        return html`<section class="agenda-week" aria-labelledby="week-${monday}">
          <h3 id="week-${monday}">${msg(str`Uke ${week}, ${year}`, { id: 'course-calendar.title.week' })}</h3>
          <ul class="agenda-days">
            ${dates.map(
              (date) => html`<li class="agenda-day" data-agenda-date=${date}>
                <p class="agenda-date">${this.#fullDate(date)}${special.has(date) ? html` · <span class="special">${special.get(date)?.join(' · ')}</span>` : nothing}</p>
                ${byDay.has(date)
                  ? html`<ul class="agenda-sessions">
                      ${repeat(byDay.get(date) ?? [], (s) => s.id, (s) => html`<li>${this.#renderSession(s, courses, true, s.id === active && !this.isDisabled)}</li>`)}
                    </ul>`
                  : nothing}
              </li>`,
            )}
          </ul>
        </section>`;
      })}
    </div>`;
  }

  #renderPopover(doc: ScheduleDocument, courses: Map<string, Course>): TemplateResult | typeof nothing {
    const state = this.openItem;
    if (!state) return nothing;
    const close = html`<button type="button" data-action="close" @click=${() => this.#closePopover(true)}>${msg('Lukk', { id: 'course-calendar.close' })}</button>`;
    if (state.type === 'day') {
      const sessions = doc.sessions.filter((s) => s.start.slice(0, 10) === state.date && !this.hiddenCourses.has(s.courseId)).sort(sortByStart);
      return html`<div class="details">
        <h3 id="popover-title">${this.#fullDate(state.date)}</h3>
        <ul class="day-list">
          ${sessions.map((s) => html`<li>${this.#renderSession(s, courses, true, true)}</li>`)}
        </ul>
        <div class="popover-actions">${close}</div>
      </div>`;
    }
    const session = doc.sessions.find((s) => s.id === state.id);
    if (!session) return nothing;
    const locale = this.textLocale;
    const course = courses.get(session.courseId);
    const editable = this.editable;
    const place = resolveText(session.place, locale);
    return html`<div class="details" data-session-details=${session.id}>
      <h3 id="popover-title">${renderPictogram(course?.pictogram, locale, true)} ${resolveText(course?.title, locale)}</h3>
      <p>${kindLabel(session.kind)}${session.title ? html` · ${resolveText(session.title, locale)}` : nothing}</p>
      <p>${this.#fullDate(session.start.slice(0, 10))}, ${this.#timeText(session)}</p>
      ${place && !editable ? html`<p>${msg('Sted', { id: 'course-calendar.field.place' })}: ${place}</p>` : nothing}
      ${session.cancelled ? html`<p class="cancelled-label">${msg('Avlyst', { id: 'course-calendar.cancelled' })}</p>` : nothing}
      ${editable
        ? html`<label class="field"
              ><span>${msg('Tittel', { id: 'course-calendar.field.title' })}</span
              ><input type="text" name="title" .value=${resolveText(session.title, locale)} @change=${(e: Event) => this.#updateText(session, 'title', (e.target as HTMLInputElement).value)}
            /></label>
            <label class="field"
              ><span>${msg('Sted', { id: 'course-calendar.field.place' })}</span
              ><input type="text" name="place" .value=${place} @change=${(e: Event) => this.#updateText(session, 'place', (e.target as HTMLInputElement).value)}
            /></label>
            <div class="times">
              <label class="field"
                ><span>${msg('Start', { id: 'course-calendar.field.start' })}</span
                ><input type="time" name="start" step="900" .value=${session.start.slice(11, 16)} @change=${(e: Event) => this.#setTime(session, 'start', e.target as HTMLInputElement)}
              /></label>
              <label class="field"
                ><span>${msg('Slutt', { id: 'course-calendar.field.end' })}</span
                ><input type="time" name="end" step="900" .value=${session.end.slice(11, 16)} @change=${(e: Event) => this.#setTime(session, 'end', e.target as HTMLInputElement)}
              /></label>
            </div>
            <label class="field"
              ><span>${msg('Type', { id: 'course-calendar.field.kind' })}</span
              ><select name="kind" @change=${(e: Event) => this.#update(session, { kind: (e.target as HTMLSelectElement).value as SessionKind })}>
                ${sessionKinds.map((k) => html`<option value=${k} ?selected=${k === session.kind}>${kindLabel(k)}</option>`)}
              </select></label
            >
            <label class="check"
              ><input type="checkbox" name="cancelled" .checked=${session.cancelled === true} @change=${(e: Event) => this.#update(session, { cancelled: (e.target as HTMLInputElement).checked ? true : null })} />${msg('Avlyst', { id: 'course-calendar.cancelled' })}</label
            >`
        : nothing}
      <div class="popover-actions">
        ${editable ? html`<button type="button" data-action="remove" @click=${() => this.#remove(session)}>${msg('Slett økt', { id: 'course-calendar.remove' })}</button>` : nothing} ${close}
      </div>
    </div>`;
  }

  // ——— queries ———

  #grid(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[role="grid"], .agenda');
  }

  #dayCell(date: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.day[data-date="${date}"]`);
  }

  #sessionControl(id: string): HTMLElement | null {
    const grid = this.#grid();
    if (!grid) return null;
    return Array.from(grid.querySelectorAll<HTMLElement>('[data-session]')).find((el) => el.dataset.session === id) ?? null;
  }

  #popoverAnchor(state: NonNullable<PopoverState>): HTMLElement | null {
    const grid = this.#grid();
    if (state.type === 'day') return grid?.querySelector<HTMLElement>(`[data-more="${state.date}"]`) ?? this.#dayCell(state.date);
    const control = this.#sessionControl(state.id);
    if (control) return control;
    const session = this.document?.sessions.find((s) => s.id === state.id);
    if (!session) return null;
    const day = session.start.slice(0, 10);
    return grid?.querySelector<HTMLElement>(`[data-more="${day}"]`) ?? this.#dayCell(day) ?? grid;
  }

  // ——— navigation ———

  #goTo(date: string, focusDay: boolean): void {
    this.date = date;
    if (focusDay) this.#pendingFocus = { type: 'day', date };
  }

  #navigate(direction: -1 | 1): void {
    this.date = stepDate(this.currentView, this.focusDate, direction);
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
    if (this.#suppressClick) {
      this.#suppressClick = false;
      return;
    }
    if (this.isDisabled || this.grab) return;
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

  /** The session controls of the cell (or agenda) around `control`, in order. */
  #siblings(control: HTMLElement): HTMLElement[] {
    const container = control.closest('.day') ?? control.closest('.agenda');
    return Array.from(container?.querySelectorAll<HTMLElement>('[data-session], [data-more]') ?? []);
  }

  #onKeyup(event: KeyboardEvent): void {
    // A button clicks on Space's keyup; on a session Space picks up, it does not open.
    if (event.key === ' ' && (event.composedPath()[0] as HTMLElement).closest?.('[data-session]')) event.preventDefault();
  }

  #onGridKeydown(event: KeyboardEvent): void {
    if (this.isDisabled || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0] as HTMLElement;
    if (this.grab) {
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
        next = stepDate(this.currentView, date, -1);
        break;
      case 'PageDown':
        next = stepDate(this.currentView, date, 1);
        break;
      case 'Enter': {
        event.preventDefault();
        const first = this.#dayCell(date)?.querySelector<HTMLElement>('[data-session], [data-more]');
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
        const cell = control.closest<HTMLElement>('.day');
        cell?.focus();
        return;
      }
      case 'Enter': {
        event.preventDefault();
        if (control.dataset.more) this.#openDay(control.dataset.more);
        else if (control.dataset.session) this.#openSession(control.dataset.session);
        return;
      }
      case ' ': {
        event.preventDefault();
        if (control.dataset.more) this.#openDay(control.dataset.more);
        else if (control.dataset.session) this.#pickUp(control.dataset.session);
        return;
      }
      default:
        if (event.key.startsWith('Arrow') || event.key.startsWith('Page') || event.key === 'Home' || event.key === 'End') event.preventDefault();
    }
  }

  #onAgendaKeydown(event: KeyboardEvent): void {
    if (this.isDisabled || event.altKey || event.ctrlKey || event.metaKey) return;
    if (this.grab) {
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
        next = all.length - 1;
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
    const target = all[next];
    if (target?.dataset.session) {
      this.agendaActive = target.dataset.session;
      target.focus();
    }
  }

  #onAgendaFocus(event: FocusEvent): void {
    const id = (event.target as HTMLElement).closest?.<HTMLElement>('[data-session]')?.dataset.session;
    if (id && id !== this.agendaActive) this.agendaActive = id;
  }

  // ——— moving sessions ———

  #pickUp(sessionId: string): void {
    if (!this.editable) return;
    const session = this.document?.sessions.find((s) => s.id === sessionId);
    if (!session) return;
    const times = { start: session.start, end: session.end };
    this.grab = { sessionId, from: times, to: times, mode: 'keyboard' };
    this.#pendingFocus = { type: 'session', id: sessionId };
    this.announcer.announce(
      msg(str`Plukket opp ${this.#sessionName(session)}. Piltaster flytter, mellomrom slipper, Escape avbryter.`, { id: 'course-calendar.announce.grabbed' }),
    );
  }

  #onGrabKeydown(event: KeyboardEvent): void {
    const grab = this.grab;
    if (!grab) return;
    const rtl = isRtl(this);
    const week = this.currentView === 'week';
    let minutes = 0;
    switch (event.key) {
      case 'ArrowRight':
        minutes = (rtl ? -1 : 1) * 1440;
        break;
      case 'ArrowLeft':
        minutes = (rtl ? 1 : -1) * 1440;
        break;
      case 'ArrowDown':
        minutes = week ? SNAP : 7 * 1440;
        break;
      case 'ArrowUp':
        minutes = week ? -SNAP : -7 * 1440;
        break;
      case ' ':
      case 'Enter':
        event.preventDefault();
        this.#drop();
        return;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.#cancelGrab();
        return;
      case 'Tab':
        this.#cancelGrab();
        return;
      default:
        return;
    }
    event.preventDefault();
    const to = { start: addMinutes(grab.to.start, minutes), end: addMinutes(grab.to.end, minutes) };
    this.grab = { ...grab, to };
    this.date = to.start.slice(0, 10);
    this.#pendingFocus = { type: 'session', id: grab.sessionId };
    this.announcer.announce(msg(str`${this.#fullDate(to.start.slice(0, 10))}, ${to.start.slice(11, 16)}–${to.end.slice(11, 16)}`, { id: 'course-calendar.announce.position' }));
  }

  #drop(): void {
    const grab = this.grab;
    if (!grab) return;
    this.grab = null;
    this.#pendingFocus = { type: 'session', id: grab.sessionId };
    if (grab.to.start === grab.from.start && grab.to.end === grab.from.end) {
      this.announcer.announce(msg('Økten ble ikke flyttet.', { id: 'course-calendar.announce.unmoved' }));
      return;
    }
    const moved = this.commit({ type: 'session.move', sessionId: grab.sessionId, from: grab.from, to: grab.to });
    if (moved) {
      this.announcer.announce(msg(str`Flyttet til ${this.#fullDate(grab.to.start.slice(0, 10))}, ${grab.to.start.slice(11, 16)}–${grab.to.end.slice(11, 16)}`, { id: 'course-calendar.announce.moved' }));
    } else {
      this.date = grab.from.start.slice(0, 10);
      this.announcer.announce(msg('Flyttingen ble avvist.', { id: 'course-calendar.announce.rejected' }));
    }
  }

  #cancelGrab(): void {
    const grab = this.grab;
    if (!grab) return;
    this.grab = null;
    this.date = grab.from.start.slice(0, 10);
    this.#pendingFocus = { type: 'session', id: grab.sessionId };
    this.announcer.announce(msg('Flytting avbrutt. Økten er satt tilbake.', { id: 'course-calendar.announce.cancelled' }));
  }

  #onPointerDown(event: PointerEvent): void {
    if (!this.editable || event.button !== 0 || this.grab) return;
    const control = (event.composedPath()[0] as HTMLElement).closest?.<HTMLElement>('[data-session]');
    const id = control?.dataset.session;
    const session = id ? this.document?.sessions.find((s) => s.id === id) : undefined;
    if (!session) return;
    this.#drag = { sessionId: session.id, from: { start: session.start, end: session.end }, pointerId: event.pointerId, x: event.clientX, y: event.clientY, startDate: session.start.slice(0, 10), moved: false };
    window.addEventListener('pointermove', this.#onPointerMove);
    window.addEventListener('pointerup', this.#onPointerUp);
    window.addEventListener('pointercancel', this.#onPointerCancel);
  }

  /** Where the pointer would put the dragged session: the day under it, and in week view the time. */
  #dropTarget(drag: PointerDrag, x: number, y: number): SessionTimes {
    const root = this.renderRoot as ShadowRoot;
    const cell = root.elementsFromPoint(x, y).find((el): el is HTMLElement => el instanceof HTMLElement && el.classList.contains('day') && !!el.dataset.date);
    const date = cell?.dataset.date ?? drag.startDate;
    let minutes = 1440 * daysBetween(drag.startDate, date);
    if (this.currentView === 'week') {
      const body = this.renderRoot.querySelector<HTMLElement>('.week-day');
      const hours = Number(this.renderRoot.querySelector<HTMLElement>('[data-hours]')?.dataset.hours ?? '11');
      const height = body?.getBoundingClientRect().height ?? 0;
      if (height > 0) minutes += Math.round(((y - drag.y) * hours * 60) / height / SNAP) * SNAP;
    }
    return { start: addMinutes(drag.from.start, minutes), end: addMinutes(drag.from.end, minutes) };
  }

  readonly #onPointerMove = (event: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    if (!drag.moved && Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < 5) return;
    drag.moved = true;
    const to = this.#dropTarget(drag, event.clientX, event.clientY);
    if (!this.grab || this.grab.to.start !== to.start) this.grab = { sessionId: drag.sessionId, from: drag.from, to, mode: 'pointer' };
  };

  readonly #onPointerUp = (event: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    this.#endPointer();
    if (!drag.moved) return;
    this.#suppressClick = true;
    this.grab = { sessionId: drag.sessionId, from: drag.from, to: this.#dropTarget(drag, event.clientX, event.clientY), mode: 'pointer' };
    this.#drop();
    // The click that follows a drag lands on the element under the pointer, or nowhere.
    queueMicrotask(() => requestAnimationFrame(() => (this.#suppressClick = false)));
  };

  readonly #onPointerCancel = (): void => {
    this.#endPointer();
    if (this.grab?.mode === 'pointer') this.grab = null;
  };

  #endPointer(): void {
    this.#drag = null;
    window.removeEventListener('pointermove', this.#onPointerMove);
    window.removeEventListener('pointerup', this.#onPointerUp);
    window.removeEventListener('pointercancel', this.#onPointerCancel);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#endPointer();
  }

  // ——— edits ———

  #sessionName(session: Session): string {
    const course = this.document?.courses.find((c) => c.id === session.courseId);
    return `${resolveText(course?.title, this.textLocale)}, ${kindLabel(session.kind)}, ${this.#timeText(session)}`;
  }

  #update(session: Session, changes: SessionChanges): void {
    if (!this.editable) return;
    if (this.commit({ type: 'session.update', sessionId: session.id, changes })) this.announcer.announce(msg('Økten er endret.', { id: 'course-calendar.announce.updated' }));
  }

  /**
   * Changes the start or end time on the same day (`session.update`); an end that would not be
   * after the start is refused with an announcement and the field shows the old time again.
   */
  #setTime(session: Session, field: 'start' | 'end', input: HTMLInputElement): void {
    const time = input.value;
    const next = `${session[field].slice(0, 10)}T${time}`;
    const start = field === 'start' ? next : session.start;
    const end = field === 'end' ? next : session.end;
    if (!/^\d{2}:\d{2}$/.test(time) || end <= start) {
      input.value = session[field].slice(11, 16);
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
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vk-course-calendar': VkCourseCalendar;
  }
}
