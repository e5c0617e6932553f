import { getLocale } from './localize.js';

/** One `Intl.PluralRules` per UI locale (a month view asks for every day cell). */
const rules: Record<string, Intl.PluralRules> = {};

/**
 * Whether the count `n` takes its "one" form in the UI locale (`getLocale()`, the locale `msg()`
 * shows), by CLDR's plural rules as the browser's `Intl.PluralRules` has them
 * (https://cldr.unicode.org/index/cldr-spec/plural-rules). @lit/localize has no plurals, so a
 * count message is two literal `msg()` calls (`lit-localize extract` must see both): `<id>.one`
 * for the "one" form and `<id>` for every other count:
 * @example isPluralOne(n) ? msg(str`${n} økt`, { id: 'course-calendar.session-count.one' }) : msg(str`${n} økter`, { id: 'course-calendar.session-count' })
 *
 * "one" is not always only 1: Ukrainian puts 21, 31, 101 in it ("21 заняття"), Persian and
 * Tigrinya 0, so a `.one` text keeps its `{0}`. Languages with more forms (Arabic zero, two, few,
 * many; Ukrainian few, many) get the `<id>` text for all of them.
 */
export function isPluralOne(n: number): boolean {
  const locale = getLocale();
  return (rules[locale] ??= new Intl.PluralRules(locale)).select(n) == 'one';
}
