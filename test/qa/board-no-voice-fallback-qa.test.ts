// QA of ee5015e: a Dari (prs) participant's card with only a Persian (fa) title is read with the
// Persian voice, and the board's badge and the ladder's adviser notice agree ("no voice" is gone
// where a Persian voice reads it). The board's card menu still offered "Ingen stemme for dari — ta
// opp en" for that card, asking for a voice in the language the card is not read in.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { cardItem, openMenu, samplePlan } from '../plan-board/helpers.js';

const engine = (langs: string[]) => ({ hasVoice: (lang: string) => langs.includes(lang), speak: async () => undefined, play: async () => undefined });

describe('QA: the board menu\u2019s "no voice" item for a Dari participant\u2019s Persian fallback', () => {
  afterEach(() => setSpeechEngine(null));

  it('a Persian voice reads the fa title: no "Ingen stemme for dari" item; a Dari title with no Dari voice keeps it', async () => {
    setSpeechEngine(engine(['nb', 'fa']));
    const doc = { ...samplePlan(), participantLanguage: 'prs', cards: [
      { id: 'c1', columnId: 'mon', title: { nb: 'Lege', fa: 'پزشک' }, pictogram: 'vk:doctor' },
      { id: 'c2', columnId: 'mon', title: { nb: 'Buss', prs: 'بس' }, pictogram: 'vk:bus' },
    ] };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${doc}></vk-plan-board>`);
    expect(cardItem(el, 'c1').textContent, 'the badge agrees: heard').not.to.contain('Ingen lyd');
    let menu = await openMenu(el, 'c1');
    expect(menu.querySelector('[data-action="record"]'), 'c1: read in Persian, no "no voice" item').to.equal(null);
    menu.querySelector<HTMLElement>('[data-action="move"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    menu = await openMenu(el, 'c2');
    expect(menu.querySelector('[data-action="record"]')?.textContent, 'c2: no Dari voice').to.contain('Ingen stemme for \u2068dari\u2069');
  });
});
