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

/** An ISO date formatted with Intl in the locale (`12. mars 2026`, `١٢ مارس ٢٠٢٦`). */
export function formatDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' }): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(locale, options);
    } catch {
      formatter = new Intl.DateTimeFormat('nb', options);
    }
    formatters.set(key, formatter);
  }
  return formatter.format(parseIsoDate(iso));
}
