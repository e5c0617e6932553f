// A picture-only card (title "", pictogram vk:bus) on an Arabic participant's board: its Arabic word comes
// from the Arabic UI strings' chunk. Before 7 Dec 2026 a chunk that failed to load once was taken as "no
// words" for the page's life: the card kept its "Ingen lyd" badge, read-aloud never said its word, and
// nothing said that a part could not be loaded, however often the host set a value or the card was read.
// Now the board shows its load-failure notice, a mere render does not ask again (no loop), and the next
// use (a host's new value, a press of a speaker) does: once the words are in, the badge and notice go.
//
// Its own file: the Arabic words must not be loaded yet.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { loaders } from '../../src/core/localize.js';
import { cardButton, frame } from './helpers.js';

const plan = (title = 'Mandag'): PlanDocument => ({
  version: 1,
  participantLanguage: 'ar',
  columns: [{ id: 'mon', title: { nb: title } }],
  cards: [{ id: 'p1', columnId: 'mon', title: '', pictogram: 'vk:bus' }],
});
const badge = (el: VkPlanBoard): Element | null => cardButton(el, 'p1').querySelector('.silent-badge');
const notice = (el: VkPlanBoard): Element | null => el.shadowRoot!.querySelector('[part~="load-failed"]');
const settle = async (el: VkPlanBoard): Promise<void> => {
  for (let i = 0; i < 4; i++) await frame();
  await el.updateComplete;
};

describe('plan board: a picture-only card whose words failed to load', () => {
  const load = loaders.ar;
  afterEach(() => {
    loaders.ar = load;
    setSpeechEngine(null);
  });

  it('says so, asks again on the next use (not on a render), and the badge and notice go once the words are in', async () => {
    const heard: string[] = [];
    setSpeechEngine({ hasVoice: (lang) => ['nb', 'ar'].includes(lang), speak: async (text, lang) => void heard.push(`${lang}:${text}`), play: async () => true });
    let asked = 0;
    let failures = 2;
    loaders.ar = () => (asked++, failures-- > 0 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load());
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${plan()}></vk-plan-board>`);
    await settle(el);
    expect(asked, 'asked for once').to.equal(1);
    expect(badge(el), 'no Arabic word: no sound').not.to.equal(null);
    expect(notice(el), 'the board says a part could not be loaded').not.to.equal(null);

    // Renders alone do not ask again.
    el.requestUpdate();
    await settle(el);
    expect(asked, 'a render asks no more').to.equal(1);

    // A host's new value is a use: asked again (failing again here: the notice stays).
    el.value = plan('Mandag 1');
    await settle(el);
    expect(asked, 'a new value asks again').to.equal(2);
    expect(notice(el)).not.to.equal(null);

    // A press of the card's speaker is a use: asked again, and in this time.
    cardButton(el, 'p1').click();
    await settle(el);
    expect(asked, 'the press asks again').to.equal(3);
    expect(badge(el), 'the Arabic word is in and can be said').to.equal(null);
    expect(notice(el), 'nothing failed remains').to.equal(null);
    heard.length = 0;
    cardButton(el, 'p1').click();
    await settle(el);
    expect(heard.some((said) => said.startsWith('ar:')), `the Arabic word said: ${heard}`).to.equal(true);
  });
});
