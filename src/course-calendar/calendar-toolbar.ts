/** The calendar's toolbar (navigation, title, view switch, actions) and course legend. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { renderPictogram } from '../core/pictograms.js';
import { resolvedLocale, resolveText } from '../core/text.js';
import { calendarViews, type CalendarView, type ScheduleDocument } from './course-calendar.types.js';

const chevron = svg`<path d="M15 6l-6 6 6 6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`;

export interface ToolbarProps {
  readonly doc: ScheduleDocument;
  readonly view: CalendarView;
  readonly title: string;
  readonly locale: string;
  readonly disabled: boolean;
  readonly editable: boolean;
  readonly hiddenCourses: ReadonlySet<string>;
  readonly on: {
    navigate(direction: -1 | 1): void;
    today(): void;
    setView(view: CalendarView): void;
    add(): void;
    plan(): void;
    download(): void;
    toggleCourse(courseId: string): void;
  };
}

export function renderToolbar(p: ToolbarProps): TemplateResult {
  const week = p.view === 'week';
  const viewNames: Record<CalendarView, string> = {
    month: msg('Måned', { id: 'course-calendar.view.month' }),
    week: msg('Uke', { id: 'course-calendar.view.week' }),
    agenda: msg('Liste', { id: 'course-calendar.view.agenda' }),
  };
  const noCourses = p.doc.courses.length === 0;
  return html`<div class="toolbar" part="toolbar">
    <div class="nav">
      <button type="button" class="icon" data-action="previous" ?disabled=${p.disabled} aria-label=${week ? msg('Forrige uke', { id: 'course-calendar.previous-week' }) : msg('Forrige måned', { id: 'course-calendar.previous-month' })} @click=${() => p.on.navigate(-1)}>
        <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${chevron}</svg>
      </button>
      <button type="button" data-action="today" ?disabled=${p.disabled} @click=${p.on.today}>${msg('I dag', { id: 'course-calendar.today' })}</button>
      <button type="button" class="icon" data-action="next" ?disabled=${p.disabled} aria-label=${week ? msg('Neste uke', { id: 'course-calendar.next-week' }) : msg('Neste måned', { id: 'course-calendar.next-month' })} @click=${() => p.on.navigate(1)}>
        <svg class="chevron chevron--next" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${chevron}</svg>
      </button>
    </div>
    <p class="title" id="title" part="title">${p.title}</p>
    <div class="views" role="group" aria-label=${msg('Visning', { id: 'course-calendar.view.label' })}>
      ${calendarViews.map((v) => html`<button type="button" data-view=${v} aria-pressed=${v === p.view ? 'true' : 'false'} ?disabled=${p.disabled} @click=${() => p.on.setView(v)}>${viewNames[v]}</button>`)}
    </div>
    <div class="actions">
      ${p.editable
        ? html`<button type="button" data-action="add" ?disabled=${noCourses} @click=${p.on.add}>${msg('Ny økt', { id: 'course-calendar.add' })}</button>
            <button type="button" data-action="plan" aria-haspopup="dialog" ?disabled=${noCourses} @click=${p.on.plan}>${msg('Planlegg kurs', { id: 'course-calendar.plan' })}</button>`
        : nothing}
      <button type="button" data-action="ics" ?disabled=${p.disabled} @click=${p.on.download}>${msg('Last ned (.ics)', { id: 'course-calendar.download' })}</button>
    </div>
  </div>`;
}

export function renderLegend(p: ToolbarProps): TemplateResult | typeof nothing {
  if (p.doc.courses.length === 0) return nothing;
  return html`<div class="legend" part="legend" role="group" aria-label=${msg('Vis kurs', { id: 'course-calendar.legend' })}>
    ${p.doc.courses.map(
      (course) => html`<button type="button" class="legend-item" data-course=${course.id} data-color=${course.color ?? nothing} aria-pressed=${p.hiddenCourses.has(course.id) ? 'false' : 'true'} ?disabled=${p.disabled} @click=${() => p.on.toggleCourse(course.id)}>
        <span class="swatch" aria-hidden="true"></span>${renderPictogram(course.pictogram, p.locale, true)}<span class="legend-title" lang=${resolvedLocale(course.title, p.locale)}>${resolveText(course.title, p.locale)}</span>
      </button>`,
    )}
  </div>`;
}
