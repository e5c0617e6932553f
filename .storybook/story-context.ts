/**
 * The preview's decorator and argTypes enhancer, in a module of their own (no CSS, no manifest)
 * so test/storybook/ can import them.
 */
import { html } from 'lit';
import { setLocale } from '../src/core/localize.js';

export const rtl = new Set(['ar', 'fa']);

/** The Locale toolbar's choices (preview.ts), also named in the stories' notes (stories/story-note.ts). */
export const locales: ReadonlyArray<{ value: string; title: string }> = [
  { value: 'nb', title: 'Norsk bokmål' },
  { value: 'nn', title: 'Norsk nynorsk' },
  { value: 'en', title: 'English' },
  { value: 'ar', title: 'العربية (RTL)' },
  { value: 'uk', title: 'Українська' },
  { value: 'ti', title: 'ትግርኛ' },
  { value: 'so', title: 'Soomaali' },
  { value: 'fa', title: 'فارسی / دری (RTL)' },
];

interface DecoratorContext {
  globals: Record<string, unknown>;
  viewMode?: string;
}

/**
 * The toolbar's Locale and Theme. On a story's canvas `<html lang dir>` carries the locale, as a
 * host page would. A Docs page is different: Storybook wraps it in
 * `<div class="sbdocs-content" lang="en">` (its prose is English), and a widget takes its
 * document texts and dates from the nearest `lang` — so under a Norwegian toolbar every story on
 * a Docs page showed English card titles, "March 2026" and "Mon Tue", and under Arabic the English
 * prose was laid out right to left. There each story gets its own `lang`/`dir`, and the page stays
 * left to right.
 */
export function withLocale(story: () => unknown, context: DecoratorContext): unknown {
  const locale = String(context.globals.locale ?? 'nb');
  const dir = rtl.has(locale) ? 'rtl' : 'ltr';
  const docs = context.viewMode === 'docs';
  document.documentElement.lang = locale;
  document.documentElement.dir = docs ? 'ltr' : dir;
  document.documentElement.dataset.theme = String(context.globals.theme ?? 'default');
  void setLocale(locale);
  return docs ? html`<div lang=${locale} dir=${dir}>${story()}</div>` : story();
}

type ArgTypes = Record<string, Record<string, unknown>>;

/**
 * The manifest gives every attribute, property, event, CSS custom property and part a control,
 * but a story's `render` passes on only its args (`value`, `mode`, `readonly`, …): the other
 * forty-odd controls (events, parts, tokens, read-only properties such as `validity`) did
 * nothing when set. They keep their rows (the Docs tables list them) without a control.
 */
export function onlyWiredControls(context: { argTypes: ArgTypes; initialArgs: Record<string, unknown> }): ArgTypes {
  return Object.fromEntries(Object.entries(context.argTypes).map(([name, argType]) => [name, name in context.initialArgs ? argType : { ...argType, control: false }]));
}
