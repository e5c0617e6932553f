// A press of a picture-only card (vk:bus) whose words in the participant's language failed to load asks for them again (pass 55,
// picture-words-retry.test.ts), but read the card at once, without them: only the next press said the word. Now the press
// waits for the words it asked for (at most two seconds) and reads with them; where they fail again it reads what it can and
// says the failure once, after the reading (the notice, up since the first failure, says nothing new), once for a column's
// reading too, which asks once, not at each card.
//
// Its own file: these languages' words must not be loaded yet (one language per test: the words stay loaded for the page).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanCard, PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { loaders } from '../../src/core/localize.js';
import { cardButton, frame } from './helpers.js';

const FAILED = 'Noe kunne ikke lastes. Last inn siden på nytt.';
const plan = (participantLanguage: string, cards: Array<Pick<PlanCard, 'id' | 'pictogram'>> = [{ id: 'p1', pictogram: 'vk:bus' }]): PlanDocument => ({
  version: 1,
  participantLanguage,
  columns: [{ id: 'mon', title: { nb: 'Mandag' } }],
  cards: cards.map((card) => ({ ...card, columnId: 'mon', title: '' })),
});
const notice = (el: VkPlanBoard): Element | null => el.shadowRoot!.querySelector('[part~="load-failed"]');
type Locale = keyof typeof loaders;
const loads: Promise<unknown>[] = [];
const settle = async (el: VkPlanBoard): Promise<void> => {
  await el.updateComplete; // the render that asks
  await Promise.allSettled(loads);
  for (let i = 0; i < 4; i++) await frame();
  await el.updateComplete;
};

/** `locale`'s words fail to load `failures` times, then load; `asked()` counts the loads asked for. */
function failing(locale: Locale, failures: number): { asked: () => number } {
  const load = loaders[locale];
  let asked = 0;
  loaders[locale] = () => {
    const loading = (asked++, failures-- > 0 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load());
    loads.push(loading);
    return loading;
  };
  return { asked: () => asked };
}

/** Every text the board's live region is given from now on. */
function announced(el: VkPlanBoard): string[] {
  const texts: string[] = [];
  const region = el.shadowRoot!.querySelector('[data-vk-announcer]')!;
  new MutationObserver(() => {
    const text = region.textContent?.trim();
    if (text) texts.push(text);
  }).observe(region, { childList: true, subtree: true, characterData: true });
  return texts;
}

describe('plan board: the press that asks again for picture words waits for them', () => {
  const saved = { ...loaders };
  const heard: string[] = [];
  beforeEach(() => {
    heard.length = 0;
    setSpeechEngine({ hasVoice: () => true, speak: async (text, lang) => void heard.push(`${lang}:${text}`), play: async () => true });
  });
  afterEach(() => {
    Object.assign(loaders, saved);
    setSpeechEngine(null);
  });

  it('the words load on the retry: this press says the Arabic word', async () => {
    const ar = failing('ar', 1);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${plan('ar')}></vk-plan-board>`);
    await settle(el);
    expect(notice(el)).not.to.equal(null);
    cardButton(el, 'p1').click();
    await settle(el);
    expect(ar.asked(), 'the press asked again').to.equal(2);
    expect(heard.some((said) => said.startsWith('ar:')), `the Arabic word said by the press that brought it: ${heard}`).to.equal(true);
    expect(notice(el)).to.equal(null);
  });

  it('they fail again: the press reads what it can, then says the failure once', async () => {
    const uk = failing('uk', 99);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${plan('uk')}></vk-plan-board>`);
    await settle(el);
    expect(notice(el), 'the notice is up').not.to.equal(null);
    const texts = announced(el);
    cardButton(el, 'p1').click();
    await settle(el);
    expect(uk.asked()).to.equal(2);
    expect(heard.length, 'read: the Norwegian word').to.be.greaterThan(0);
    expect(heard.some((said) => said.startsWith('uk:')), String(heard)).to.equal(false);
    expect(texts, 'the failure said once').to.deep.equal([FAILED]);
  });

  it("a column's reading asks once, reads each card, and says the failure once", async () => {
    const ti = failing('ti', 99);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${plan('ti', [{ id: 'p1', pictogram: 'vk:bus' }, { id: 'p2', pictogram: 'vk:doctor' }])}></vk-plan-board>`);
    await settle(el);
    expect(ti.asked()).to.equal(1);
    const texts = announced(el);
    el.shadowRoot!.querySelector<HTMLElement>('[part~="read-button"]')!.click();
    await settle(el);
    expect(ti.asked(), 'one reading, one ask').to.equal(2);
    expect(heard.length, `the day and both cards read: ${heard}`).to.be.at.least(3);
    expect(texts, 'the failure said once').to.deep.equal([FAILED]);
  });
});
