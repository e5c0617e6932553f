// A picture-only card (title "", pictogram vk:bus) on a participant's board, its words loaded first by
// the adviser's new-card picker (board-editor.ts asks participantWords for the participant's language
// and bokmål as it opens, with no re-render of its own). Before 7 Dec 2026 the participant board's
// call found the load already started and its re-render was dropped: the card kept its "Ingen lyd"
// badge (its Arabic word unknown when it first rendered) until something else re-rendered the board,
// though the word could be said. Now every board that asked while the words were loading re-renders
// once they are in.
//
// Its own file: the words must not be loaded yet when the picker asks.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { participantWords } from '../../src/plan-board/picture-words.js';
import { cardButton, frame } from './helpers.js';

const plan: PlanDocument = {
  version: 1,
  participantLanguage: 'ar',
  columns: [{ id: 'mon', title: { nb: 'Mandag' } }],
  cards: [{ id: 'p1', columnId: 'mon', title: '', pictogram: 'vk:bus' }],
};
const badge = (el: VkPlanBoard): Element | null => cardButton(el, 'p1').querySelector('.silent-badge');

describe('plan board: a picture-only card whose words the adviser\'s picker loaded first', () => {
  afterEach(() => setSpeechEngine(null));

  it('the "Ingen lyd" badge goes once the words are in, with no other render', async () => {
    setSpeechEngine({ hasVoice: (lang) => ['nb', 'ar'].includes(lang), speak: async () => undefined, play: async () => true });
    // The adviser's picker opens first (board-editor.ts, case 'picker').
    participantWords('ar');
    participantWords('nb');
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${plan}></vk-plan-board>`);
    expect(badge(el), 'the Arabic word not in yet: no sound').not.to.equal(null);
    await Promise.all([import('../../src/generated/locales/ar.js'), import('../../src/plan-board/pictogram-words-nb.js')]);
    for (let i = 0; i < 3; i++) await frame();
    await el.updateComplete;
    expect(badge(el), 'the Arabic word is in and can be said').to.equal(null);
  });
});
