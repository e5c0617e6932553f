// QA (7 Dec 2026): a picture-only card (title "", pictogram vk:bus) on an Arabic page was read by the
// Norwegian voice with the Arabic word ({lang:"nb", text:"حافلة"}), a fallback "البطاقة 1" likewise,
// and the card said "لا يوجد صوت باللغة العربية" though an Arabic voice could say its word. Now: the
// Norwegian word in the Norwegian voice, then the participant's in theirs; a fallback name in the UI
// locale's voice; no "Ingen lyd" badge where the picture's word can be heard.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanCard, PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { setLocale } from '../../src/core/localize.js';
import { cardButton, frame } from './helpers.js';

const plan = (language: string, card: Partial<PlanCard>): PlanDocument => ({
  version: 1,
  participantLanguage: language,
  columns: [{ id: 'mon', title: { nb: 'Mandag' } }],
  cards: [{ id: 'p1', columnId: 'mon', title: '', pictogram: 'vk:bus', ...card }],
});

describe('plan board: a picture-only card read aloud', () => {
  let heard: string[] = [];
  beforeEach(() => {
    heard = [];
    setSpeechEngine({ hasVoice: (lang) => ['nb', 'ar', 'uk'].includes(lang), speak: async (text, lang) => void heard.push(`${lang}:${text}`), play: async () => true });
  });
  afterEach(async () => {
    setSpeechEngine(null);
    await setLocale('nb');
  });

  /** The board in participant mode, once its picture words are in (the first read of the card loads them). */
  const board = async (doc: PlanDocument): Promise<VkPlanBoard> => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${doc}></vk-plan-board>`);
    await import('../../src/plan-board/pictogram-words-nb.js');
    for (let i = 0; i < 3; i++) await frame();
    await el.updateComplete;
    return el;
  };
  const read = async (el: VkPlanBoard): Promise<string[]> => {
    cardButton(el, 'p1').click();
    await waitUntil(() => heard.length > 0, 'nothing said');
    for (let i = 0; i < 3; i++) await frame();
    return heard;
  };

  for (const ui of ['ar', 'uk']) {
    it(`${ui} UI, Arabic plan: "Buss" in the Norwegian voice, then "حافلة" in the Arabic one`, async () => {
      await setLocale(ui);
      const el = await board(plan('ar', {}));
      await waitUntil(() => !cardButton(el, 'p1').querySelector('.silent-badge'), 'the Arabic word is known: no "no sound" badge');
      expect(await read(el)).to.deep.equal(['nb:Buss', 'ar:حافلة']);
    });
  }

  it('nb UI, Arabic plan: the same', async () => {
    const el = await board(plan('ar', {}));
    await waitUntil(() => !cardButton(el, 'p1').querySelector('.silent-badge'), 'no "no sound" badge');
    expect(await read(el)).to.deep.equal(['nb:Buss', 'ar:حافلة']);
  });

  it('a picture with no words: its fallback name "البطاقة 1" is said in the UI locale\'s voice, never the Norwegian', async () => {
    await setLocale('ar');
    const el = await board(plan('ar', { pictogram: { src: 'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E', alt: '' } }));
    const said = await read(el);
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^ar:البطاقة ١|^ar:البطاقة 1/);
  });

  it('the "no sound" badge still shows where the participant\'s word has no voice', async () => {
    setSpeechEngine({ hasVoice: (lang) => lang == 'nb', speak: async () => undefined, play: async () => true });
    const el = await board(plan('ar', {}));
    expect(cardButton(el, 'p1').querySelector('.silent-badge')).not.to.equal(null);
  });
});
