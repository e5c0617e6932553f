/**
 * "Prøv igjen" for a card's menu whose card the host removed meanwhile (QA round 2, 8 Dec 2026): the press said nothing and
 * opened nothing. Now it says "Kortet ble fjernet av noen andre.", as the card's form does when its card goes; the chunk is
 * asked for alone and focus stays in the board. Its own page: the editing chunk must not be loaded before (the module map
 * keeps it).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { recordAnnouncements, settle } from '../helpers/index.js';
import { block, deepActive, noticeOf, quietLoadFailures, retryOf, until } from '../helpers/load-failure.js';
import { cardItem, samplePlan } from './helpers.js';

describe('plan board: "Prøv igjen" after the host removed the card', () => {
  quietLoadFailures();

  it('says the card was removed, opens nothing, and focus stays in the board', async () => {
    await block(['*/board-editing.*', '*/panel.styles.*', '*/card-editor.*']);
    const doc = samplePlan();
    const el = (await fixture<HTMLElement>(html`<div><vk-plan-board style="inline-size: 1100px" .value=${doc}></vk-plan-board><button>after</button></div>`)).firstElementChild as VkPlanBoard;
    await el.updateComplete;
    cardItem(el, 'c2').querySelector<HTMLElement>('.menu-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await noticeOf(el);
    await settle(el);
    el.value = { ...doc, cards: doc.cards.filter((c) => c.id !== 'c2') };
    await settle(el);
    await block([]);
    retryOf(el)!.focus();
    const said = recordAnnouncements(el);
    await sendKeys({ press: 'Enter' });
    await until(() => said.includes('Kortet ble fjernet av noen andre.'));
    await settle(el);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'nothing opened').to.equal(null);
    expect(el.shadowRoot!.contains(deepActive()) || deepActive() === el, 'focus in the board').to.equal(true);
  });
});
