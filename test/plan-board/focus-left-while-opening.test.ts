import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { settle } from '../helpers/index.js';
import { cardItem, deepActive, samplePlan } from './helpers.js';
import { holdUpdates, settled } from '../core/hold-updates.js';

// The board's panels (card menu, picker, edit form) are lazy chunks, usually there before a first
// press (preloaded). A chunk slow to arrive let the user press and go on to the page's next control
// meanwhile; its arrival then opened the panel with focus in it, taken from where the user had put it.
// The first test needs its own page: the editing chunk must not be loaded yet.
async function board(): Promise<{ el: VkPlanBoard; after: HTMLButtonElement }> {
  const wrap = await fixture<HTMLDivElement>(html`<div><vk-plan-board .value=${samplePlan()} mode="adviser"></vk-plan-board><button id="after">Lagre</button></div>`);
  return { el: wrap.querySelector('vk-plan-board') as VkPlanBoard, after: wrap.querySelector('#after') as HTMLButtonElement };
}

describe('plan board: a panel asked for, then focus moved on before it could open', () => {
  it('a card’s menu pressed before the editing chunk arrived: it does not open, focus stays on the page’s control', async () => {
    const { el, after } = await board();
    // The first render only: the page's idle preload of the editing chunk has not run yet.
    await el.updateComplete;
    // In one task, before the chunk can arrive: the menu button pressed, then on to the page's control.
    const button = cardItem(el, 'c1').querySelector<HTMLElement>('.menu-button')!;
    button.focus();
    button.click();
    after.focus();
    await el.updateComplete;
    await settled();
    expect(document.activeElement, 'focus stays where the user put it').to.equal(after);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'the menu stays closed').to.equal(null);
    // Loaded now: the next press opens it, focus in it.
    button.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.vk-popover[role="menu"]:popover-open')?.contains(el.shadowRoot!.activeElement), 'opened on the next press, focus in it').to.equal(true);
  });

  it('a picture chosen for a new card, the form’s update completing late: the form does not open once focus has left the board', async () => {
    const { el, after } = await board();
    await settle(el);
    const add = el.shadowRoot!.querySelector<HTMLElement>('.add[data-add="mon"]')!;
    add.focus();
    add.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.vk-popover:popover-open .picker-option'), 'the picker opens', { timeout: 5000 });
    const release = holdUpdates(el);
    const option = el.shadowRoot!.querySelector<HTMLElement>('.picker-option')!;
    option.focus();
    option.click();
    await settled();
    expect(deepActive()?.getAttribute('data-roving'), 'focus on the new card').to.match(/^c:/);
    // The user goes on to the page's next control while the update (the form's chunk) is still completing.
    after.focus();
    release();
    await settled();
    expect(document.activeElement, 'focus stays where the user put it').to.equal(after);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'the form stays closed').to.equal(null);
  });

  it('a picture chosen for a new card with focus left on it: its form opens once the update completes', async () => {
    const { el } = await board();
    await settle(el);
    el.shadowRoot!.querySelector<HTMLElement>('.add[data-add="mon"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.vk-popover:popover-open .picker-option'), 'the picker opens', { timeout: 5000 });
    const release = holdUpdates(el);
    el.shadowRoot!.querySelector<HTMLElement>('.picker-option')!.click();
    await settled();
    release();
    await settled();
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open .edit-form')?.contains(el.shadowRoot!.activeElement), 'the form open, focus in it').to.equal(true);
  });
});
