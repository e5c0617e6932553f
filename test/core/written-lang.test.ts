import { expect } from '@open-wc/testing';
import { writtenLang } from '../../src/core/written-lang.js';

describe('writtenLang: the lang of free text, told by its letters', () => {
  it('text mostly in the participant language\'s non-Latin script is in that language', () => {
    expect(writtenLang('الأمور تسير على ما يرام', 'ar', 'nb')).to.equal('ar');
    expect(writtenLang('کار خوب بود', 'prs', 'nb')).to.equal('prs');
    expect(writtenLang('کار خوب بود', 'fa-AF', 'nb')).to.equal('fa-AF');
    expect(writtenLang('ሎሚ ጽቡቕ ሰሪሐ', 'ti', 'nb')).to.equal('ti');
    expect(writtenLang('Усе добре', 'uk', 'nb')).to.equal('uk');
    // A Norwegian name in it does not make it Norwegian; digits and punctuation do not count.
    expect(writtenLang('Kari قالت: عمل جيد 100%!!!', 'ar', 'nb')).to.equal('ar');
  });

  it('text in the text locale\'s non-Latin script is in the text locale when the participant\'s is another', () => {
    expect(writtenLang('عمل جيد', 'ti', 'ar')).to.equal('ar');
    expect(writtenLang('عمل جيد', undefined, 'ar')).to.equal('ar');
    // The participant's language first: a Persian entry in an Arabic UI.
    expect(writtenLang('کار خوب بود', 'fa', 'ar')).to.equal('fa');
  });

  it('Latin letters beside a non-Latin participant language are Norwegian, the programme\'s language', () => {
    expect(writtenLang('Gikk fint', 'ar', 'nb')).to.equal('nb');
    expect(writtenLang('Gikk fint', 'ar', 'ar')).to.equal('nb');
    expect(writtenLang('Gjekk fint', 'ti', 'nn')).to.equal('nn');
    expect(writtenLang('Gikk fint', undefined, 'en')).to.equal('nb');
  });

  it('Latin letters beside a participant language written in Latin letters are unknown, unless it is Norwegian', () => {
    expect(writtenLang('Waan ku faraxsanahay', 'so', 'nb')).to.equal('');
    expect(writtenLang('It went well', 'en', 'nb')).to.equal('');
    expect(writtenLang('Gjekk fint', 'nn', 'nb')).to.equal('nn');
    expect(writtenLang('Gikk fint', 'no', 'ar')).to.equal('no');
  });

  it('a script that is neither the participant\'s nor Latin, or no majority, is unknown', () => {
    expect(writtenLang('عمل جيد', 'ti', 'nb')).to.equal('');
    expect(writtenLang('Бра', 'ar', 'nb')).to.equal('');
    expect(writtenLang('abcd ابجد', 'ar', 'nb')).to.equal('');
  });

  it('no letters (digits, punctuation, emoji) has no language', () => {
    expect(writtenLang('👍 10/10 !', 'ar', 'nb')).to.equal(undefined);
    expect(writtenLang('', 'ar', 'nb')).to.equal(undefined);
  });
});
