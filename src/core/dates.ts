/** Date helpers for `YYYY-MM-DD` documents: local wall-clock, never UTC-shifted. */
import { expectedLocale, pageTextLocale } from './localize.js';
import { baseLanguage } from './text.js';

/**
 * A local Date at midnight for an ISO date. Years 0000–0099 stay themselves (`new Date(y, …)`
 * would read them as 1900–1999: "0001-01-01" was formatted "1. januar 1901").
 */
export function parseIsoDate(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const date = new Date(y, m - 1, d);
  date.setFullYear(y, m - 1, d);
  return date;
}

/** `YYYY-MM-DD` for a local Date. */
export function toIsoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today in local time as `YYYY-MM-DD`. */
export function todayIso(): string {
  return toIsoDate(new Date());
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/**
 * Tags every engine Veikart supports ships Gregorian month names for (Chromium, Firefox and Safari
 * all carry CLDR's nb, en, ar, uk and fa): `dateLocale` takes them as they are, without the probe
 * below — its `supportedLocalesOf` and probe format cost tens of milliseconds on a first render.
 * nn, ti, so (and anything else) are still probed.
 */
const dateLocales = new Map<string, string>(['nb', 'en', 'ar', 'uk', 'fa'].map((tag) => [tag, tag]));

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
export function dateLocale(locale: string): string {
  let found = dateLocales.get(locale);
  if (found) return found;
  const usable = (tag: string): string | undefined => {
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf([tag]);
      if (!supported) return undefined;
      const formatter = new Intl.DateTimeFormat(supported, { month: 'long', calendar: 'gregory' });
      if (baseLanguage(formatter.resolvedOptions().locale) !== baseLanguage(supported)) return undefined;
      // Chromium "supports" some regional tags (ti-ER, so-KE) with only ICU's root data: "M03".
      return /^M\d+$/.test(formatter.format(new Date(2026, 2, 4)).trim()) ? undefined : supported;
    } catch {
      return undefined;
    }
  };
  found = usable(locale) ?? usable(baseLanguage(locale)) ?? 'nb';
  dateLocales.set(locale, found);
  return found;
}

/**
 * A cached Intl.DateTimeFormat for a UI locale: always the Gregorian calendar (Persian and Arabic
 * locales would otherwise pick their own), the locale's own digits, and the fallback chain of
 * `dateLocale`.
 */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(dateLocale(locale), { ...options, calendar: 'gregory' });
    } catch {
      formatter = new Intl.DateTimeFormat('nb', { ...options, calendar: 'gregory' });
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * CLDR's Norwegian Bokmål names, as the browsers' Intl writes them (test/core/dates.test.ts checks
 * them against Intl): the forms a month calendar's first render needs. A page's first
 * Intl.DateTimeFormat loads the locale's date data (≈15 ms of a month view's first render); in
 * bokmål — Veikart's source locale, and the fallback of nn, ti and so — that render needs none.
 */
const NB_MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const NB_MONTHS_SHORT = ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'];
const NB_WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];
const NB_WEEKDAYS_SHORT = ['søn.', 'man.', 'tir.', 'ons.', 'tor.', 'fre.', 'lør.'];
const NB_WEEKDAYS_NARROW = ['S', 'M', 'T', 'O', 'T', 'F', 'L'];

/**
 * `date` in bokmål for the option sets in the tables' reach (`mars 2026`, `torsdag`, `tor.`, `T`,
 * `torsdag 12. mars 2026`, and `formatDate`'s default `12. mars 2026` / `4. feb. 2026`, which a task
 * ladder's log lines use), years 1000–9999; else undefined (Intl then formats it).
 */
function formatBokmal(date: Date, options: Intl.DateTimeFormatOptions): string | undefined {
  const { weekday, day, month, year, ...rest } = options;
  if (Object.keys(rest).length > 0) return undefined;
  const y = date.getFullYear();
  if (year !== undefined && (year !== 'numeric' || y < 1000 || y > 9999)) return undefined;
  if (weekday !== undefined && day === undefined && month === undefined && year === undefined) {
    const names = weekday === 'long' ? NB_WEEKDAYS : weekday === 'short' ? NB_WEEKDAYS_SHORT : NB_WEEKDAYS_NARROW;
    return names[date.getDay()];
  }
  if (weekday === undefined && day === undefined && month === 'long' && year === 'numeric') return `${NB_MONTHS[date.getMonth()]} ${y}`;
  if (weekday === undefined && day === 'numeric' && month === 'short' && year === 'numeric') return `${date.getDate()}. ${NB_MONTHS_SHORT[date.getMonth()]} ${y}`;
  if (weekday === 'long' && day === 'numeric' && month === 'long' && year === 'numeric') return `${NB_WEEKDAYS[date.getDay()]} ${date.getDate()}. ${NB_MONTHS[date.getMonth()]} ${y}`;
  return undefined;
}

/** `formatDate`'s default options ("12. mars 2026"). */
const DEFAULT_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** An ISO date formatted in the locale (`12. mars 2026`, `١٢ مارس ٢٠٢٦`), Gregorian, see `dateFormatter`. */
export function formatDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions = DEFAULT_DATE): string {
  const date = parseIsoDate(iso);
  return (dateLocale(locale) === 'nb' ? formatBokmal(date, options) : undefined) ?? dateFormatter(locale, options).format(date);
}

/** The default clock-time options: two-digit hour and minutes (`09:30`, as in documents), in the locale's own hour cycle and digits. */
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/**
 * A clock time formatted in the locale (`22:00` in nb, `۲۲:۰۰` in fa, `10:00 م` in ar), through
 * `dateFormatter` (same fallback chain: ti and so get bokmål's 24-hour clock, never `10:00 PM`).
 * Accepts `HH:mm`, or a local date-time `YYYY-MM-DDTHH:mm` (contract §4; no time zone conversion).
 * @example formatTime('2026-03-04T22:00', 'nb') // '22:00'
 */
export function formatTime(time: string, locale: string, options: Intl.DateTimeFormatOptions = TIME): string {
  const match = /(?:^|T)(\d{2}):(\d{2})/.exec(time);
  if (!match) return time;
  const day = time.includes('T') ? parseIsoDate(time) : new Date(2000, 0, 1);
  day.setHours(Number(match[1]), Number(match[2]), 0, 0);
  return dateFormatter(locale, options).format(day);
}

/**
 * Builds (and caches) the formatters for `formats` in the locale the first widget will show
 * (`expectedLocale`), for a widget's `prepare()`: a page's first `Intl.DateTimeFormat` loads its
 * locale's date data, which would otherwise fall inside that widget's first render. Bokmål's
 * common formats need no Intl (see `formatBokmal`), so there this costs next to nothing.
 */
export function prepareDateFormats(formats: readonly Intl.DateTimeFormatOptions[] = [DEFAULT_DATE]): void {
  // The tag the widgets will format in (`<html lang="en-GB">`: en-GB, not en).
  const locale = pageTextLocale(expectedLocale());
  for (const options of formats) formatDate('2026-03-12', locale, options);
}
