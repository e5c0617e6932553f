// A card read aloud joins its title, time, place and note as sentences ("Legetime. Rådhuset. Ta med
// pass."). Before 7 Dec 2026 each was followed by ". " whatever it ended in: a place written
// "Rådhuset." followed by its note was read "Rådhuset.. Ta med pass", and a voice may say the second
// full stop ("punktum") or pause twice; likewise after "?", "!", the Arabic-script full stop "۔" and
// the Ethiopic "።". Now a part that already ends a sentence is followed by a space only: also one whose
// end is followed by closing marks («Ta med pass.», "(… bankkort.)": Unicode's sentence rule, UAX #29), one
// ending in "…", and one followed by a bidi mark (an Arabic place written "المكان." + U+200F), each read
// with a doubled stop after the end (".». ", ".). ", "…. ", "." + U+200F + ". ") until later that day. An end followed by a
// comma, colon or dash is no end (UAX #29 SB8a: the sentence continues, as after an abbreviation, "pass.,"): until pass 56
// any punctuation counted as a closing mark, and "Ta med pass.," and the next part were read as two sentences with no stop.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanCard, PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { cardButton, frame } from './helpers.js';

const plan = (language: string, card: Partial<PlanCard>): PlanDocument => ({
  version: 1,
  participantLanguage: language,
  columns: [{ id: 'mon', title: { nb: 'Mandag' } }],
  cards: [{ id: 'c1', columnId: 'mon', title: 'Legetime', pictogram: 'vk:doctor', ...card }],
});

/** What pressing the card says, with voices for `langs` (each utterance `lang:text`). */
async function said(doc: PlanDocument, langs: string[]): Promise<string[]> {
  const heard: string[] = [];
  setSpeechEngine({ hasVoice: (lang) => langs.includes(lang), speak: async (text, lang) => void heard.push(`${lang}:${text}`), play: async () => true });
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${doc}></vk-plan-board>`);
  cardButton(el, 'c1').click();
  for (let i = 0; i < 3; i++) await frame();
  await el.updateComplete;
  return heard;
}

describe('plan board: a card read aloud never doubles a sentence end', () => {
  afterEach(() => setSpeechEngine(null));

  it('a place ending in "." or "۔", a title ending in "?": one full stop (or none) before the next part; "." still joins parts without one', async () => {
    const card = { title: { nb: 'Legetime?', ar: 'موعد الطبيب' }, place: { nb: 'Rådhuset.', ar: 'البلدية۔' }, note: { nb: 'Ta med pass!', ar: 'أحضر جواز السفر.' } };
    expect(await said(plan('ar', card), ['nb', 'ar'])).to.deep.equal(['nb:Legetime? Rådhuset. Ta med pass!', 'ar:موعد الطبيب. البلدية۔ أحضر جواز السفر.']);
  });

  it('Tigrinya: a place ending in the Ethiopic full stop "።", a time after a title ending in "!"', async () => {
    const card = { title: { nb: 'Møte!', ti: 'ርክብ' }, time: '10:00', place: { nb: 'NAV', ti: 'ቤት ጽሕፈት ናቭ።' }, note: { nb: 'Kom tidlig', ti: 'ኣቐዲምኩም ምጹ' } };
    const heard = await said(plan('ti', card), ['nb', 'ti']);
    expect(heard[0]).to.equal('nb:Møte! 10:00. NAV. Kom tidlig');
    expect(heard[1]).to.match(/^ti:ርክብ\. .+\. ቤት ጽሕፈት ናቭ። ኣቐዲምኩም ምጹ$/);
  });

  it('an end followed by closing marks, "…", or a bidi mark (U+200F) ends the sentence too: a space, no added "."', async () => {
    const card = {
      title: { nb: '«Ta med pass.»', ar: 'المكان.\u200F' },
      time: '10:00',
      place: { nb: '(… bankkort.)', ar: 'البلدية …' },
      note: { nb: 'Rådhuset …', ar: 'خذ جواز السفر' },
    };
    const heard = await said(plan('ar', card), ['nb', 'ar']);
    expect(heard[0]).to.equal('nb:«Ta med pass.» 10:00. (… bankkort.) Rådhuset …');
    expect(heard[1]).to.match(/^ar:المكان\.\u200F [^.]+\. البلدية … خذ جواز السفر$/u);
  });

  it('an abbreviation\'s full stop followed by a comma, colon or dash ends no sentence: "." joins the next part', async () => {
    const card = { title: { nb: 'Legetime kl.,', ar: 'موعد الطبيب.،' }, time: '10:00', place: { nb: 'Rådhuset, 2. etg.:', ar: 'البلدية.،' }, note: { nb: 'Ta med pass.–', ar: 'خذ جواز السفر' } };
    const heard = await said(plan('ar', card), ['nb', 'ar']);
    expect(heard[0]).to.equal('nb:Legetime kl.,. 10:00. Rådhuset, 2. etg.:. Ta med pass.–');
    expect(heard[1]).to.match(/^ar:موعد الطبيب\.،\. [^.]+\. البلدية\.،\. خذ جواز السفر$/u);
  });
});
