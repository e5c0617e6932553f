import { expect } from '@open-wc/testing';
import { dateFormatter, dateLocale, formatDate, formatTime, parseIsoDate } from '../../src/core/dates.js';
import { languageName, NB_LANGUAGE_NAMES } from '../../src/core/text.js';

// Tested against this Chromium's own Intl data: expectations are built from Intl where they depend
// on it (digits), and spelled out where the issue names them (month names, calendars, fallbacks).
const ENGLISH_MONTHS = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const PERSIAN_CALENDAR_MONTHS = /اسفند|فروردین|اردیبهشت|خرداد|بهمن|دی/;

/** Digits 0–9 as the locale writes numbers (Intl.NumberFormat of the same locale). */
function digitsOf(locale: string): string {
  return Array.from({ length: 10 }, (_, n) => new Intl.NumberFormat(locale).format(n)).join('');
}

describe('dates per locale', () => {
  it('fa: Gregorian months with Persian names and Persian digits, never the Persian calendar', () => {
    const text = formatDate('2026-03-04', 'fa', { day: 'numeric', month: 'long', year: 'numeric' });
    expect(text).to.contain('مارس');
    expect(text).to.not.match(PERSIAN_CALENDAR_MONTHS);
    expect(text).to.contain('۲۰۲۶');
    expect(text).to.contain('۴');
    expect(text).to.not.contain('۱۴۰۴');
    expect(dateFormatter('fa', { month: 'long' }).resolvedOptions().calendar).to.equal('gregory');
  });

  it('fa: the 2nd of March is announced as 2 March, not 11 Esfand', () => {
    const text = formatDate('2026-03-02', 'fa', { weekday: 'long', day: 'numeric', month: 'long' });
    expect(text).to.contain('۲');
    expect(text).to.contain('مارس');
    expect(text).to.not.contain('۱۱');
    expect(text).to.not.match(PERSIAN_CALENDAR_MONTHS);
  });

  it('Dari (prs) uses the browser’s Afghan Persian data when it has it, Gregorian', () => {
    const locale = dateLocale('prs');
    expect(locale === 'nb' || locale.startsWith('fa')).to.equal(true);
    expect(formatDate('2026-03-04', 'prs', { day: 'numeric', month: 'long' })).to.not.match(PERSIAN_CALENDAR_MONTHS);
  });

  it('ar: Gregorian, with the digits Arabic number formatting uses', () => {
    const text = formatDate('2026-03-04', 'ar', { day: 'numeric', month: 'long', year: 'numeric' });
    const digits = digitsOf('ar');
    expect(text).to.contain('مارس');
    expect(text).to.contain(digits[4]);
    expect(text).to.contain([2, 0, 2, 6].map((n) => digits[n]).join(''));
    expect(dateLocale('ar')).to.equal('ar');
  });

  it('ar-SY: the Levantine month name and Arabic-Indic digits the locale expects', () => {
    const text = formatDate('2026-03-04', 'ar-SY', { day: 'numeric', month: 'long' });
    expect(text).to.contain(digitsOf('ar-SY')[4]);
    expect(text).to.not.match(PERSIAN_CALENDAR_MONTHS);
  });

  for (const locale of ['ti', 'so', 'ti-ER', 'ti-ET', 'so-SO', 'so-KE']) {
    it(`${locale}: falls back to bokmål, never English`, () => {
      expect(dateLocale(locale)).to.equal('nb');
      const text = formatDate('2026-03-02', locale, { day: 'numeric', month: 'short', year: 'numeric' });
      expect(text).to.equal(formatDate('2026-03-02', 'nb', { day: 'numeric', month: 'short', year: 'numeric' }));
      expect(text).to.contain('mar');
      expect(text).to.not.match(ENGLISH_MONTHS);
      expect(formatTime('22:00', locale)).to.equal('22:00');
    });
  }

  it('nn: nynorsk where Chromium has the data, else bokmål; never English', () => {
    const hasNynorsk = Intl.DateTimeFormat.supportedLocalesOf(['nn']).length > 0 && new Intl.DateTimeFormat('nn').resolvedOptions().locale.startsWith('nn');
    expect(dateLocale('nn')).to.equal(hasNynorsk ? 'nn' : 'nb');
    const text = formatDate('2026-04-03', 'nn', { day: 'numeric', month: 'long', year: 'numeric' });
    expect(text).to.contain('april');
    expect(text).to.not.match(ENGLISH_MONTHS);
  });

  it('en, uk and nb get their own data; unknown and malformed tags get bokmål', () => {
    expect(formatDate('2026-03-04', 'en', { day: 'numeric', month: 'short' })).to.match(ENGLISH_MONTHS);
    expect(formatDate('2026-03-04', 'uk', { day: 'numeric', month: 'long' })).to.contain('березня');
    expect(formatDate('2026-03-04', 'nb', { day: 'numeric', month: 'long' })).to.equal('4. mars');
    expect(dateLocale('xx')).to.equal('nb');
    expect(dateLocale('not a tag!')).to.equal('nb');
    expect(formatDate('2026-03-04', 'not a tag!', { day: 'numeric', month: 'long' })).to.equal('4. mars');
  });

  it('every formatter is Gregorian, whatever the locale prefers', () => {
    for (const locale of ['nb', 'nn', 'en', 'ar', 'uk', 'ti', 'so', 'fa', 'fa-IR', 'prs', 'ar-SA', 'th', 'ja-JP-u-ca-japanese']) {
      expect(dateFormatter(locale, { year: 'numeric' }).resolvedOptions().calendar, locale).to.equal('gregory');
    }
  });

  it('formatTime: locale clock and digits, HH:mm or a local date-time, no time zone shift', () => {
    expect(formatTime('22:05', 'nb')).to.equal('22:05');
    expect(formatTime('2026-03-04T09:30', 'nb')).to.equal('09:30');
    const persian = digitsOf('fa');
    expect(formatTime('22:05', 'fa')).to.contain(`${persian[2]}${persian[2]}`);
    expect(formatTime('22:05', 'en')).to.match(/10:05\s?PM/);
    expect(formatTime('09:30', 'ti')).to.equal('09:30');
    expect(formatTime('not a time', 'nb')).to.equal('not a time');
  });

  it('dateFormatter is cached per locale and options', () => {
    expect(dateFormatter('fa', { month: 'long' })).to.equal(dateFormatter('fa', { month: 'long' }));
    expect(dateFormatter('fa', { month: 'long' })).to.not.equal(dateFormatter('fa', { month: 'short' }));
  });
});

describe('years before 100', () => {
  it('parseIsoDate keeps years 0000–0099 (not 1900–1999)', () => {
    expect(parseIsoDate('0001-01-01').getFullYear()).to.equal(1);
    expect(parseIsoDate('0099-12-31').getFullYear()).to.equal(99);
    expect(parseIsoDate('0099-12-31').getMonth()).to.equal(11);
    expect(parseIsoDate('2024-02-29').getDate()).to.equal(29);
    expect(formatDate('0001-01-01', 'en', { year: 'numeric' })).to.not.contain('19');
  });
});

describe('bokmål without Intl on a first render', () => {
  const sets: Intl.DateTimeFormatOptions[] = [
    { month: 'long', year: 'numeric' },
    { weekday: 'long' },
    { weekday: 'short' },
    { weekday: 'narrow' },
    { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    { day: 'numeric', month: 'short', year: 'numeric' },
  ];

  it('the built-in bokmål names write every day of 2024–2027 exactly as this browser’s Intl does', () => {
    // One Intl formatter per option set, made once: a new one per day and set (about 15,000) took
    // several seconds, near the test timeout on a slower machine.
    const formatters = sets.map((options) => ({ options, intl: new Intl.DateTimeFormat('nb', { ...options, calendar: 'gregory' }) }));
    for (let day = new Date(2024, 0, 1); day.getFullYear() < 2028; day.setDate(day.getDate() + 1)) {
      const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
      for (const { options, intl } of formatters) {
        expect(formatDate(iso, 'nb', options), `${iso} ${JSON.stringify(options)}`).to.equal(intl.format(day));
      }
    }
  });

  it('other option sets, years and locales still go through Intl', () => {
    expect(formatDate('2026-03-12', 'nb', { day: 'numeric', month: 'short' })).to.equal(new Intl.DateTimeFormat('nb', { day: 'numeric', month: 'short', calendar: 'gregory' }).format(new Date(2026, 2, 12)));
    expect(formatDate('2026-03-12', 'en', { month: 'long', year: 'numeric' })).to.equal('March 2026');
    expect(formatDate('0999-03-12', 'nb', { month: 'long', year: 'numeric' })).to.equal(new Intl.DateTimeFormat('nb', { month: 'long', year: 'numeric', calendar: 'gregory' }).format(new Date(999, 2, 12)));
  });
});

describe('language names per UI locale', () => {
  it('without Intl.DisplayNames (browsers before 2021) a UI names languages in bokmål, as before', () => {
    // First in this file: no DisplayNames for 'uk' is cached yet.
    const original = Intl.DisplayNames;
    (Intl as { DisplayNames: unknown }).DisplayNames = undefined;
    try {
      expect(languageName('ar', 'uk')).to.equal('arabisk');
      expect(languageName('xx', 'uk')).to.equal('xx');
    } finally {
      (Intl as { DisplayNames: unknown }).DisplayNames = original;
    }
  });

  it('name languages in the UI locale where the browser has names', () => {
    expect(languageName('ti', 'nb')).to.equal(new Intl.DisplayNames(['nb'], { type: 'language' }).of('ti'));
    expect(languageName('ti', 'nb')).to.not.match(/Tigrinya/);
    expect(languageName('so', 'ar')).to.equal(new Intl.DisplayNames(['ar'], { type: 'language' }).of('so'));
    expect(languageName('ar', 'fa')).to.match(/\p{Script=Arabic}/u);
  });

  it('the built-in bokmål language names are exactly what this browser’s Intl.DisplayNames says', () => {
    const intl = new Intl.DisplayNames(['nb'], { type: 'language', fallback: 'none' });
    for (const [tag, name] of Object.entries(NB_LANGUAGE_NAMES)) expect(name, tag).to.equal(intl.of(tag));
    // Used for every UI locale that names languages in bokmål; a tag with a region still asks Intl.
    expect(languageName('ti', 'nn')).to.equal('tigrinja');
    expect(languageName('ti-ER', 'nb')).to.equal(intl.of('ti-ER'));
  });

  it('the UI locales named without probing (nb, en, ar, uk, fa) are ones this browser has language names for', () => {
    // languageName skips Intl.DisplayNames.supportedLocalesOf for these (its first call costs a
    // task ladder ~20 ms of first render); probing must give the same answer.
    for (const tag of ['nb', 'en', 'ar', 'uk', 'fa']) {
      expect(Intl.DisplayNames.supportedLocalesOf([tag])[0], tag).to.equal(tag);
      const intl = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' });
      expect(languageName('so', tag), tag).to.equal(tag === 'nb' ? 'somali' : intl.of('so'));
    }
  });

  it('ti, so and nn UIs get bokmål names, never English, and their own language in its own words', () => {
    for (const ui of ['ti', 'so', 'nn']) {
      const other = ui === 'nn' ? 'ar' : 'uk';
      expect(languageName(other, ui), `${other} in ${ui}`).to.equal(languageName(other, 'nb'));
      expect(languageName(other, ui), `${other} in ${ui}`).to.not.equal(new Intl.DisplayNames(['en'], { type: 'language' }).of(other));
    }
    expect(languageName('ti', 'ti')).to.equal('ትግርኛ');
    expect(languageName('so', 'so')).to.equal('Soomaali');
    expect(languageName('ti-ER', 'ti')).to.equal('ትግርኛ');
  });

  it('unknown or malformed tags come back as they are', () => {
    expect(languageName('not a tag!', 'nb')).to.equal('not a tag!');
  });
});
