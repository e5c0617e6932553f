/**
 * A stand-in for a municipality's Designsystemet theme: only the `--ds-*` tokens Veikart reads,
 * no `--vk-*` at all. Under `[data-theme="designsystemet"]` (the Theme toolbar puts it on `<html>`,
 * the Theming story on one of its two sections) the widgets pick the theme up by themselves.
 *
 * Deliberately unlike Veikart's own defaults, so a reviewer sees that the tokens act: a plum
 * accent (Veikart: blue #1d5fbf), warm greys, round corners (16/24 px; Veikart 8/12 px) and a
 * serif. The first stand-in (accent #0062ba, cool greys, 4/8 px, Inter — not installed, so the
 * same system font) looked the same as the defaults side by side. Colours keep Veikart's
 * contrast: text 16:1 and 7.9:1, accent 8.8:1 with white, borders 4.3:1 or more (3:1 is asked).
 *
 * `[data-theme="default"]` sets every one of these tokens to `initial` (guaranteed-invalid, so each
 * `var(--ds-…, default)` falls back): the Theming story's "Veikart default" side stays on the
 * defaults while the toolbar's Designsystemet tokens are on `<html>` above it (before, it
 * inherited them and the story's own check failed).
 *
 * A constructed sheet, not a .css import: the Theming story installs it too, so it also applies
 * where Storybook's preview does not run (the visual suite's page, test/storybook/).
 */
export const designsystemetTokens: Readonly<Record<string, string>> = {
  '--ds-font-family': "'Noto Serif', Georgia, 'Noto Naskh Arabic', 'Noto Serif Ethiopic', serif",
  '--ds-color-accent-base-default': '#6b2c91',
  '--ds-color-accent-base-contrast-default': '#ffffff',
  '--ds-color-accent-surface-tinted': '#f1e6f8',
  '--ds-color-neutral-background-default': '#fffdf9',
  '--ds-color-neutral-surface-tinted': '#f5f0e8',
  '--ds-color-neutral-text-default': '#231f1a',
  '--ds-color-neutral-text-subtle': '#574f44',
  '--ds-color-neutral-border-default': '#7a7061',
  '--ds-color-neutral-border-subtle': '#d9d0c2',
  '--ds-color-success-text-default': '#1f6a2a',
  '--ds-color-success-surface-tinted': '#e5f2e2',
  '--ds-color-danger-text-default': '#a3161c',
  '--ds-color-danger-surface-tinted': '#fbe6e4',
  '--ds-color-focus-outer': '#231f1a',
  '--ds-color-focus-inner': '#f5d300',
  '--ds-border-radius-md': '16px',
  '--ds-border-radius-lg': '24px',
  '--ds-size-2': '0.5rem',
  '--ds-size-4': '1rem',
};

const block = (selector: string, value: (token: string) => string): string =>
  `${selector} {\n${Object.keys(designsystemetTokens)
    .map((token) => `  ${token}: ${value(token)};`)
    .join('\n')}\n}`;

/** The sheet's text: the tokens under `[data-theme="designsystemet"]`, reset under `[data-theme="default"]`. */
export const designsystemetThemeCss = [block("[data-theme='designsystemet']", (token) => designsystemetTokens[token]), block("[data-theme='default']", () => 'initial')].join('\n');

let sheet: CSSStyleSheet | undefined;
/** Adds the sheet to the document once (idempotent). */
export function installDesignsystemetTheme(doc: Document = document): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(designsystemetThemeCss);
  }
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
