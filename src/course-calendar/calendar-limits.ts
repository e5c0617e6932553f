/**
 * The document's session limit (`SESSION_LIMIT`, the schema's maxItems) in the toolbar: at it,
 * "Ny økt" and "Planlegg kurs" stay focusable in the toolbar's arrow order but are `aria-disabled`,
 * described by a visible reason under the toolbar, and pressing one says that reason (before, they
 * were offered and the edit was then refused). The calendar has no "add course".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { SESSION_LIMIT } from './course-calendar.model.js';
import type { ScheduleDocument } from './course-calendar.types.js';

/** The document holds as many sessions as it may: nothing can be added. */
export const sessionsFull = (doc: ScheduleDocument | null): boolean => (doc?.sessions.length ?? 0) >= SESSION_LIMIT;

/** Why nothing can be added, shown and said. */
export const fullReason = (): string => msg('Kalenderen er full. Slett økter for å legge til nye.', { id: 'course-calendar.full' });

/** The visible reason, under the toolbar, when the document is full. */
export const renderFullReason = (full: boolean): TemplateResult | typeof nothing => (full ? html`<p id="full-reason" part="full-reason">${fullReason()}</p>` : nothing);
