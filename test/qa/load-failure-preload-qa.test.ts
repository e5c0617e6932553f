// QA of 20359d6: a preload is not a use. The step tracker's, the ladder's and the calendar's
// preloads of a lazy part stay silent when it cannot load ("a failure is said when a user opens
// them"); the board's preload on a user's first focus or pointer entry showed the alert (role=alert:
// read out at once) as soon as the pointer crossed the board or Tab reached a card, before any
// use. It must wait for a use (the card menu), as the others do. Blocked for this page alone.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { cardButton, cardItem, deepActive, pointInto, samplePlan } from '../plan-board/helpers.js';
import { blockDuring, NOTICE, notice, words } from '../helpers/load-failure.js';

const settle = async (el: VkPlanBoard): Promise<void> => {
  for (let i = 0; i < 15; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('QA: the board’s preload of its editing UI is not a use', () => {
  blockDuring(['*/board-editing.*', '*/panel.styles.*']);

  it('pointer entry and focus on a card say nothing; the card menu then says it once', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    await pointInto(el);
    cardButton(el, 'c1').focus();
    await settle(el);
    expect(notice(el), 'no alert before any use').to.equal(null);
    const menu = cardItem(el, 'c2').querySelector<HTMLElement>('.menu-button')!;
    menu.focus();
    menu.click();
    await settle(el);
    expect(words(notice(el))).to.equal(NOTICE);
    expect(el.shadowRoot!.querySelectorAll('[data-vk-failed]').length).to.equal(1);
    expect(deepActive()).to.equal(menu);
  });

  it('participant mode: focus on "Foreslå et kort" says nothing; pressing it says it', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    const propose = el.shadowRoot!.querySelector<HTMLElement>('.propose')!;
    propose.focus();
    await settle(el);
    expect(notice(el), 'no alert before any use').to.equal(null);
    propose.click();
    await settle(el);
    expect(words(notice(el))).to.equal(NOTICE);
    expect(deepActive()).to.equal(propose);
  });
});
