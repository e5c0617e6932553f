import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { getLocale } from './localize.js';
import type { VkErrorDetail } from './events.js';

/**
 * What the error state says: the host's value was rejected and there is no document to show. Also a required widget's validation message then (`VkElement.requiredMessage`).
 * A document from a newer Veikart (`unsupported-version`, contract §4: `"version"` above what this build reads) is not broken: the page's Veikart is
 * older, so the reader is told that, and what helps (reload; else IT updates it) — not "… dokumentet har feil" (Storybook review #7, 7 Dec 2026).
 */
export const errorText = (error: VkErrorDetail | null): string =>
  error?.code == 'unsupported-version'
    ? msg('Innholdet er laget med en nyere versjon av Veikart og kan ikke vises her. Last inn siden på nytt, eller be IT om å oppdatere Veikart.', { id: 'empty.error-newer' })
    : msg('Innholdet kunne ikke vises fordi dokumentet har feil.', { id: 'empty.error' });

/**
 * A widget with no document: its empty message (`emptyMessage`), or, when the host's value was rejected (`error`), the error state with the technical details.
 * The details (code, JSON Pointer, the validator's message: the `vk-error` detail, which the contract writes for the host's developers) are English
 * and left to right whatever the UI language: marked so (`lang="en" dir="ltr"`), not translated, under a summary that says whom they are for
 * ("Tekniske detaljer for IT": an adviser passes them on),
 * or a screen reader reads them with the UI language's voice (WCAG 3.1.2). In participant mode (`mode`) only the plain message: the details are for the adviser and the host (`vk-error`).
 * `invalid`: the validation message while the widget is user-invalid (core/user-invalid.ts; a submit it blocked focuses the empty message), else "":
 * the empty message is described by it, so a screen reader says why the form stopped there, not only "Ingen steg ennå." (the host is a group only
 * with a label). The span is always there (an empty one describes nothing): one template, fewer bytes.
 */
export function renderEmpty(error: VkErrorDetail | null, emptyMessage: string, mode?: string, invalid?: string): TemplateResult {
  // prettier-ignore
  if (!error) return html`<div class="vk-empty" part="empty" data-state="empty" tabindex="-1" lang=${getLocale()} aria-describedby="vk-invalid">${emptyMessage}<span id="vk-invalid" hidden>${invalid}</span></div>`;
  // prettier-ignore
  return html`<div class="vk-empty" part="empty" data-state="error" role="alert" tabindex="-1" lang=${getLocale()}>${errorText(error)}${mode == 'participant' ? nothing : html`<details><summary>${msg('Tekniske detaljer for IT', { id: 'empty.details' })}</summary><span lang="en" dir="ltr"><code>${error.code}</code> ${error.issues[0] ? html`<code>${error.issues[0].path || '/'}</code>` : nothing} ${error.message}</span></details>`}</div>`;
}
