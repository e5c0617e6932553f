// A card read aloud says what the card shows: its title, then when (its time) and where (its
// place), each line in its own language — a participant who cannot read hears "Norwegian course,
// nine to half past eleven, adult education centre, room 2", not only "Norwegian course". The
// place is said only in a language it has text in (no Norwegian words in an Arabic voice), the
// time as Intl writes it in the line's language (never English words in another voice), and a
// recording still plays as it is.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanCard, PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { cardButton, frame } from './helpers.js';

const course: PlanCard = {
  id: 'c1',
  columnId: 'mon',
  title: { nb: 'Norskkurs', ar: 'دورة اللغة النرويجية' },
  pictogram: 'vk:norwegian-class',
  time: '09:00-11:30',
  place: { nb: 'Voksenopplæringen, rom 2', ar: 'مركز تعليم الكبار، الغرفة 2' },
};

const plan = (language: string, ...cards: PlanCard[]): PlanDocument => ({ version: 1, participantLanguage: language, columns: [{ id: 'mon', title: { nb: 'Mandag' } }], cards });

/** The time range 09:00–11:30 as Intl writes it in `lang` on the card's 24-hour clock (the test's own reading of the rule). */
const range = (lang: string): string => new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatRange(new Date(2000, 0, 1, 9), new Date(2000, 0, 1, 11, 30));
/** Arabic-Indic and Persian digits as 0–9, so a time said in them can be compared with the card's. */
const latinDigits = (text: string): string => text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));

/** What pressing the card says, with voices for `langs` (each utterance `lang:text`, each recording `play:url`; `playable` false: recordings fail). */
async function said(doc: PlanDocument, langs: string[], playable = true, id = 'c1'): Promise<string[]> {
  const heard: string[] = [];
  setSpeechEngine({
    hasVoice: (lang) => langs.includes(lang),
    speak: async (text, lang) => void heard.push(`${lang}:${text}`),
    play: async (url) => (heard.push(`play:${url}`), playable),
  });
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${doc}></vk-plan-board>`);
  cardButton(el, id).click();
  for (let i = 0; i < 3; i++) await frame();
  await el.updateComplete;
  return heard;
}

describe('plan board: a card read aloud says when and where', () => {
  afterEach(() => setSpeechEngine(null));

  it('nb + ar: each language says the title, the time in that language, then the place in that language', async () => {
    expect(await said(plan('ar', course), ['nb', 'ar'])).to.deep.equal([
      'nb:Norskkurs. 09:00–11:30. Voksenopplæringen, rom 2',
      `ar:دورة اللغة النرويجية. ${range('ar')}. مركز تعليم الكبار، الغرفة 2`,
    ]);
  });

  it('the Arabic voice never reads Norwegian place text: a place only in Norwegian, or a plain string, is said by the Norwegian voice alone', async () => {
    for (const place of [{ nb: 'Voksenopplæringen, rom 2' }, 'Voksenopplæringen, rom 2']) {
      const heard = await said(plan('ar', { ...course, place }), ['nb', 'ar']);
      expect(heard, JSON.stringify(place)).to.deep.equal(['nb:Norskkurs. 09:00–11:30. Voksenopplæringen, rom 2', `ar:دورة اللغة النرويجية. ${range('ar')}`]);
      expect(heard[1]).not.to.contain('Voksenopplæringen');
    }
  });

  it('the place follows the line\'s voice: a `no` entry in the Norwegian line, a Dari reader\'s Persian fallback in the Persian one', async () => {
    const heard = await said(plan('ar', { ...course, place: { no: 'Skolen' } }), ['nb', 'ar']);
    expect(heard[0]).to.equal('nb:Norskkurs. 09:00–11:30. Skolen');
    const dari = { ...course, title: { nb: 'Norskkurs', fa: 'کلاس نروژی' }, place: { nb: 'Skolen', fa: 'مدرسه' } };
    const [, persian] = await said(plan('prs', dari), ['nb', 'fa']);
    expect(persian).to.equal(`fa:کلاس نروژی. ${range('fa')}. مدرسه`);
  });

  // QA (7 Dec 2026): the Arabic voice said "12:30–2:00 م" for a card showing 12:30-14:00.
  it('every language says the time on the 24-hour clock the card shows: 12:30-14:00 is heard as 12:30 and 14:00, no AM/PM', async () => {
    for (const lang of ['ar', 'fa', 'uk', 'en', 'so', 'ti']) {
      const lunch: PlanCard = { id: 'c1', columnId: 'mon', title: { nb: 'Lunsj', [lang]: 'Lunch' }, pictogram: 'vk:norwegian-class', time: '12:30-14:00' };
      const heard = await said(plan(lang, lunch), ['nb', lang]);
      const time = latinDigits(heard.find((h) => h.startsWith(`${lang}:`))!.split('. ')[1]);
      expect(time, lang).to.contain('12:30');
      expect(time, lang).to.contain('14:00');
      expect(time, lang).not.to.match(/[صم]|[AP]M/);
    }
  });

  it('a card with a place and no time says no time; a card with neither is read as before', async () => {
    const { time: _, ...noTime } = course;
    expect(await said(plan('ar', noTime), ['nb', 'ar'])).to.deep.equal(['nb:Norskkurs. Voksenopplæringen, rom 2', 'ar:دورة اللغة النرويجية. مركز تعليم الكبار، الغرفة 2']);
    const { place: __, ...bare } = noTime;
    expect(await said(plan('ar', bare), ['nb', 'ar'])).to.deep.equal(['nb:Norskkurs', 'ar:دورة اللغة النرويجية']);
  });

  it('a Tigrinya voice hears the time with no English words (bokmål\'s clock where the browser has no Tigrinya one), and its own place', async () => {
    const card = { ...course, title: { nb: 'Norskkurs', ti: 'ትምህርቲ ቋንቋ' }, place: { nb: 'Voksenopplæringen', ti: 'ቤት ትምህርቲ' } };
    const [, tigrinya] = await said(plan('ti', card), ['nb', 'ti']);
    const [title, time, place] = tigrinya.split('. ');
    expect([title, place]).to.deep.equal(['ti:ትምህርቲ ቋንቋ', 'ቤት ትምህርቲ']);
    expect(time).to.match(/\d/);
    expect(time).not.to.match(/[A-Za-z]/);
  });

  it('a recording plays as it is; if it cannot be played, the voice says the title, time and place in its stead', async () => {
    const recorded = { ...course, audio: { ar: 'https://example.org/ar.mp3' } };
    expect(await said(plan('ar', recorded), ['nb', 'ar'])).to.deep.equal(['nb:Norskkurs. 09:00–11:30. Voksenopplæringen, rom 2', 'play:https://example.org/ar.mp3']);
    expect(await said(plan('ar', recorded), ['nb', 'ar'], false)).to.deep.equal([
      'nb:Norskkurs. 09:00–11:30. Voksenopplæringen, rom 2',
      'play:https://example.org/ar.mp3',
      `ar:دورة اللغة النرويجية. ${range('ar')}. مركز تعليم الكبار، الغرفة 2`,
    ]);
  });
});
