import { html, nothing, type TemplateResult } from 'lit';
import type { Text } from './types.js';
import { baseLanguage, directionOf, resolvedLocale, resolveText, textIn } from './text.js';

/**
 * Participant-facing text: the UI-locale (Norwegian) text first and, when the document names a
 * participant language and has that text, the same text under it, each with its own lang and dir.
 */
export function bilingual(text: Text | undefined | null, locale: string, participantLanguage?: string): TemplateResult {
  const primary = resolveText(text, locale);
  const primaryLang = resolvedLocale(text, locale);
  const second = participantLanguage ? textIn(text, participantLanguage) : undefined;
  const showSecond = second !== undefined && second !== '' && second !== primary && baseLanguage(participantLanguage ?? '') !== baseLanguage(primaryLang);
  return html`<span class="vk-text" part="text" lang=${primaryLang} dir=${directionOf(primaryLang)}>${primary}</span>${showSecond
    ? html`<span class="vk-text vk-text--second" part="text-second" lang=${participantLanguage ?? ''} dir=${directionOf(participantLanguage ?? '')}>${second}</span>`
    : nothing}`;
}
