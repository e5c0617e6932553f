// `veikart`'s names for core/localize.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../core/localize.js';

/** Goes back to following `<html lang>`; resolves when that locale is loaded. */
export const followDocumentLanguage: typeof m.followDocumentLanguage = m.followDocumentLanguage;
/** The current UI locale. */
export const getLocale: typeof m.getLocale = m.getLocale;
/** Resolves once the UI locale's strings are in (after a `<html lang>` change, say). */
export const localeReady: typeof m.localeReady = m.localeReady;
/** True when the host app configured @lit/localize before Veikart (Veikart then shows bokmål). */
export const localizationSharedWithHost: typeof m.localizationSharedWithHost = m.localizationSharedWithHost;
/** The UI locale for a BCP 47 tag: `nb-NO` → `nb`, `prs` (Dari) → `fa`; unknown → `nb`. */
export const normalizeLocale: typeof m.normalizeLocale = m.normalizeLocale;
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
export const setLocale: typeof m.setLocale = m.setLocale;
/** The eight UI locales, `nb` (the source) first: what `setLocale()` and `getLocale()` know; any other tag gives `nb` (`normalizeLocale`). */
export const uiLocales: typeof m.uiLocales = m.uiLocales;
