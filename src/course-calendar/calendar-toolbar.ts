/**
 * The calendar's toolbar (navigation, title, view switch, actions) and course legend: each a
 * WAI-ARIA APG toolbar (https://www.w3.org/WAI/ARIA/apg/patterns/toolbar/), one Tab stop with
 * ←/→ (flipped in RTL) and Home/End between its enabled buttons (`RovingFocus` by `data-key`, in
 * the element), so Tab reaches the grid in three presses, not one per button and course.
 */
import { html, nothing, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { RovingFocus } from '../core/roving-focus.js';
import { msg, str } from '@lit/localize';
import { formatDate, headingCase } from '../core/dates.js';
import { uiCount, uiDigits } from '../core/digits.js';
import type { IsoDate } from '../core/types.js';
import { renderPictogram } from '../core/pictograms.js';
import { nameLang } from '../core/names.js';
import { keepHyphens, keepTogether } from '../core/keep-together.js';
import { isolate } from '../core/text.js';
import { isPluralOne } from '../core/plural.js';
import { calendarViews, type CalendarRange, type CalendarView, type ScheduleDocument } from './course-calendar.types.js';
import { timesInRange } from './calendar-queries.js';
import { colorClass } from './calendar-sheets.js';
import { isoWeek } from './calendar-dates.js';
import { courseName, ownDirection } from './session-chip.js';
import { addBlocked, renderFullReason } from './calendar-limits.js';

/** The month title's date format ("mars 2026"). `formatDate` caches a formatter per option set. */
export const TITLE_FORMAT: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

/** A day's full date ("torsdag 12. mars 2026"), in day names, announcements and popovers. */
export const FULL_DATE_FORMAT: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

/** `date` as a full date in `locale` (`FULL_DATE_FORMAT`). */
export function fullDate(date: IsoDate, locale: string): string {
  return formatDate(date, locale, FULL_DATE_FORMAT);
}

/** The period title in `locale`: the month as a heading begins ("Mars 2026", `headingCase`), or the week in week view ("Uke 11, 2026"). */
export function periodTitle(view: CalendarView, date: IsoDate, locale: string): string {
  if (view === 'week') {
    const { week, year } = isoWeek(date);
    return msg(str`Uke ${uiDigits(week)}, ${uiDigits(year)}`, { id: 'course-calendar.title.week' });
  }
  return headingCase(formatDate(date, locale, TITLE_FORMAT), locale);
}

const chevron = svg`<path d="M15 6l-6 6 6 6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`;

/**
 * "تنزيل (.ics)": the file type as a left-to-right isolate, so a right-to-left label does not
 * reorder it to "(ics.)" (the dot is neutral and would take the Arabic direction). A translation
 * without "(.ics)" is shown as it is.
 */
function fileTypeIsolated(label: string): TemplateResult | string {
  const at = label.indexOf('(.ics)');
  return at < 0 ? label : html`${label.slice(0, at)}<bdi dir="ltr">(.ics)</bdi>${label.slice(at + 6)}`;
}

export interface ToolbarProps {
  readonly doc: ScheduleDocument;
  readonly view: CalendarView;
  readonly title: string;
  readonly locale: string;
  readonly disabled: boolean;
  readonly editable: boolean;
  readonly hiddenCourses: ReadonlySet<string>;
  /** The whole legend is shown (it has more than `LEGEND_LIMIT` courses and was expanded). */
  readonly legendOpen: boolean;
  /** Courses the user has toggled: a collapsed legend keeps showing them. */
  readonly legendKept: ReadonlySet<string>;
  readonly on: {
    navigate(direction: -1 | 1): void;
    today(): void;
    setView(view: CalendarView): void;
    add(): void;
    plan(): void;
    download(): void;
    toggleCourse(courseId: string): void;
    toggleLegend(): void;
  };
  /** Keys and focus of the toolbar's and the legend's buttons (their `RovingFocus`). */
  readonly toolbarKeys: RovingEvents;
  readonly legendKeys: RovingEvents;
}

/**
 * The toolbar's and the legend's keyboard focus: one `RovingFocus` each over its enabled buttons
 * (by `data-key`), and the bar that had focus when an update began, where focus that the render
 * took away goes back (`lostFocusTarget`: a host value removed the focused course, `readonly`
 * removed "Ny økt", an edit disabled "Last ned").
 */
export class ToolbarFocus implements ReactiveController {
  readonly toolbar: RovingFocus;
  readonly legend: RovingFocus;
  #bar: string | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode }) {
    const bar = (selector: string): RovingFocus =>
      new RovingFocus(host, { items: () => [...host.renderRoot.querySelectorAll<HTMLElement>(`${selector} button:not(:disabled)`)], orientation: () => 'horizontal' });
    this.toolbar = bar('.tools');
    this.legend = bar('.legend');
    // After the two: hostUpdated runs once they have moved their Tab stops.
    host.addController(this);
  }

  hostUpdate(): void {
    const bar = this.host.shadowRoot?.activeElement?.closest('[role="toolbar"]');
    this.#bar = bar ? `.${bar.className}` : null;
  }

  hostUpdated(): void {
    // A Tab stop the render disabled (its RovingFocus moved on among the enabled buttons).
    for (const button of this.host.renderRoot.querySelectorAll<HTMLElement>('[role="toolbar"] :disabled[tabindex="0"]')) button.tabIndex = -1;
  }

  /** The Tab stop of the bar that had focus when the last update began, if it has one now. */
  get lostFocusTarget(): HTMLElement | null {
    return this.#bar ? this.host.renderRoot.querySelector<HTMLElement>(`${this.#bar} [tabindex="0"]:enabled`) : null;
  }
}

/** A roving bar's listeners: arrows/Home/End, and the button that took focus by other means. */
export interface RovingEvents {
  handleKeydown(event: KeyboardEvent): boolean;
  handleFocusIn(event: FocusEvent): void;
}

/** The views' names, as the toolbar's buttons say them. */
const viewNames = (): Record<CalendarView, string> => ({
  month: msg('Måned', { id: 'course-calendar.view.month' }),
  week: msg('Uke', { id: 'course-calendar.view.week' }),
  agenda: msg('Liste', { id: 'course-calendar.view.agenda' }),
});

/**
 * What another view with the same title says (month and list; a week's title is its own): its name, then the month as the
 * locale writes it mid-phrase, the formatter's own text without the title's heading capital ("Liste, mars 2026"; "List, March
 * 2026"; before, pass 55: "Liste, Mars 2026"). Month to list keeps the title, and said nothing before 7 Dec 2026.
 */
export const viewTitle = (view: CalendarView, date: IsoDate, locale: string): string => msg(str`${viewNames()[view]}, ${formatDate(date, locale, TITLE_FORMAT)}`, { id: 'course-calendar.announce.view' });

/**
 * What turning a course off or on in the legend says: the course and how many of its sessions that hides or shows in the period
 * shown (`range`: what the user sees go or come, the grid's whole weeks, the week, the list's month), said so ("Skjuler
 * Norskkurs: 3 økter i perioden som vises."). Before 7 Dec 2026 only `aria-pressed` changed; until pass 55 it counted the
 * course's sessions in every period ("12 økter" as three went).
 */
export function courseShownWords(doc: ScheduleDocument, courseId: string, hidden: boolean, locale: string, range: CalendarRange): string {
  const name = isolate(courseName(doc.courses.find((c) => c.id === courseId), doc.courses, locale));
  const n = doc.sessions.filter((s) => s.courseId === courseId && timesInRange(s, range)).length;
  const count = uiCount(n);
  if (isPluralOne(n))
    return hidden ? msg(str`Skjuler ${name}: ${count} økt i perioden som vises.`, { id: 'course-calendar.announce.hidden.one' }) : msg(str`Viser ${name}: ${count} økt i perioden som vises.`, { id: 'course-calendar.announce.shown.one' });
  return hidden ? msg(str`Skjuler ${name}: ${count} økter i perioden som vises.`, { id: 'course-calendar.announce.hidden' }) : msg(str`Viser ${name}: ${count} økter i perioden som vises.`, { id: 'course-calendar.announce.shown' });
}

/** The toolbar, its title a heading at `level` (the calendar's `heading-level`). */
export function renderToolbar(p: ToolbarProps, level: number): TemplateResult {
  const week = p.view === 'week';
  const views = viewNames();
  // At the session limit or with no course the adding actions stay in the arrow order, aria-disabled and described by the reason (calendar-limits.ts).
  const full = p.editable && addBlocked(p.doc);
  const fullDisabled = full || nothing; // true: aria-disabled="true"
  const fullReason = full ? 'full-reason' : nothing;
  // The title comes first in the tree (a screen reader reads it, then the toolbar's controls),
  // drawn between the arrows and the views (CSS order; the toolbar box is display: contents).
  return html`<div class="toolbar" part="toolbar">
    <h2 class="title" id="title" part="title" aria-level=${level} lang=${p.view === 'week' ? nothing : p.locale}>${keepTogether(p.title)}</h2>
    <div class="tools" role="toolbar" aria-label=${msg('Kalenderverktøy', { id: 'course-calendar.toolbar' })} @keydown=${(e: KeyboardEvent) => p.toolbarKeys.handleKeydown(e)} @focusin=${(e: FocusEvent) => p.toolbarKeys.handleFocusIn(e)}>
    <div class="nav">
      <button type="button" class="icon" data-action="previous" data-key="previous" ?disabled=${p.disabled} aria-label=${week ? msg('Forrige uke', { id: 'course-calendar.previous-week' }) : msg('Forrige måned', { id: 'course-calendar.previous-month' })} @click=${() => p.on.navigate(-1)}>
        <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${chevron}</svg>
      </button>
      <button type="button" data-action="today" data-key="today" ?disabled=${p.disabled} @click=${p.on.today}>${msg('I dag', { id: 'course-calendar.today' })}</button>
      <button type="button" class="icon" data-action="next" data-key="next" ?disabled=${p.disabled} aria-label=${week ? msg('Neste uke', { id: 'course-calendar.next-week' }) : msg('Neste måned', { id: 'course-calendar.next-month' })} @click=${() => p.on.navigate(1)}>
        <svg class="chevron chevron--next" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${chevron}</svg>
      </button>
    </div>
    <div class="views" role="group" aria-label=${msg('Visning', { id: 'course-calendar.view.label' })}>
      ${calendarViews.map((v) => html`<button type="button" data-view=${v} data-key=${v} aria-pressed=${v === p.view ? 'true' : 'false'} ?disabled=${p.disabled} @click=${() => p.on.setView(v)}>${views[v]}</button>`)}
    </div>
    <div class="actions">
      ${p.editable
        ? html`<button type="button" data-action="add" data-key="add" aria-disabled=${fullDisabled} aria-describedby=${fullReason} @click=${p.on.add}>${msg('Ny økt', { id: 'course-calendar.add' })}</button>
            <button type="button" data-action="plan" data-key="plan" aria-haspopup="dialog" aria-disabled=${fullDisabled} aria-describedby=${fullReason} @click=${p.on.plan}>${msg('Planlegg kurs', { id: 'course-calendar.plan' })}</button>`
        : nothing}
      <button type="button" data-action="ics" data-key="ics" aria-describedby="ics-hint" ?disabled=${p.disabled || p.doc.courses.every((c) => p.hiddenCourses.has(c.id))} @click=${p.on.download}>${fileTypeIsolated(msg('Last ned til kalender (.ics)', { id: 'course-calendar.download' }))}</button>
      <span id="ics-hint" hidden>${msg('Lagrer øktene som vises i en fil du kan åpne i Outlook, Google Kalender eller kalenderen på telefonen.', { id: 'course-calendar.download-hint' })}</span>
    </div>
    </div>
    ${renderFullReason(full, p.doc)}
  </div>`;
}

/**
 * Courses a legend shows before it is expanded: room for a municipality's usual offer in one or two
 * lines. More, and the rest wait behind "All courses (n)": a host that gives every session a course
 * of its own (500 in a month) would otherwise get 500 buttons above the grid (about 45 ms of that
 * month's first render: 139 → 94 ms in one run).
 */
export const LEGEND_LIMIT = 8;

/**
 * The course legend: a toggle button per course (`aria-pressed`: its sessions are shown), in the
 * document's order. Past `LEGEND_LIMIT` courses it is a disclosure (WAI-ARIA APG, Disclosure):
 * "All courses (n)" with `aria-expanded` comes first, and the courses it reveals after it, so the
 * button stays where it was pressed however many courses open below it (and → goes on to them).
 * Collapsed, the legend shows the first courses and every course the user has toggled (so a
 * hidden course is never out of sight).
 */
export function renderLegend(p: ToolbarProps): TemplateResult | typeof nothing {
  const all = p.doc.courses;
  if (all.length === 0) return nothing;
  const collapsible = all.length > LEGEND_LIMIT;
  const courses = collapsible && !p.legendOpen ? all.filter((course, i) => i < LEGEND_LIMIT || p.legendKept.has(course.id)) : all;
  return html`<div class="legend" part="legend" role="toolbar" aria-label=${msg('Vis kurs', { id: 'course-calendar.legend' })} @keydown=${(e: KeyboardEvent) => p.legendKeys.handleKeydown(e)} @focusin=${(e: FocusEvent) => p.legendKeys.handleFocusIn(e)}>
    ${collapsible
      ? html`<button type="button" class="legend-all" data-key="all" aria-expanded=${p.legendOpen ? 'true' : 'false'} ?disabled=${p.disabled} @click=${p.on.toggleLegend}>
          ${msg(str`Alle kurs (${uiCount(all.length)})`, { id: 'course-calendar.legend-all' })}<svg class="legend-chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${chevron}</svg>
        </button>`
      : nothing}
    ${repeat(courses, (course) => course.id, (course) => {
      // Keyed: a removed course's button goes with it, so its fitted size or title (legend-fit.ts) is not the next course's until the next fit.
      // In its own direction (an Arabic UI's Norwegian name), so a word too wide for the button is cut at its end, not its start.
      // A word joined by a short part's hyphen stays whole (keepHyphens): so "Wax-soo-saarka" broke after "Wax-soo-" at 200 % text.
      const lang = nameLang(course.title, p.locale);
      return html`<button type="button" class="legend-item" data-course=${course.id} data-key=${'c' + course.id} aria-pressed=${p.hiddenCourses.has(course.id) ? 'false' : 'true'} ?disabled=${p.disabled} @click=${() => p.on.toggleCourse(course.id)}>
        <span class="swatch ${colorClass(course.color)}" aria-hidden="true"></span>${renderPictogram(course.pictogram, p.locale, true)}<span class="legend-title" lang=${lang} dir=${ownDirection(lang, p.locale)}>${keepHyphens(courseName(course, all, p.locale))}</span>
      </button>`;
    })}
  </div>`;
}

const due = new Set<ParentNode>();

/**
 * Asks for the legend in `root` (a calendar's shadow root) to have its names fitted when the page is
 * next idle: legend-fit.ts, loaded then, and only for a legend with a name that has a word of 10 or
 * more letters (shorter ones fit any legend 10em wide), one fitted before (its name may have
 * changed: a size, or a title of a name cut even at 0.75, which must not outlive that name), or a
 * legend narrower than 10em (a narrow calendar at a large text size); and a month's or week's chips'
 * names and the lines of names under the month (fitChips, fitSlotWords and fitLines there).
 */
export function fitLegendSoon(root: ParentNode & Node): void {
  // A calendar no longer on the page (a render after its removal: a cancelled open) is not held until the page is idle.
  if (!root.isConnected) return;
  if (!due.size) 'requestIdleCallback' in self ? requestIdleCallback(fitDue, { timeout: 300 }) : setTimeout(fitDue, 50);
  due.add(root);
}

/** A calendar that left the page is not held until the page is next idle (a leak test found it reachable after removal). */
export const forgetLegendFit = (root: ParentNode): boolean => due.delete(root);

function fitDue(): void {
  const narrow = (legend: HTMLElement | null): boolean => !!legend && legend.clientWidth < 10 * parseFloat(getComputedStyle(legend).fontSize);
  // A month's or a week's chips (their words: legend-fit.ts fitChips, fitSlotWords), a line of names under the month (fitLines).
  const roots = [...due].filter((root) => root.querySelector('.month .course, .slot .session, .day-names:not(:empty), .closed-days') || [...root.querySelectorAll<HTMLElement>('.legend-title')].some((title) => /\S{10}/u.test(title.textContent!) || title.style.fontSize || title.parentElement!.title) || narrow(root.querySelector('.legend')));
  due.clear();
  // Weakly until the module comes (every month view asks since its chips fit too): a calendar removed meanwhile stays collectable.
  const refs = roots.map((root) => new WeakRef(root));
  if (refs.length) void import('./legend-fit.js').then((fit) => fit.fitLegends(refs.map((ref) => ref.deref()!).filter(Boolean)));
}
