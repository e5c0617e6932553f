import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { bilingualSpeech, setSpeechEngine, type SpeechEngine } from '../../src/core/read-aloud.js';
import { cardButton, samplePlan } from '../plan-board/helpers.js';

// A card whose participant-language line exists only as a recording (no Tigrinya text: the adviser
// recorded it). When that recording cannot be played (a missing file), read-aloud fell back to
// speaking the line's text — which was the Norwegian words, given to the Tigrinya voice: the
// participant heard "Norskkurs" twice, the second time mangled, and no word that their recording
// failed. Without its text the line has nothing to speak: the recording is reported as not
// playable ("Et lydopptak kan ikke spilles av."), as for any line without a voice.
describe('a participant-language line that is only a recording', () => {
  afterEach(() => setSpeechEngine(null));

  it('has no text of its own to speak (never the Norwegian words in the participant\'s voice)', () => {
    expect(bilingualSpeech({ nb: 'Norskkurs' }, { ti: 'ti.webm' }, 'nb', 'ti')).to.deep.equal([
      { text: 'Norskkurs', lang: 'nb', audio: undefined },
      { text: '', lang: 'ti', audio: 'ti.webm' },
    ]);
  });

  it('plan board: its recording failing, the Norwegian words are not said again in Tigrinya, and the failure is announced', async () => {
    const said: string[] = [];
    const engine: SpeechEngine = { hasVoice: () => true, speak: async (text, lang) => void said.push(`${lang}:${text}`), play: async (url) => (said.push(`play:${url}`), false) };
    setSpeechEngine(engine);
    const doc = { ...samplePlan(), participantLanguage: 'ti', cards: [{ id: 'c1', columnId: 'mon', title: { nb: 'Norskkurs' }, pictogram: 'vk:norwegian-class', audio: { ti: 'data:audio/webm;base64,AAAA' } }] };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${doc}></vk-plan-board>`);
    cardButton(el, 'c1').click();
    await new Promise<void>((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(said).to.deep.equal(['nb:Norskkurs', 'play:data:audio/webm;base64,AAAA']);
    expect(el.shadowRoot!.querySelector('[data-vk-announcer]')?.textContent).to.contain('Et lydopptak kan ikke spilles av.');
  });
});
