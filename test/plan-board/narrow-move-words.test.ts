import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setLocale } from '../../src/core/localize.js';
import { cardButton, frame, keys, samplePlan } from './helpers.js';

// A phone, one day at a time, with the page in one language and the UI in another (a Norwegian
// page, an Arabic UI; an Arabic page, a Norwegian UI). Moving a card was announced as
// "تم النقل. البطاقة Norskkurs: العمود Tirsdag، المكان 1 من 2": the card's and day's titles,
// in the page's language, ran into the UI's sentence without isolates, so the Latin words and
// the colon after them were reordered in the right-to-left sentence (and the other way round,
// "Kort دورة اللغة النرويجية: kolonne الثلاثاء, plass 1 av 2"). The sentence is the UI's, each
// title an isolate (U+2068 … U+2069), as the day switcher's "⁨Tirsdag⁩, 2 av 3" already was.

const announcer = (el: VkPlanBoard): HTMLElement => el.shadowRoot!.querySelector('[data-vk-announcer]') as HTMLElement;
/** The announcement without its isolated parts (and the name of the Escape key, which is not translated). */
const outside = (text: string): string => text.replace(/\u2068[^\u2069]*\u2069/gu, '').replace('Escape', '');
const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;

/** `participant`: false for a plan without a participant language (its cards and days show the page's language first). */
async function narrowBoard(page: string, participant = true): Promise<VkPlanBoard> {
  const { participantLanguage, ...plan } = samplePlan();
  const value = participant ? { ...plan, participantLanguage } : plan;
  const wrapper = await fixture<HTMLElement>(html`<div lang=${page} style="inline-size: 360px"><vk-plan-board .value=${value}></vk-plan-board></div>`);
  const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('.board[data-narrow]'), 'one day at a time').to.not.equal(null);
  return el;
}

describe('plan board, one day at a time: a move is announced in the UI language, its titles isolated', () => {
  afterEach(() => setLocale('nb'));

  it('Arabic UI on a Norwegian page: the Norwegian titles are isolates in an Arabic sentence', async () => {
    await setLocale('ar');
    const el = await narrowBoard('nb');
    cardButton(el, 'c1').focus();
    const said: string[] = [];
    for (const key of [' ', 'ArrowRight', ' ']) {
      await keys(el, key);
      said.push(announcer(el).textContent ?? '');
    }
    expect(el.value!.cards.find((c) => c.id === 'c1')!.columnId).to.equal('tue');
    expect(announcer(el).lang).to.equal('ar');
    for (const text of said) {
      expect(text).to.contain('\u2068Norskkurs\u2069');
      expect(outside(text), text).to.match(ARABIC);
      expect(outside(text), `no Latin word outside the isolates: ${text}`).to.not.match(LATIN);
    }
    expect(said[1]).to.contain('\u2068Tirsdag\u2069');
    expect(said[2]).to.contain('\u2068Tirsdag\u2069');
  });

  // With an Arabic participant the board shows (and names) the Norwegian line first (names-first-line.test.ts);
  // without one, an Arabic page's cards show and name their Arabic titles.
  it('Norwegian UI on an Arabic page: the Arabic titles are isolates in a Norwegian sentence', async () => {
    const el = await narrowBoard('ar', false);
    cardButton(el, 'c1').focus();
    await keys(el, ' ', 'ArrowRight', ' ');
    const text = announcer(el).textContent ?? '';
    expect(text).to.equal('Flyttet. Kort \u2068دورة اللغة النرويجية\u2069: kolonne \u2068الثلاثاء\u2069, plass 1 av 2');
    expect(announcer(el).lang).to.equal('nb');
    expect(outside(text)).to.not.match(ARABIC);
  });

  it('a card put down where it was: its title an isolate too', async () => {
    await setLocale('ar');
    const el = await narrowBoard('nb');
    cardButton(el, 'c1').focus();
    await keys(el, ' ', ' ');
    const text = announcer(el).textContent ?? '';
    expect(text).to.contain('\u2068Norskkurs\u2069');
    expect(outside(text), text).to.not.match(LATIN);
  });
});
