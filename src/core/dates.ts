/** Date helpers for `YYYY-MM-DD` documents: wall-clock dates, built and formatted in UTC so the browser's own zone never shifts them. */
import { expectedLocale, normalizeLocale, pageTextLocale } from './localize.js';
import { baseLanguage } from './text.js';

/**
 * A Date at UTC midnight for an ISO date: dates are wall-clock (contract §4), read with the UTC
 * getters and formatted with `timeZone: 'UTC'` (`dateFormatter`). A local midnight did not exist
 * on a day the browser's zone skipped (Pacific/Apia, 30 December 2011: it read as the 31st).
 * Years 0000–0099 stay themselves (`Date.UTC(y, …)` would read them as 1900–1999: "0001-01-01"
 * was formatted "1. januar 1901").
 */
export function parseIsoDate(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCFullYear(y, m - 1, d);
  return date;
}

/** `YYYY-MM-DD` for a Date from `parseIsoDate` (its UTC date). */
export function toIsoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * Now as wall-clock time in Europe/Oslo, `YYYY-MM-DDTHH:mm`, whatever the browser's own zone.
 * Documents are in the municipality's time (contract §4; the calendar's ICS export names it
 * Europe/Oslo), so every widget's "now" and "today" are Oslo's: the calendar's today and "now"
 * line, the step tracker's overdue, the task ladder's default log and sign-off date. CET, and CEST
 * from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October (the EU
 * rule of the VTIMEZONE in `ics.ts`). Plain arithmetic: an `Intl` time zone would load date data
 * in a first render.
 * @param now milliseconds since the epoch (default `Date.now()`)
 * @example osloNow(Date.UTC(2026, 2, 29, 1)) // '2026-03-29T03:00' (summer time began)
 */
export function osloNow(now = Date.now()): string {
  const year = new Date(now).getUTCFullYear();
  // 01:00 UTC on the last Sunday of a month of 31 days (0-based: March 2, October 9).
  const lastSunday = (month: number): number => Date.UTC(year, month, 31 - new Date(Date.UTC(year, month, 31)).getUTCDay(), 1);
  return new Date(now + (now >= lastSunday(2) && now < lastSunday(9) ? 72e5 : 36e5)).toISOString().slice(0, 16);
}

/**
 * Today as `YYYY-MM-DD`: Oslo's calendar day (see `osloNow`), not the browser's. A laptop left on
 * UTC at 00:30 in Oslo, or a phone still on another country's zone, gets the same day as the
 * municipality.
 * @param now milliseconds since the epoch (default `Date.now()`)
 * @example todayIso(Date.UTC(2026, 2, 11, 23, 30)) // '2026-03-12'
 */
export function todayIso(now?: number): string {
  return osloNow(now).slice(0, 10);
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
    // dateLocale gives only tags this browser's Intl took (or nb): no fallback needed here.
    // In UTC: the Dates are `parseIsoDate`'s (wall-clock, not the browser's zone).
    formatter = new Intl.DateTimeFormat(dateLocale(locale), { ...options, calendar: 'gregory', timeZone: 'UTC' });
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
const NB_MONTHS = 'januar februar mars april mai juni juli august september oktober november desember'.split(' ');
const NB_WEEKDAYS = 'søndag mandag tirsdag onsdag torsdag fredag lørdag'.split(' ');

/**
 * `date` in bokmål for the option sets in the tables' reach (`mars 2026`, `torsdag`, `tor.`, `T`,
 * `torsdag 12. mars 2026`, and `formatDate`'s default `12. mars 2026` / `4. feb. 2026`, which a task
 * ladder's log lines use), years 1000–9999; else undefined (Intl then formats it). Short names are
 * CLDR's: a weekday's first three letters and a dot (`tor.`), a month's too when it is longer than
 * four letters (`feb.`, but `mars`); narrow: the first letter, capital.
 */
function formatBokmal(date: Date, { weekday, day, month, year, ...rest }: Intl.DateTimeFormatOptions): string | undefined {
  const y = date.getUTCFullYear();
  if (year && (y < 1000 || y > 9999)) return undefined;
  const w = NB_WEEKDAYS[date.getUTCDay()];
  const m = NB_MONTHS[date.getUTCMonth()];
  // Any other option (an hour, a time zone) makes a key no case has.
  switch ([weekday, day, month, year, ...Object.keys(rest)] + '') {
    case 'long,,,':
      return w;
    case 'short,,,':
      return w.slice(0, 3) + '.';
    case 'narrow,,,':
      return w[0].toUpperCase();
    case ',,long,numeric':
      return `${m} ${y}`;
    case ',numeric,short,numeric':
      return `${date.getUTCDate()}. ${m.length > 4 ? m.slice(0, 3) + '.' : m} ${y}`;
    case 'long,numeric,long,numeric':
      return `${w} ${date.getUTCDate()}. ${m} ${y}`;
  }
  return undefined;
}

/**
 * Date formatters for languages no browser engine (or Chromium) has Gregorian date names for, by
 * UI locale, set by that UI locale's lazy module (`ti`: `core/ti.ts`, loaded with the Tigrinya UI
 * strings; `so`: `core/so.ts`, with the Somali ones; `nn`: `core/nn.ts`, Nynorsk weekdays):
 * `formatDate` asks them first (for a text locale's UI locale, `normalizeLocale`: `ti-ER` and the
 * ISO 639-2 `tir`, as a `lang` may write it, are ti's), and Intl (bokmål's, see `dateLocale`)
 * formats what they return undefined for. Empty until such a locale loads, so no other page pays
 * for their names.
 */
export const ownDateFormats = new Map<string, (date: Date, options: Intl.DateTimeFormatOptions) => string | undefined>();

/** `formatDate`'s default options ("12. mars 2026"). */
const DEFAULT_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/**
 * An ISO date formatted in the locale (`12. mars 2026`, `١٢ مارس ٢٠٢٦`; `12 መጋ 2026`, `Mar 12, 2026`
 * once the ti or so UI strings have loaded), Gregorian, see `dateFormatter` and `ownDateFormats`.
 * @param iso `YYYY-MM-DD` (a longer string: its first ten characters), local wall-clock
 * @param locale a BCP 47 text locale (`so`, `so-KE`, `som`, `nb-NO`); its UI locale's own formatter
 * (`normalizeLocale`) first, else Intl along `dateLocale`'s chain
 * @example formatDate('2026-03-12', 'nb', { month: 'long', year: 'numeric' }) // 'mars 2026'
 */
export function formatDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions = DEFAULT_DATE): string {
  const date = parseIsoDate(iso);
  return (ownDateFormats.get(normalizeLocale(locale)) ?? (dateLocale(locale) === 'nb' ? formatBokmal : undefined))?.(date, options) ?? dateFormatter(locale, options).format(date);
}

/**
 * A date text as a heading begins, its first letter a capital in `locale`: a month heading "Mars
 * 2026", "Березень 2026 р." where Intl writes the month as in running text ("mars", "березень":
 * lowercase in Norwegian, Nynorsk and Ukrainian), but a heading, like a sentence, starts with a
 * capital (Språkrådet). Scripts without case (Arabic, Persian, Ge'ez) are unchanged.
 * @example headingCase(formatDate('2026-03-12', 'uk', { month: 'long', year: 'numeric' }), 'uk') // 'Березень 2026 р.'
 */
export function headingCase(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(dateLocale(locale)) + text.slice(1);
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
  // In UTC, as `dateFormatter` formats: 02:30 on the night the device's clocks go forward read 03:30.
  const day = parseIsoDate(time.includes('T') ? time : '2000-01-01');
  day.setUTCHours(Number(match[1]), Number(match[2]), 0, 0);
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
