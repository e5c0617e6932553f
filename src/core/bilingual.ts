import { html, nothing, type TemplateResult } from 'lit';
import type { Text } from './types.js';
import { baseLanguage, directionOf, resolvedLocale, resolveText, textIn, textLang } from './text.js';
import { fitWord } from './word-fit.js';
import { keepHyphens } from './keep-together.js';

/** UI locales whose own text comes first; in any other UI locale the plain Norwegian text does. */
const STAFF_LOCALES = new Set(['nb', 'nn', 'no', 'en']);

/**
 * The locale of a participant-facing text's first line: the UI locale for staff locales or a
 * document without a participant language, else `nb`. Read-aloud starts with this line too.
 */
export const firstLocale = (uiLocale: string, participantLanguage?: string): string =>
  STAFF_LOCALES.has(baseLanguage(uiLocale)) || !participantLanguage ? uiLocale : 'nb';

/**
 * The locale a widget's names and announcements quote a participant-facing text in: a line the
 * text shows (WCAG 2.5.3, label in name), in the UI's language where it shows one — the first line
 * in a staff locale, the second where the UI is the participant's language (an Arabic UI, an
 * Arabic plan: "تم: دورة اللغة النرويجية") — else the first, Norwegian line (a Ukrainian UI, an
 * Arabic plan: "Ferdig: Norskkurs", not the Ukrainian text no line shows).
 */
export const nameLocale = (uiLocale: string, participantLanguage?: string): string =>
  participantLanguage && baseLanguage(participantLanguage) === baseLanguage(uiLocale) ? uiLocale : firstLocale(uiLocale, participantLanguage);

/**
 * Participant-facing text (contract.md §4): the Norwegian text first (the staff locale's, for nb,
 * nn and en) and, when the document names a participant language and has that text, the same
 * text under it, each with the lang and dir of the entry it shows (`resolvedLocale`, `textLang`:
 * a Dari participant's Persian fallback is `fa`). In an Arabic UI the Norwegian line stays first:
 * learning to recognise it is part of the plan. A line whose longest word is wider than its box
 * is drawn a little smaller rather than split (`fitWord`), and a hyphen that joins a short part
 * ("ka-qaybgale") does not break (`keepHyphens`).
 */
export function bilingual(text: Text | undefined | null, uiLocale: string, participantLanguage?: string): TemplateResult {
  const locale = firstLocale(uiLocale, participantLanguage);
  const primary = resolveText(text, locale);
  const primaryLang = resolvedLocale(text, locale);
  const second = participantLanguage ? textIn(text, participantLanguage) : undefined;
  const showSecond = second !== undefined && second !== '' && second !== primary && baseLanguage(participantLanguage ?? '') !== baseLanguage(primaryLang);
  // Marked with the language it is written in: a Dari participant's Persian fallback is `fa`, not `prs`.
  const secondLang = showSecond ? textLang(text, participantLanguage!) : '';
  return html`<span class="vk-text" part="text" ${fitWord(primary)} lang=${primaryLang} dir=${directionOf(primaryLang)}>${keepHyphens(primary)}</span>${showSecond
    ? html`<span class="vk-text vk-text--second" part="text-second" ${fitWord(second!)} lang=${secondLang} dir=${directionOf(secondLang)}>${keepHyphens(second!)}</span>`
    : nothing}`;
}
