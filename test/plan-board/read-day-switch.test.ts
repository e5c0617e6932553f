import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { cardButton, frame, samplePlan } from './helpers.js';

// Before: a participant on a phone (one day at a time) tapped a card to hear it, then went to the
// next day: the card and its highlight left the screen, but its words went on, with nothing left on
// screen to stop them (tapping the card again stops it; the card was gone).
describe('plan board, one day at a time: reading stops when another day is shown', () => {
  afterEach(() => setSpeechEngine(null));

  it('a card being read, then → to the next day: the reading is stopped', async () => {
    const aborted: string[] = [];
    // Speech that lasts until it is stopped.
    setSpeechEngine({
      hasVoice: (lang) => lang === 'nb',
      speak: (text, _lang, signal) => new Promise((resolve) => signal.addEventListener('abort', () => (aborted.push(text), resolve()))),
      play: () => Promise.resolve(),
    });
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 360px"><vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board></div>`);
    const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
    for (let i = 0; i < 4; i++) await frame();
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('.switcher'), 'one day at a time').to.not.equal(null);
    cardButton(el, 'c1').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[data-speaking]'), 'the card is being read').to.not.equal(null);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await frame();
    expect(aborted, 'the reading was stopped').to.deep.equal(['Norskkurs. 09:00–11:30']);
    expect(el.shadowRoot?.querySelector('[data-speaking]')).to.equal(null);
  });
});
