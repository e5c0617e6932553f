import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { settle } from '../helpers/index.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { endlessSpeech } from '../helpers/speech.js';
import { cardButton, cardItem, samplePlan } from './helpers.js';

// QA (6 Dec): a participant's card (or a column) being read aloud went on being read after the
// host disabled the board — its own `disabled` or a <fieldset disabled> around it — still shown as
// pressed, and the second tap that stops it did nothing (a disabled board takes no press): the
// participant could not stop it. docs/plan-board.md: "`disabled`: nothing"; a disabled board also
// closes its panels and puts a lifted card back. Now the reading stops too.
describe('plan board: disabled while a card is being read aloud', () => {
  afterEach(() => setSpeechEngine(null));

  for (const how of ['disabled', 'fieldset'] as const) {
    it(`${how}: the reading stops and the card is no longer shown as being read`, async () => {
      const speech = endlessSpeech();
      setSpeechEngine(speech.engine);
      const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board></fieldset></form>`);
      const el = form.querySelector('vk-plan-board') as VkPlanBoard;
      await el.updateComplete;
      cardButton(el, 'c1').click();
      await el.updateComplete;
      expect(cardButton(el, 'c1').getAttribute('aria-pressed'), 'being read').to.equal('true');
      if (how === 'disabled') el.disabled = true;
      else form.querySelector('fieldset')!.disabled = true;
      await settle(el);
      expect(speech.stopped, 'the voice stopped').to.deep.equal(['Norskkurs. 09:00–11:30']);
      expect(cardItem(el, 'c1').hasAttribute('data-speaking')).to.equal(false);
      expect(cardButton(el, 'c1').getAttribute('aria-pressed')).to.equal('false');
    });
  }

  it('a column being read stops too', async () => {
    const speech = endlessSpeech();
    setSpeechEngine(speech.engine);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    el.shadowRoot!.querySelector<HTMLElement>('.column[data-column="mon"] .read')!.click();
    await el.updateComplete;
    el.disabled = true;
    await settle(el);
    expect(speech.stopped, 'the title being read stopped, and no card was read after it').to.deep.equal(['Mandag']);
  });
});
