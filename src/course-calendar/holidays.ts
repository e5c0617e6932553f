/**
 * Norwegian public holidays (helligdager and the two official flag holidays with a day off),
 * computed for any Gregorian year; Easter by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 * Names in every UI locale with strings: nb, nn, en (checked), and ar, uk, ti, so, fa — the latter
 * five MACHINE-WRITTEN, to be reviewed by a fluent speaker (listed in docs/translations.md). Any
 * other locale gets the nb name, the language of the society the participant is learning.
 */
import type { IsoDate } from '../core/types.js';
import { msg } from '@lit/localize';
import { nameOf, resolveText } from '../core/text.js';
import type { ScheduleDocument } from './course-calendar.types.js';
import { addDays, endKey } from './calendar-dates.js';

/** Locales holiday names exist in. */
export const holidayLocales = ['nb', 'nn', 'en', 'ar', 'uk', 'ti', 'so', 'fa'] as const;
export type HolidayLocale = (typeof holidayLocales)[number];

export interface PublicHoliday {
  readonly date: IsoDate;
  readonly id: string;
  readonly name: Readonly<Record<HolidayLocale, string>>;
}

/** Easter Sunday of a Gregorian year. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A holiday's names as written below: one string, in `holidayLocales` order, split at "|"; an empty
 * part (nn where it is nb's) is the nb name. Keyed objects cost the up-front bundle their eight keys
 * twelve times over.
 */
const names = (text: string): PublicHoliday['name'] => {
  const parts = text.split('|');
  return Object.fromEntries(holidayLocales.map((locale, i) => [locale, parts[i] || parts[0]])) as PublicHoliday['name'];
};

const fixed: Array<[string, string, string]> = [
  ['01-01', 'new-year', "Første nyttårsdag||New Year's Day|رأس السنة الميلادية|Новий рік|ሓዲሽ ዓመት|Sannadka Cusub|روز سال نو میلادی"],
  ['05-01', 'labour-day', 'Arbeidernes dag|Arbeidarane sin dag|Labour Day|عيد العمال|День праці|መዓልቲ ሰራሕተኛታት|Maalinta Shaqaalaha|روز کارگر'],
  ['05-17', 'constitution-day', 'Grunnlovsdag|Grunnlovsdagen|Constitution Day|يوم الدستور|День Конституції|መዓልቲ ቅዋም|Maalinta Dastuurka|روز قانون اساسی'],
  ['12-25', 'christmas-day', 'Første juledag||Christmas Day|عيد الميلاد|Різдво|ልደት|Ciidda Kirismaska|کریسمس'],
  ['12-26', 'boxing-day', "Andre juledag||St Stephen's Day|ثاني أيام عيد الميلاد|Другий день Різдва|ካልኣይ መዓልቲ ልደት|Maalinta labaad ee Kirismaska|روز دوم کریسمس"],
];

const easterBased: Array<[number, string, string]> = [
  [-3, 'maundy-thursday', 'Skjærtorsdag||Maundy Thursday|خميس العهد|Чистий четвер|ሓሙስ ጸሎተ|Khamiista Quduuska|پنجشنبه مقدس'],
  [-2, 'good-friday', 'Langfredag||Good Friday|الجمعة العظيمة|Страсна пʼятниця|ዓርቢ ስቕለት|Jimcaha Wanaagsan|جمعه نیک'],
  [0, 'easter-sunday', 'Første påskedag||Easter Sunday|عيد الفصح|Великдень|ፋሲካ|Axadda Iistarka|عید پاک'],
  [1, 'easter-monday', 'Andre påskedag||Easter Monday|اثنين الفصح|Великодній понеділок|ሰኑይ ፋሲካ|Isniinta Iistarka|دوشنبه عید پاک'],
  [39, 'ascension-day', 'Kristi himmelfartsdag||Ascension Day|عيد الصعود|Вознесіння|ዕርገት|Maalinta Kor-u-bixidda|روز عروج'],
  [49, 'whit-sunday', 'Første pinsedag||Whit Sunday|عيد العنصرة|Трійця|ጰንጠቆስጤ|Axadda Bentekoste|عید پنجاهه'],
  [50, 'whit-monday', 'Andre pinsedag||Whit Monday|اثنين العنصرة|Духів день|ሰኑይ ጰንጠቆስጤ|Isniinta Bentekoste|دوشنبه پنجاهه'],
];

const cache = new Map<number, readonly PublicHoliday[]>();

/** The twelve Norwegian public holidays of a year, in date order. */
export function norwegianHolidays(year: number): readonly PublicHoliday[] {
  const known = cache.get(year);
  if (known) return known;
  const y = String(year).padStart(4, '0');
  const easter = easterSunday(year);
  const list: PublicHoliday[] = [
    ...fixed.map(([md, id, name]) => ({ date: `${y}-${md}`, id, name: names(name) })),
    ...easterBased.map(([offset, id, name]) => ({ date: addDays(easter, offset), id, name: names(name) })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  cache.set(year, list);
  return list;
}

/** Holidays between `start` and `end` (exclusive), by date. */
export function holidaysBetween(start: IsoDate, end: IsoDate): Map<IsoDate, PublicHoliday> {
  const out = new Map<IsoDate, PublicHoliday>();
  const stop = endKey(end);
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, -6)); year++) {
    for (const holiday of norwegianHolidays(year)) if (holiday.date >= start && holiday.date < stop) out.set(holiday.date, holiday);
  }
  return out;
}

/** The holiday's name in `locale` (its base language; Dari: Persian) when there is one; else the nb name (`resolveText`). */
export function holidayName(holiday: PublicHoliday, locale: string): string {
  return resolveText(holiday.name, locale);
}

/** The names of the holidays and the document's closed days in [start, end), by date (a day may have several). */
export function specialDays(start: IsoDate, end: IsoDate, doc: ScheduleDocument, locale: string): Map<IsoDate, string[]> {
  const names = new Map<IsoDate, string[]>();
  for (const [date, holiday] of holidaysBetween(start, end)) names.set(date, [holidayName(holiday, locale)]);
  for (const closed of doc.closedDays ?? []) {
    if (closed.date < start || closed.date >= endKey(end)) continue;
    // An untitled closed day is still closed, and said so ("Stengt"), never an empty name after a comma.
    names.set(closed.date, [...(names.get(closed.date) ?? []), nameOf(closed.title, locale, () => msg('Stengt', { id: 'course-calendar.closed-fallback' }))]);
  }
  return names;
}
