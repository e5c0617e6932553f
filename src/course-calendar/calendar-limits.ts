/**
 * Why "Ny økt" and "Planlegg kurs" can add nothing: the document's session limit
 * (`SESSION_LIMIT`, the schema's maxItems), or no course to add to (the calendar has no "add
 * course": courses are the host's). Then both stay focusable in the toolbar's arrow order but are
 * `aria-disabled`, described by a visible reason under the toolbar, and pressing one says that
 * reason (before, at the limit they were offered and the edit was then refused; with no course they
 * were natively disabled, out of the arrow order, with no reason shown, QA pass 57).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { SESSION_LIMIT } from './course-calendar.model.js';
import type { ScheduleDocument } from './course-calendar.types.js';

/** The document holds as many sessions as it may: nothing can be added. */
export const sessionsFull = (doc: ScheduleDocument | null): boolean => (doc?.sessions.length ?? 0) >= SESSION_LIMIT;

/** Nothing can be added: no course to add a session to, or the session limit reached. */
export const addBlocked = (doc: ScheduleDocument | null): boolean => !doc?.courses.length || sessionsFull(doc);

/** Why nothing can be added (`addBlocked`), shown and said. */
export const fullReason = (doc: ScheduleDocument | null): string =>
  doc?.courses.length
    ? msg('Kalenderen er full. Slett økter for å legge til nye.', { id: 'course-calendar.full' })
    : `${msg('Ingen kurs ennå.', { id: 'course-calendar.empty' })} ${msg('Kurs legges inn i fagsystemet.', { id: 'course-calendar.empty-adviser' })}`;

/**
 * The visible line under the toolbar: why nothing can be added (`blocked`), or, in a calendar that
 * cannot be edited, that it has no course — said once for the calendar, not in each day of an empty grid.
 */
export const renderFullReason = (blocked: boolean, doc: ScheduleDocument): TemplateResult | typeof nothing =>
  blocked ? html`<p id="full-reason" part="full-reason">${fullReason(doc)}</p>` : doc.courses.length ? nothing : html`<p id="full-reason" part="full-reason">${msg('Ingen kurs ennå.', { id: 'course-calendar.empty' })}</p>`;
