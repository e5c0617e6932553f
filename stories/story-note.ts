/**
 * A story's own words around its widgets (what it shows, the compact table's caption): English,
 * the developers' language, on a canvas whose widgets speak the Locale toolbar's language. Set
 * apart as a note (a grey box headed "About this story"), marked `lang="en"` (the page's `lang` is
 * the widgets' locale, so a screen reader read the English in a Norwegian or Arabic voice) and
 * left to right, and it says which locale the canvas is in: a reviewer reading English beside
 * Norwegian widgets knows the difference is the story's, not the product's.
 */
import { html, type TemplateResult } from 'lit';
import { locales } from '../.storybook/story-context.js';

interface Context {
  globals?: { locale?: unknown };
}

/** The canvas locale: the toolbar's (Storybook passes it in `globals`), else the page's `lang`. */
export function canvasLocale(context?: unknown): string {
  return String((context as Context | undefined)?.globals?.locale ?? (document.documentElement.lang || 'nb'));
}

/** "Norsk bokmål (nb)": the toolbar's name for the canvas locale (in its own language and direction), and its code. */
export function canvasLocaleName(context?: unknown): TemplateResult {
  const locale = canvasLocale(context);
  const title = locales.find((l) => l.value === locale)?.title.replace(/ \(RTL\)$/, '');
  return title ? html`<bdi lang=${locale}>${title}</bdi> (${locale})` : html`${locale}`;
}

/** The note above a story's canvas: what the story shows, and the canvas locale. */
export function storyNote(context: unknown, body: unknown): TemplateResult {
  return html`<p
    class="story-note"
    lang="en"
    dir="ltr"
    style="margin: 0 0 1rem; padding: 0.5rem 0.75rem; max-inline-size: 60rem; border-inline-start: 4px solid #6b6f76; background: #f2f3f5; color: #1c1d20; font: 0.875rem/1.45 system-ui, sans-serif"
  >
    <strong>About this story</strong> (note in English; the widgets are in ${canvasLocaleName(context)}, set in the Locale toolbar): ${body}
  </p>`;
}
