// docs/embedding.md lists a switch of `mode` among the uses that ask again for picture words that failed to load. Before (QA
// round 2, F2) the switch only counted as a use: the fetch waited for a render that reads the words, the adviser's view
// reads none, so a switch to it fetched nothing and the notice ("Last inn siden på nytt") stayed. Now the switch fetches,
// both ways.
//
// Its own file: the Arabic words must not be loaded yet.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { loaders } from '../../src/core/localize.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { frame } from './helpers.js';

const plan: PlanDocument = {
  version: 1,
  participantLanguage: 'ar',
  columns: [{ id: 'mon', title: { nb: 'Mandag' } }],
  cards: [{ id: 'p1', columnId: 'mon', title: '', pictogram: 'vk:bus' }],
};
const notice = (el: VkPlanBoard): Element | null => el.shadowRoot!.querySelector('[part~="load-failed"]');

describe('plan board: a switch of mode asks again for picture words that failed', () => {
  const load = loaders.ar;
  // Voices for every language, as a phone has: the day's title can be heard, so the adviser's render asks nothing of its
  // cards' words (without voices it did, through the day speaker's "can any card be heard", and hid the bug).
  beforeEach(() => setSpeechEngine({ hasVoice: () => true, speak: async () => {}, play: async () => true }));
  afterEach(() => {
    loaders.ar = load;
    setSpeechEngine(null);
  });

  it('to adviser and back: each switch fetches them (the adviser view renders none)', async () => {
    const loads: Promise<unknown>[] = [];
    let failures = 2;
    let asked = 0;
    loaders.ar = () => {
      asked++;
      const loading = failures-- > 0 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load();
      loads.push(loading);
      return loading;
    };
    const settle = async (el: VkPlanBoard): Promise<void> => {
      await el.updateComplete;
      await Promise.allSettled(loads);
      for (let i = 0; i < 4; i++) await frame();
      await el.updateComplete;
    };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${plan}></vk-plan-board>`);
    await settle(el);
    expect(asked, 'the participant view asked').to.equal(1);
    expect(notice(el)).not.to.equal(null);

    el.mode = 'adviser';
    await settle(el);
    expect(asked, 'the switch to adviser asked again').to.equal(2);
    expect(notice(el), 'failed again: the notice stays').not.to.equal(null);

    el.mode = 'participant';
    await settle(el);
    expect(asked, 'the switch back asked again').to.equal(3);
    expect(notice(el), 'in: the notice goes').to.equal(null);

    el.mode = 'adviser';
    await settle(el);
    expect(asked, 'words that loaded are not fetched again').to.equal(3);
  });
});
