import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { cardButton, samplePlan } from './helpers.js';

// Found by a newcomer's look (7 Dec 2026): in participant mode every card is described by the
// board's hint, "Trykk på kortet for å høre det." A card that can be heard in no way (no
// recording, no voice) shows "Ingen lyd" and a press says "Ingen opplesing": its description
// promised sound it cannot give. Such a card now has no such description (its name has "Ingen
// lyd"); a card that can be heard keeps it, also one whose "Ingen lyd" means only "not in your own
// language" (a press reads its Norwegian line).
const silentEngine = { hasVoice: () => false, speak: async () => undefined, play: async () => undefined };
const voicedEngine = { hasVoice: () => true, speak: async () => undefined, play: async () => undefined };

function description(el: VkPlanBoard, button: HTMLElement): string {
  return (button.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ');
}

describe('plan board (participant): the "tap to hear" hint only where there is something to hear', () => {
  afterEach(() => setSpeechEngine(null));

  it('a card with no recording and no voice: "Ingen lyd" shown, no promise of sound', async () => {
    setSpeechEngine(silentEngine);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board>`);
    await el.updateComplete;
    const button = cardButton(el, 'c1');
    expect(button.textContent).to.contain('Ingen lyd');
    expect(description(el, button)).to.equal('');
  });

  it('a card with Norwegian words only, a voice for Norwegian only: "Ingen lyd" (not in Arabic), yet a press reads it: the hint stays', async () => {
    setSpeechEngine({ hasVoice: (lang: string) => lang.startsWith('nb') || lang.startsWith('no'), speak: async () => undefined, play: async () => undefined });
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board>`);
    await el.updateComplete;
    const button = cardButton(el, 'c3'); // "Buss": no Arabic line
    expect(button.textContent).to.contain('Ingen lyd');
    expect(description(el, button)).to.equal('Trykk på kortet for å høre det.');
  });

  it('a card a voice can read keeps the hint', async () => {
    setSpeechEngine(voicedEngine);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board>`);
    await el.updateComplete;
    const button = cardButton(el, 'c1');
    expect(button.textContent).not.to.contain('Ingen lyd');
    expect(description(el, button)).to.equal('Trykk på kortet for å høre det.');
  });
});
