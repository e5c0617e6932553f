// A press that waits for picture words (board-voice.ts `#ask`, at most 2 s) shows it: a card's button has been aria-busy
// since pass 56 (picture-words-wait-drop.test.ts), but a column's read-aloud button was not, and the card kept its
// "Ingen lyd" badge while it waited for the very words that may bring its sound. Now the column's button is aria-busy too,
// and the waiting card shows busy, not "Ingen lyd"; once the wait is over the badge says how it went.
//
// Its own file: the participant languages' words must not be loaded yet (one language per test: they stay loaded).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { loaders } from '../../src/core/localize.js';
import { cardButton, frame } from './helpers.js';

type Locale = keyof typeof loaders;
const plan = (participantLanguage: string): PlanDocument => ({
  version: 1,
  participantLanguage,
  columns: [{ id: 'mon', title: { nb: 'Mandag' } }],
  cards: [{ id: 'p1', columnId: 'mon', title: '', pictogram: 'vk:bus' }],
});
const settled = async (el: VkPlanBoard): Promise<void> => {
  for (let i = 0; i < 4; i++) await frame();
  await el.updateComplete;
};
const badge = (el: VkPlanBoard): string | null => cardButton(el, 'p1').querySelector('.silent-badge')?.textContent?.trim() ?? null;
const readButton = (el: VkPlanBoard): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('[part~="read-button"]')!;

describe('plan board: a press waiting for picture words shows busy', () => {
  const saved = { ...loaders };
  let release: () => void = () => {};
  /** `locale`'s words held until `release()`, then loaded (`fail`: they fail). */
  function held(locale: Locale, fail: boolean): void {
    const load = loaders[locale];
    let gate!: () => void;
    const waiting = new Promise<void>((open) => (gate = open));
    release = gate;
    loaders[locale] = () => waiting.then(() => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load()));
  }
  beforeEach(() => {
    // Every language has a voice: the card is silent in the participant's language only while it has no word in it.
    setSpeechEngine({ hasVoice: () => true, play: async () => true, speak: async () => {} });
  });
  afterEach(() => {
    release();
    Object.assign(loaders, saved);
    setSpeechEngine(null);
  });

  it("a card's press: busy and no \"Ingen lyd\" while it waits; the words come, and the badge stays away", async () => {
    held('uk', false);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${plan('uk')}></vk-plan-board>`);
    await settled(el);
    expect(badge(el), 'no Ukrainian word yet: "Ingen lyd"').to.not.equal(null);
    cardButton(el, 'p1').click();
    await settled(el);
    expect(cardButton(el, 'p1').getAttribute('aria-busy'), 'busy while it waits').to.equal('true');
    expect(badge(el), 'no "Ingen lyd" on the card being read').to.equal(null);
    release();
    await settled(el);
    await settled(el);
    expect(cardButton(el, 'p1').hasAttribute('aria-busy')).to.equal(false);
    expect(badge(el), 'the word came: it can be heard').to.equal(null);
  });

  it("a card's press: the words fail again, and the badge comes back after the wait", async () => {
    held('ar', true);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${plan('ar')}></vk-plan-board>`);
    await settled(el);
    cardButton(el, 'p1').click();
    await settled(el);
    expect(badge(el), 'none while it waits').to.equal(null);
    release();
    await settled(el);
    await settled(el);
    expect(cardButton(el, 'p1').hasAttribute('aria-busy')).to.equal(false);
    expect(badge(el), 'the Arabic word could not be loaded: "Ingen lyd" again').to.not.equal(null);
  });

  it("a column's press: its read-aloud button is aria-busy while it waits, and not once it reads", async () => {
    held('ti', true);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${plan('ti')}></vk-plan-board>`);
    await settled(el);
    expect(readButton(el).hasAttribute('aria-busy')).to.equal(false);
    readButton(el).click();
    await settled(el);
    expect(readButton(el).getAttribute('aria-busy'), 'busy while it waits').to.equal('true');
    expect(readButton(el).getAttribute('aria-pressed'), 'pressed: a second press stops it').to.equal('true');
    release();
    await settled(el);
    await settled(el);
    expect(readButton(el).hasAttribute('aria-busy')).to.equal(false);
  });
});
