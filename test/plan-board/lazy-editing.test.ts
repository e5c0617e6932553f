import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { record } from '../helpers/index.js';
import { cardButton, cardItem, deepActive, renderedOrder, samplePlan } from './helpers.js';

// The editing UI (popover, card menu, editor, picker, proposal and their styles) is a lazy chunk
// (board-editing.ts): this file never imports it itself, the board loads it. Keyboard moves and
// pointer drag load with the board (a keyboard move acts in the keydown's own task).
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

  it('Space, →, Space pressed at once (no await between) move the card in the keydown’s own task', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    const button = cardButton(el, 'c1');
    const press = (key: string): void => {
      (sr(el).activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    };
    button.focus();
    // All three before any load can finish (no await in between).
    press(' ');
    press('ArrowRight');
    press(' ');
    expect(events).to.have.length(1);
    await el.updateComplete;
    expect(events.map((e) => (e.detail as { operation: { type: string } }).operation.type)).to.deep.equal(['card.move']);
    expect(renderedOrder(el).tue).to.deep.equal(['c1', 'c4']);
    expect((deepActive() as HTMLElement).dataset.key).to.equal('c1');
  });

  it('Escape right after Space, → puts the card back: nothing moves', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    cardButton(el, 'c1').focus();
    for (const key of [' ', 'ArrowRight', 'Escape']) cardButton(el, 'c1').dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(events).to.have.length(0);
    expect(renderedOrder(el).mon).to.deep.equal(['c1', 'c2', 'c3']);
    expect(sr(el).querySelector('.card[data-lifted]')).to.equal(null);
  });
});
