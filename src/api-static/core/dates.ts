// `veikart`'s names for core/dates.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../core/dates.js';

/**
 * A cached Intl.DateTimeFormat for a UI locale: always the Gregorian calendar (Persian and Arabic
 * locales would otherwise pick their own), the locale's own digits, and the fallback chain of
 * `dateLocale`.
 */
export const dateFormatter: typeof m.dateFormatter = m.dateFormatter;
/**
 * The locale Intl formats dates in for a UI (or text) locale — the fallback chain:
 *
 * 1. the locale itself, when the browser has date data for it (`ar-SY`, `uk`, `fa`; `prs` → the
 *    browser's `fa-AF`, Dari month names);
 * 2. its base language (`ar-XX` → `ar`);
 * 3. `nb` — for nn (Chromium has no nynorsk date data), ti and so (no data at all) and anything else
 *    unknown: bokmål is the language of the society the participant is learning. Never English
 *    unless English was asked for (Chromium's own fallback for nn/ti/so is `en-US`).
 *
 * "Has date data" means `Intl.DateTimeFormat.supportedLocalesOf` returns the tag, a formatter for
 * it resolves to the same language (not the default locale), and it names months (Chromium accepts
 * `ti-ER` and `so-KE` but has only ICU's root data for them, which writes March as "M03").
 * Results are cached per tag; nb, en, ar, uk and fa are known without probing.
 * @example dateLocale('ti') // 'nb'
 * @example dateLocale('fa') // 'fa'
 */
export const dateLocale: typeof m.dateLocale = m.dateLocale;
/**
 * An ISO date formatted in the locale (`12. mars 2026`, `١٢ مارس ٢٠٢٦`; `12 መጋ 2026`, `Mar 12, 2026`
 * once the ti or so UI strings have loaded), Gregorian, see `dateFormatter` and `ownDateFormats`.
 * @param iso `YYYY-MM-DD` (a longer string: its first ten characters), local wall-clock
 * @param locale a BCP 47 text locale (`so`, `so-KE`, `som`, `nb-NO`); its UI locale's own formatter
 * (`normalizeLocale`) first, else Intl along `dateLocale`'s chain
 * @example formatDate('2026-03-12', 'nb', { month: 'long', year: 'numeric' }) // 'mars 2026'
 */
export const formatDate: typeof m.formatDate = m.formatDate;
/**
 * A clock time formatted in the locale (`22:00` in nb, `۲۲:۰۰` in fa, `10:00 م` in ar), through
 * `dateFormatter` (same fallback chain: ti and so get bokmål's 24-hour clock, never `10:00 PM`).
 * Accepts `HH:mm`, or a local date-time `YYYY-MM-DDTHH:mm` (contract §4; no time zone conversion).
 * @example formatTime('2026-03-04T22:00', 'nb') // '22:00'
 */
export const formatTime: typeof m.formatTime = m.formatTime;
