import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { cardButton, cardItem, deepActive, samplePlan } from './helpers.js';

// The editing UI (popover, card menu, editor, picker, proposal and their styles) is a lazy chunk
// (board-editing.ts). This file never imports it itself: the board loads it.
const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const popover = (el: VkPlanBoard): HTMLElement | null => sr(el).querySelector('.vk-popover');

describe('plan board: editing UI loads on first use', () => {
  it('a board nobody has touched renders without the editing UI; the first focus preloads it', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    expect(sr(el).querySelectorAll('.card').length).to.equal(4);
    expect(popover(el)).to.equal(null);
    cardButton(el, 'c1').focus();
    // updateComplete waits for the load under way: no sleeping.
    await el.updateComplete;
    expect(popover(el)).to.not.equal(null);
    expect(popover(el)?.matches(':popover-open')).to.equal(false);
    expect(deepActive()).to.equal(cardButton(el, 'c1'));
  });

  it('the menu button opens the card menu even when it is the very first thing used (the load comes first)', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    const button = cardItem(el, 'c2').querySelector<HTMLElement>('.menu-button') as HTMLElement;
    button.click();
    await el.updateComplete;
    const menu = sr(el).querySelector<HTMLElement>('.vk-popover[role="menu"]');
    expect(menu?.matches(':popover-open')).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // The panel's styles came with it: the menu items are laid out as the menu's (block) buttons.
    const item = menu?.querySelector<HTMLElement>('[role="menuitem"]') as HTMLElement;
    expect(getComputedStyle(item).display).to.not.equal('inline-block');
  });

  it('a read-only board never loads it, whatever the user does', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board readonly .value=${samplePlan()}></vk-plan-board>`);
    cardButton(el, 'c1').focus();
    sr(el).querySelector('.columns')?.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(popover(el)).to.equal(null);
  });
});
