import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkAudioRecorder } from '../../src/core/recorder.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { editorRecorder, frame, samplePlan } from './helpers.js';

/** An engine with a Norwegian voice only: a Tigrinya participant's card has no voice. */
const norwegianOnly = { hasVoice: (lang: string) => lang === 'nb', speak: async () => {}, play: async () => {} };

// A newcomer recorded an Arabic voice in the edit form: while the take waited to be heard and saved,
// "Ingen stemme for arabisk — ta opp en" still stood above its player, asking for what was just done.
// It hides while the recorder holds a take (its `data-take`), and comes back if the take is thrown away.
describe('plan board: the edit form\'s "Ingen stemme for … — ta opp en" hides while a take is under review', () => {
  afterEach(() => setSpeechEngine(null));

  it('hidden while the take waits, shown again once it is thrown away', async () => {
    setSpeechEngine(norwegianOnly);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${{ ...samplePlan(), participantLanguage: 'ti' }}></vk-plan-board>`);
    const recorder = (await editorRecorder(el, 'c2')) as unknown as VkAudioRecorder;
    const note = (): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>('.edit-form .no-voice-note');
    expect(note()?.checkVisibility(), 'asked for before a take').to.equal(true);

    recorder.maxSeconds = 1;
    await recorder.record();
    for (let i = 0; recorder.state !== 'review' && i < 300; i++) await frame();
    await recorder.updateComplete;
    expect(recorder.state).to.equal('review');
    expect(note(), 'still in the form (no recording saved)').to.not.equal(null);
    expect(note()!.checkVisibility(), 'not shown above the take').to.equal(false);

    recorder.discard();
    await recorder.updateComplete;
    expect(note()?.checkVisibility(), 'asked for again once the take is gone').to.equal(true);
  });
});
