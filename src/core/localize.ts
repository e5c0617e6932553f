/**
 * UI localization (@lit/localize, runtime mode).
 *
 * Who configures it: Veikart does, lazily, on first use, and exports `setLocale`. The UI locale
 * follows `<html lang>` (watched) until the host calls `setLocale()`. @lit/localize allows one
 * `configureLocalization` per module instance (lit#1661): if the host app already configured the
 * same instance, Veikart keeps working and shows its source (bokmål) strings — see README.
 */
import { configureLocalization, LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';
import type { ReactiveControllerHost } from 'lit';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

/** A UI locale Veikart ships strings for: `nb` (the source), `ar`, `en`, `fa`, `nn`, `so`, `ti`, `uk`. */
export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];
/** The eight UI locales, `nb` (the source) first: what `setLocale()` and `getLocale()` know; any other tag gives `nb` (`normalizeLocale`). */
export const uiLocales: readonly UiLocale[] = [sourceLocale, ...targetLocales];

// A static map of import() calls: Vite, the test runner and Storybook all resolve these. (Also the
// plan board's proposal, for the pictograms' words in a participant's language: proposal.ts.)
export const loaders: Record<Exclude<UiLocale, typeof sourceLocale>, () => Promise<unknown>> = {
  // The Nynorsk strings and weekday names, which Chromium has no date data for (core/nn.ts).
  nn: () => import('./nn.js'),
  en: () => import('../generated/locales/en.js'),
  ar: () => import('../generated/locales/ar.js'),
  uk: () => import('../generated/locales/uk.js'),
  // The Tigrinya strings and the Tigrinya month and weekday names, which no browser has (core/ti.ts).
  ti: () => import('./ti.js'),
  // The Somali strings and the Somali month and weekday names, which no browser has (core/so.ts).
  so: () => import('./so.js'),
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
/**
 * Fires `change` when a `lang` attribute in the page's document tree changes (`<html>` or a
 * container's: a host's language switch on a wrapper): widgets render again where that changes
 * their text locale (`VkElement.textLocale`). Shadow trees are not watched.
 */
export const langChanges = new EventTarget();
let pending: Promise<void> = Promise.resolve();

/** The strings of a new UI locale on their way (settles either way), or null. */
let loading: Promise<void> | null = null;
/** `loading`, settled either way or after {@link LOCALE_WAIT_MS}: one promise and one timer per load. */
let loadingWait: Promise<void> | null = null;
/** The locale last asked for: the UI locale once its strings are in. */
let requested: UiLocale | undefined;
/**
 * Why the strings of a UI locale could not be loaded (the first time), or undefined. The failure
 * is over once the strings of a locale asked for later are in (lit's `ready`: it answers only the
 * newest request), the failed one asked again (a failed import is fetched again, whatwg/html#10327)
 * or another (`setLocale`, a new `<html lang>`, back to bokmål): the page is in the language now
 * asked for, and each widget's notice goes (`updateOnLocale`).
 */
let failure: Error | undefined;

/** The longest a widget's first render waits for UI strings on their way (ms); see `localeWait`. */
export const LOCALE_WAIT_MS = 500;

/**
 * The locale whose strings @lit/localize (0.12) last failed to load: it keeps that locale as the one
 * "loading" after the error, and answers a new request for it with the same rejected promise,
 * fetching nothing. Asked for again, `load` first asks lit for its active locale (which clears that:
 * a `loading` status event, no `ready`, as the next request supersedes it), then for this one.
 */
let stuck: UiLocale | undefined;
/** The locale last passed to lit's `setLocale`. */
let asked: UiLocale | undefined;

function load(locale: UiLocale): Promise<void> {
  const lit = controls as Controls;
  const current = lit.getLocale();
  if (locale === stuck) void lit.setLocale(current).catch(() => undefined);
  stuck = undefined;
  const request = lit.setLocale((asked = locale));
  pending = request;
  requested = locale;
  if (locale !== current) {
    loading = request;
    loadingWait = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, LOCALE_WAIT_MS);
      const done = (): void => {
        clearTimeout(timer);
        if (loading === request) loading = loadingWait = null;
        resolve();
      };
      request.then(done, (error: unknown) => {
        // The UI stays in the locale it had: say so from here on (`LocaleController`).
        failure ??= error as Error; // a failed import(): a TypeError
        // lit rejects only its newest request: the locale last asked for.
        stuck = asked;
        if (requested === locale) requested = normalizeLocale(current);
        done();
      });
    });
  }
  return request;
}

/** `load` for a change of `<html lang>`: nobody awaits it, so a failure is not an unhandled rejection. */
const follow = (): void => void load(normalizeLocale(document.documentElement.lang)).catch(() => undefined);

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
    // follow() reads <html lang> whichever lang changed (the same UI locale asked again is no change).
    observer = new MutationObserver(() => {
      if (followDocument) follow();
      langChanges.dispatchEvent(new Event('change'));
    });
    observer.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
    addEventListener(LOCALE_STATUS_EVENT, hearStatus);
    follow();
  }
  return controls;
}

/**
 * The UI locale the first element will show, without configuring @lit/localize (a host app may
 * still configure it first): once configured, the locale last asked for (it is the UI locale once
 * its strings are in), else what `<html lang>` asks for.
 */
export function expectedLocale(): UiLocale {
  if (controls) return sharedWithHost || !requested ? getLocale() : requested;
  return typeof document === 'undefined' ? sourceLocale : normalizeLocale(document.documentElement.lang);
}

/**
 * The locale for document texts and dates of a widget with no `lang` of its own below `<html>`,
 * when the UI locale is `ui`: `<html lang>` as written ("prs", "fa-AF", "en-GB") when it names that
 * language, except bokmål (`nb`: its Intl-free date path); else `ui` (setLocale chose another).
 */
export function pageTextLocale(ui: string): string {
  const lang = document.documentElement.lang;
  return ui == 'nb' || normalizeLocale(lang) != ui ? ui : lang;
}

/**
 * Starts fetching the strings of the page's language (`<html lang>`) before any element exists,
 * without configuring @lit/localize: the first element then finds the module loaded instead of
 * fetching it inside its first render. Bokmål (the source) has nothing to fetch; once
 * localization is configured it loads what it needs itself.
 */
export function prefetchLocale(): void {
  if (controls) return;
  const locale = expectedLocale();
  if (locale !== sourceLocale) void loaders[locale]().catch(() => undefined);
}

/** Starts localization if nothing has yet; called by every Veikart element when it is created. */
export function initLocalization(): void {
  ensureConfigured();
}

/**
 * Sets the UI locale for every Veikart widget and stops following `<html lang>`.
 * Resolves when the locale's strings are loaded; rejects when they cannot be (their chunk file
 * is gone or the network is): the UI then stays in the locale it had, and every widget shows its
 * load-failure notice (core/announcer.ts `loadFailed`) until a locale asked for later loads. A
 * BCP 47 tag: its base language is used (`'ar-SY'` → `ar`; `no` → `nb`); one Veikart has no
 * strings for (`'de'`) gives bokmål, the source locale, without an error (`uiLocales` lists the
 * eight there are).
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

/**
 * While the strings of a new UI locale are on their way (after the first element configured
 * localization for a `<html lang>` other than bokmål, or after `setLocale`): a promise that
 * resolves when they are in, failed to load, or after {@link LOCALE_WAIT_MS}, whichever comes
 * first (one promise however many widgets wait). Null when nothing is loading.
 */
export function localeWait(): Promise<void> | null {
  return loadingWait;
}

/** Resolves once the UI locale's strings are in (after a `<html lang>` change, say). */
export function localeReady(): Promise<void> {
  ensureConfigured();
  return pending;
}

/**
 * What `updateWhenLocaleChanges` does (a render once a new UI locale's strings are in), and what
 * it does not: when they could not be loaded, `failed` is called with the error, at once for a
 * widget connected after that; once a locale asked for later has loaded (that one after all, or
 * another), the host's announcer (protected on a Veikart element, reached as core/popover.ts does)
 * hears that the unnamed part `failed` reported has loaded (core/announcer.ts `loadRecovered(null)`).
 */
export function updateOnLocale(host: ReactiveControllerHost, failed: (error: Error) => void): void {
  const recovered = (): void => (host as unknown as { announcer?: { loadRecovered(part: unknown): void } }).announcer?.loadRecovered(null);
  const listener = ({ detail }: CustomEvent<LocaleStatusEventDetail>): void => {
    if (detail.status == 'ready') {
      recovered(); // `failure` is over (`hearStatus`)
      host.requestUpdate();
    } else if (detail.status == 'error') failed(new Error(detail.errorMessage));
  };
  host.addController({
    // A widget away from the page while the failure ended did not hear it: its notice goes as it comes back.
    hostConnected: () => (failure ? failed(failure) : recovered(), statusListeners.add(listener)),
    hostDisconnected: () => statusListeners.delete(listener),
  });
}

/** The connected widgets' listeners, in the order they connected, heard through one window listener (added as localization is configured, never removed): each addEventListener looks through the window's listeners, 500 widgets 125,000 looks. */
const statusListeners = new Set<(event: CustomEvent<LocaleStatusEventDetail>) => void>();
function hearStatus(event: Event): void {
  if ((event as CustomEvent<LocaleStatusEventDetail>).detail.status == 'ready') failure = undefined;
  statusListeners.forEach((listener) => listener(event as CustomEvent<LocaleStatusEventDetail>));
}

export { LOCALE_STATUS_EVENT };
