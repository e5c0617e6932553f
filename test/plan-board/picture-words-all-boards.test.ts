// A picture-only card's words (vk:bus) in the participant's language come from that language's UI strings' chunk, loaded once
// for the page. Pass 55 asked again for a chunk that had failed at the next use (picture-words-retry.test.ts), but told only the
// board whose use it was: with two boards on one page, the first kept its "could not be loaded" notice and its card's
// "Ingen lyd" after the second board's retry had brought the words. And a switch of mode (adviser ↔ participant), a use as a
// host's new value is, asked nothing again. Now every board that met the failure hears that the words are in, and a mode
// switch asks again.
//
// Its own file: these languages' words must not be loaded yet (one language per test: the words stay loaded for the page).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { loaders } from '../../src/core/localize.js';
import { cardButton, frame } from './helpers.js';

const plan = (participantLanguage: string): PlanDocument => ({
  version: 1,
  participantLanguage,
  columns: [{ id: 'mon', title: { nb: 'Mandag' } }],
  cards: [{ id: 'p1', columnId: 'mon', title: '', pictogram: 'vk:bus' }],
});
const badge = (el: VkPlanBoard): Element | null => cardButton(el, 'p1').querySelector('.silent-badge');
const notice = (el: VkPlanBoard): Element | null => el.shadowRoot!.querySelector('[part~="load-failed"]');
type Locale = keyof typeof loaders;
const loads: Promise<unknown>[] = [];
const settle = async (...boards: VkPlanBoard[]): Promise<void> => {
  for (const el of boards) await el.updateComplete; // the render that asks
  await Promise.allSettled(loads);
  for (let i = 0; i < 4; i++) await frame();
  for (const el of boards) await el.updateComplete;
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

describe('plan board: picture words that failed to load, on a page with other boards', () => {
  const saved = { ...loaders };
  beforeEach(() => setSpeechEngine({ hasVoice: () => true, speak: async () => {}, play: async () => true }));
  afterEach(() => {
    Object.assign(loaders, saved);
    setSpeechEngine(null);
  });

  it("another board's retry that brings the words takes the first board's notice and badge away", async () => {
    const ar = failing('ar', 1);
    const first = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${plan('ar')}></vk-plan-board>`);
    await settle(first);
    expect(ar.asked()).to.equal(1);
    expect(notice(first), 'the first board says a part could not be loaded').not.to.equal(null);
    expect(badge(first), 'no Arabic word: no sound').not.to.equal(null);

    // A second board's first value is a use: it asks again, and the words load.
    const second = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${plan('ar')}></vk-plan-board>`);
    await settle(first, second);
    expect(ar.asked(), 'the second board asked again').to.equal(2);
    expect(notice(second)).to.equal(null);
    expect(badge(second), 'the second board has the word').to.equal(null);
    expect(notice(first), "the first board's notice went with the failure").to.equal(null);
    expect(badge(first), "the first board's card has its word too").to.equal(null);
  });

  it('a switch of mode is a use: the words are asked for again', async () => {
    const uk = failing('uk', 1);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${plan('uk')}></vk-plan-board>`);
    await settle(el);
    expect(uk.asked()).to.equal(1);
    expect(notice(el)).not.to.equal(null);
    el.requestUpdate();
    await settle(el);
    expect(uk.asked(), 'a render alone asks nothing').to.equal(1);

    // To the adviser's view (which reads no card by itself) and back: the participant's board asks again.
    el.mode = 'adviser';
    await settle(el);
    el.mode = 'participant';
    await settle(el);
    expect(uk.asked(), 'the switch asked again').to.equal(2);
    expect(notice(el), 'the words are in: no notice').to.equal(null);
    expect(badge(el), 'the card can be heard in Ukrainian').to.equal(null);
  });

  it('opening the proposal again is a use: its pictures\' words are asked for again', async () => {
    const en = failing('en', 1);
    const doc: PlanDocument = { ...plan('en'), cards: [{ id: 'c1', columnId: 'mon', title: { nb: 'Norskkurs', en: 'Norwegian class' }, pictogram: 'vk:norwegian-class' }] };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${doc}></vk-plan-board>`);
    await settle(el);
    expect(en.asked(), 'a titled card needs no picture words').to.equal(0);
    const propose = el.shadowRoot!.querySelector<HTMLElement>('.propose')!;
    propose.click();
    await settle(el);
    expect(en.asked()).to.equal(1);
    expect(notice(el), 'the pictures\' English words could not be loaded').not.to.equal(null);
    el.shadowRoot!.querySelector<HTMLElement>('.vk-popover .cancel')!.click();
    await settle(el);

    propose.click();
    await settle(el);
    expect(en.asked(), 'the open asked again').to.equal(2);
    expect(notice(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('.vk-popover .picker-option')?.textContent, 'the pictures named in English too').to.match(/Norwegian/i);
  });
});
