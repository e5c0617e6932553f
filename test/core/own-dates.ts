/**
 * Checks for the date formatters of the UI locales no browser engine has date data for
 * (`core/so.ts`, `core/nn.ts`, `core/ti.ts`, registered in `ownDateFormats`), against the table
 * ICU 78 with full CLDR 48 data wrote in Node (test/core/icu-dates.ts, scripts/icu-dates.mjs).
 */
import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/core/dates.js';
import { dates, options, text } from './icu-dates.js';

/** The option sets the widgets format dates with (grep `formatDate(` in src/), and where. */
export const WIDGET_OPTION_SETS: ReadonlyArray<[Intl.DateTimeFormatOptions, string]> = [
  [{ day: 'numeric', month: 'short', year: 'numeric' }, "formatDate's default: tracker due dates, ladder log and sign-off dates"],
  [{ month: 'long', year: 'numeric' }, 'calendar title'],
  [{ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, 'calendar day names, agenda heads, popover'],
  [{ weekday: 'short', day: 'numeric', month: 'numeric' }, 'calendar week view heads'],
  [{ weekday: 'short', day: 'numeric', month: 'short' }, "a session's day in a chip's name"],
  [{ day: 'numeric', month: 'short' }, 'the end day of a session past midnight'],
  [{ weekday: 'long' }, 'month view weekday heads, pattern dialog'],
  [{ weekday: 'short' }, 'month view weekday heads'],
  [{ weekday: 'narrow' }, 'month view weekday heads (narrow)'],
];

const key = (set: Intl.DateTimeFormatOptions): string =>
  JSON.stringify(Object.entries(set).sort(([a], [b]) => a.localeCompare(b)));

/** ICU 78's text for `set` formatting `iso` in `locale` (both must be in the table). */
export function icu(locale: keyof typeof text, set: Intl.DateTimeFormatOptions, iso: string): string {
  const row = options.findIndex((o) => key(o) === key(set));
  const column = dates.indexOf(iso);
  if (row < 0 || column < 0) throw new Error(`Not in test/core/icu-dates.ts: ${JSON.stringify(set)} ${iso}`);
  return text[locale][row][column];
}

/**
 * For every option set of the table: the locale's dates are ICU's for every date of the table, or
 * (the sets its module leaves to Intl) bokmål's for every one — never a mix, never a third text.
 * Returns the option sets written as ICU writes them.
 */
export function ownOptionSets(locale: keyof typeof text): Intl.DateTimeFormatOptions[] {
  const own: Intl.DateTimeFormatOptions[] = [];
  options.forEach((set, row) => {
    const got = dates.map((iso) => formatDate(iso, locale, set));
    const bokmal = dates.map((iso) => formatDate(iso, 'nb', set));
    const expected = text[locale][row];
    const asIcu = got.every((t, i) => t === expected[i]);
    if (asIcu) own.push(set);
    else expect(got, `${locale} ${JSON.stringify(set)}: neither ICU's (${expected.join(' | ')}) nor bokmål's`).to.deep.equal(bokmal);
  });
  return own;
}

/** The weekday names (Sunday to Saturday) of a weekday-only option set, from the table. */
export function weekdayNames(locale: keyof typeof text, weekday: 'long' | 'short' | 'narrow'): string[] {
  const names: string[] = [];
  for (const iso of dates.slice(0, 12)) names[new Date(`${iso}T12:00`).getDay()] = icu(locale, { weekday }, iso);
  return names;
}
