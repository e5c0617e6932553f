/**
 * UI localization (@lit/localize, runtime mode).
 *
 * Who configures it: Veikart does, lazily, on first use, and exports `setLocale`. The UI locale
 * follows `<html lang>` (watched) until the host calls `setLocale()`. @lit/localize allows one
 * `configureLocalization` per module instance (lit#1661): if the host app already configured the
 * same instance, Veikart keeps working and shows its source (bokmål) strings — see README.
 */
import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];
export const uiLocales: readonly UiLocale[] = [sourceLocale, ...targetLocales];

// A static map of import() calls: Vite, the test runner and Storybook all resolve these.
const loaders: Record<Exclude<UiLocale, typeof sourceLocale>, () => Promise<unknown>> = {
  nn: () => import('../generated/locales/nn.js'),
  en: () => import('../generated/locales/en.js'),
  ar: () => import('../generated/locales/ar.js'),
  uk: () => import('../generated/locales/uk.js'),
  ti: () => import('../generated/locales/ti.js'),
  so: () => import('../generated/locales/so.js'),
  fa: () => import('../generated/locales/fa.js'),
};

/** Language tags people actually put in `lang` mapped to the UI locales we ship. */
const ALIASES: Record<string, UiLocale> = { no: 'nb', nob: 'nb', nno: 'nn', prs: 'fa', per: 'fa', fas: 'fa', ukr: 'uk', ara: 'ar', tir: 'ti', som: 'so', eng: 'en' };

/** The UI locale for a BCP 47 tag: `nb-NO` → `nb`, `prs` (Dari) → `fa`; unknown → `nb`. */
export function normalizeLocale(tag: string | null | undefined): UiLocale {
  const base = (tag ?? '').split(/[-_]/)[0].toLowerCase();
  if ((uiLocales as readonly string[]).includes(base)) return base as UiLocale;
  return ALIASES[base] ?? sourceLocale;
}

interface Controls {
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
}

let controls: Controls | undefined;
let sharedWithHost = false;
let followDocument = true;
let observer: MutationObserver | undefined;
let pending: Promise<void> = Promise.resolve();

function load(locale: UiLocale): Promise<void> {
  pending = (controls as Controls).setLocale(locale);
  return pending;
}

function ensureConfigured(): Controls {
  if (controls) return controls;
  try {
    controls = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
    });
  } catch {
    // The host app configured this @lit/localize instance first: its locale wins; ours is a no-op.
    sharedWithHost = true;
    controls = { getLocale: () => sourceLocale, setLocale: () => Promise.resolve() };
  }
  if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      if (followDocument) void load(normalizeLocale(document.documentElement.lang));
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    void load(normalizeLocale(document.documentElement.lang));
  }
  return controls;
}

/** Starts localization if nothing has yet; called by every Veikart element when it is created. */
export function initLocalization(): void {
  ensureConfigured();
}

/**
 * Sets the UI locale for every Veikart widget and stops following `<html lang>`.
 * Resolves when the locale's strings are loaded.
 * @example await setLocale('ar');
 */
export function setLocale(locale: string): Promise<void> {
  followDocument = false;
  ensureConfigured();
  return load(normalizeLocale(locale));
}

/** Goes back to following `<html lang>`; resolves when that locale is loaded. */
export function followDocumentLanguage(): Promise<void> {
  followDocument = true;
  ensureConfigured();
  return load(normalizeLocale(document.documentElement.lang));
}

/** The current UI locale. */
export function getLocale(): UiLocale {
  return normalizeLocale(ensureConfigured().getLocale());
}

/** True when the host app configured @lit/localize before Veikart (Veikart then shows bokmål). */
export function localizationSharedWithHost(): boolean {
  ensureConfigured();
  return sharedWithHost;
}

/** Resolves once the UI locale's strings are in (after a `<html lang>` change, say). */
export function localeReady(): Promise<void> {
  ensureConfigured();
  return pending;
}

export { LOCALE_STATUS_EVENT };
