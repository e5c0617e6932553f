import { expect } from '@open-wc/testing';
import { getLocale, setLocale } from '../../src/core/localize.js';
import { isPluralOne } from '../../src/core/plural.js';

// A screen-reader user heard "1 økter" and "1 bilder": count messages had one form. Each now has a
// "one" form (`<id>.one`), chosen by CLDR's plural rules for the UI locale (Intl.PluralRules).
const ones = (): number[] => [0, 1, 2, 3, 5, 11, 21, 22, 101].filter(isPluralOne);

describe('isPluralOne: the "one" form by CLDR plural rules, in the UI locale', () => {
  afterEach(() => setLocale('nb'));

  it('bokmål (the source): 1 only, never 0 or 21', async () => {
    await setLocale('nb');
    expect(ones()).to.deep.equal([1]);
  });

  it('follows setLocale: English and Somali 1 only, Ukrainian also 21 and 101 (not 11), Persian also 0', async () => {
    const expected: Record<string, number[]> = { en: [1], so: [1], nn: [1], uk: [1, 21, 101], fa: [0, 1], ar: [1] };
    for (const [locale, numbers] of Object.entries(expected)) {
      await setLocale(locale);
      expect(getLocale()).to.equal(locale);
      expect(ones(), locale).to.deep.equal(numbers);
    }
  });

  it('Arabic: only 1 — zero, the dual (2), few (3–10) and many (11–99) get the existing text', async () => {
    await setLocale('ar');
    expect([0, 2, 3, 10, 11, 99, 100].some(isPluralOne)).to.equal(false);
    expect(isPluralOne(1)).to.equal(true);
  });

  it('Tigrinya: 0 and 1 (as CLDR has it), so a Tigrinya ".one" text is also what 0 reads', async () => {
    await setLocale('ti');
    expect(ones()).to.deep.equal([0, 1]);
  });
});
