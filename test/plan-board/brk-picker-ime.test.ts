import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { record } from '../helpers/index.js';
import { samplePlan } from './helpers.js';

// An input method (Tigrinya, Arabic, Chinese…) composes a word and Enter confirms it. Chromium
// marks that Enter `isComposing`; Safari ends the composition first and sends the Enter with
// `isComposing` false but keyCode 229 ("processed by the IME"). Enter in the search field picks
// the one picture left; the Enter that only confirms a composed word must not: she had not
// finished typing, and a card she did not choose was added to the plan.
describe('plan board picker: an Enter that confirms an input method composition', () => {
  for (const [name, init] of [
    ['isComposing (Chromium, Firefox)', { isComposing: true }],
    ['keyCode 229 after compositionend (Safari)', { keyCode: 229 }],
  ] as const) {
    it(`picks nothing: ${name}`, async () => {
      const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
      const changes = record(el, 'vk-change');
      (el.shadowRoot!.querySelector('.add[data-add="tue"]') as HTMLElement).click();
      await el.updateComplete;
      const search = el.shadowRoot!.querySelector('.vk-popover input[type="search"]') as HTMLInputElement;
      search.focus();
      await sendKeys({ type: 'tannlege' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.picker-option').length).to.equal(1);
      const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true, ...init });
      expect(enter.keyCode, 'the test event carries what the browser sends').to.equal('keyCode' in init ? 229 : 0);
      search.dispatchEvent(enter);
      await el.updateComplete;
      expect(changes).to.have.length(0);
      expect(enter.defaultPrevented).to.equal(false);
    });
  }
});
