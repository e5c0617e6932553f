/**
 * The host changes the board while a card's menu waits for the editing chunk (a slow connection,
 * core/pending-open.ts). Before 7 Dec 2026 (a newcomer's QA, 80-pending-host) the focus repair waited
 * for the chunk (the board's updateComplete waits for it): focus on <body> until it came; and a card
 * removed meanwhile had its menu open when it came: an empty role=menu, labelled by the removed
 * button, focus in it. Now the host's change cancels the open, and focus is back at once.
 *
 * One test per file: the editing chunk must not be loaded yet. Only microtasks run between the press
 * and the checks (as slow-menu-cancel.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { settle } from '../helpers/index.js';
import { cardItem, samplePlan } from './helpers.js';
import { settled } from '../core/hold-updates.js';

const microtasks = async (): Promise<void> => {
  for (let i = 0; i < 40; i++) await Promise.resolve();
};

describe('plan board: the host moves the board in the page while a card’s menu waits for the editing chunk', () => {
  it('focus back on the menu button at once, not <body> until the chunk comes; no menu opens late', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()} mode="adviser"></vk-plan-board>`);
    await el.updateComplete;
    const menuButton = cardItem(el, 'c1').querySelector<HTMLElement>('.menu-button')!;
    menuButton.focus();
    menuButton.click();
    await microtasks();
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'the chunk is not in yet').to.equal(null);
    expect(menuButton.getAttribute('aria-busy'), 'busy while the menu loads').to.equal('true');
    const box = document.createElement('div');
    el.parentNode!.append(box);
    box.append(el);
    await microtasks();
    const active = el.shadowRoot!.activeElement;
    expect(active, 'focus back on the menu button at once').to.equal(menuButton);
    expect(menuButton.hasAttribute('aria-busy'), 'the open cancelled').to.equal(false);
    await import('../../src/plan-board/board-editing.js');
    await el.updateComplete;
    await settled();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=menu]:popover-open, .vk-popover:popover-open'), 'no menu opened late').to.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus where it was put').to.equal(active);
  });
});
