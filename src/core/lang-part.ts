import { html, type TemplateResult } from 'lit';
import { isolate } from './text.js';

/**
 * A UI string (in the UI locale, the `lang` of the widget's wrapper) with one isolated part in it
 * written in another language — a date in the text locale, a document's name — rendered with that
 * part in a `<bdi lang>` instead of its isolates, so a screen reader reads it in its own language
 * (WCAG 3.1.2). `text` as it is when the part is not in it (a translation that dropped it).
 * @example withPart(msg(str`Frist ${isolate(date)}`), date, 'ar')
 */
export function withPart(text: string, part: string, lang: string): TemplateResult | string {
  const isolated = isolate(part);
  const at = part ? text.indexOf(isolated) : -1;
  return at < 0 ? text : html`${text.slice(0, at)}<bdi lang=${lang}>${part}</bdi>${text.slice(at + isolated.length)}`;
}
