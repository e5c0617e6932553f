import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setSpeechEngine, type SpeechEngine } from '../../src/core/read-aloud.js';
import { settle } from '../helpers/index.js';

// A day read aloud whose title cannot be heard (here: written only in Tigrinya, with no Tigrinya
// voice) while its cards can. Stopping it during its first card — the day's speaker pressed again —
// announced "Opplesing ikke tilgjengelig", as if nothing could be read: the reading counted only
// the title's stop as a stop, and no card had finished.
describe('plan board: a day\'s reading stopped during its first card', () => {
  afterEach(() => setSpeechEngine(null));

  it('says nothing about reading being unavailable', async () => {
    const said: string[] = [];
    const engine: SpeechEngine = {
      hasVoice: (lang) => lang === 'nb',
      speak: (text, lang, signal) => (said.push(`${lang}:${text}`), new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()))),
      play: async () => false,
    };
    setSpeechEngine(engine);
    const doc = { version: 1, columns: [{ id: 'mon', title: { ti: 'ሰኑይ' } }], cards: [{ id: 'c1', columnId: 'mon', title: { nb: 'Norskkurs' }, pictogram: 'vk:norwegian-class' }] };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${doc}></vk-plan-board>`);
    const speaker = el.shadowRoot!.querySelector<HTMLElement>('.column[data-column="mon"] .read')!;
    speaker.click();
    await settle(el);
    expect(said).to.deep.equal(['nb:Norskkurs']);
    speaker.click();
    await settle(el);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[data-vk-announcer]')?.textContent ?? '').not.to.contain('Opplesing ikke tilgjengelig');
  });
});
