/** Date helpers for `YYYY-MM-DD` documents: local wall-clock, never UTC-shifted. */

/** A local Date at midnight for an ISO date. */
export function parseIsoDate(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(y, m - 1, d);
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
const dateLocales = new Map<string, string>();

/**
 * The locale Intl formats dates in for a UI locale. The browser may lack date data for a
 * language (Chromium has none for ti, so and sometimes nn, and silently falls back to English);
 * then the chain is nn → nb, and every other language → nb, the language of the society the
 * participant is learning — never English unless English was asked for.
 */
export function dateLocale(locale: string): string {
  let found = dateLocales.get(locale);
  if (found) return found;
  const base = locale.split('-')[0].toLowerCase();
  const has = (tag: string): boolean => {
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf([tag]).length === 0) return false;
      return new Intl.DateTimeFormat(tag).resolvedOptions().locale.split('-')[0].toLowerCase() === tag.split('-')[0].toLowerCase();
    } catch {
      return false;
    }
  };
  found = has(locale) ? locale : has(base) ? base : 'nb';
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

/** An ISO date formatted in the locale (`12. mars 2026`, `١٢ مارس ٢٠٢٦`), Gregorian, see `dateFormatter`. */
export function formatDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' }): string {
  return dateFormatter(locale, options).format(parseIsoDate(iso));
}
