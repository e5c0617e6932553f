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
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { boardMicrotasks, chunkComes, menuWaiting } from './slow-menu.js';

describe('plan board: the host moves the board in the page while a card’s menu waits for the editing chunk', () => {
  it('focus back on the menu button at once, not <body> until the chunk comes; no menu opens late', async () => {
    const { el, menuButton } = await menuWaiting();
    const box = document.createElement('div');
    el.parentNode!.append(box);
    box.append(el);
    await boardMicrotasks();
    const active = el.shadowRoot!.activeElement;
    expect(active, 'focus back on the menu button at once').to.equal(menuButton);
    expect(menuButton.hasAttribute('aria-busy'), 'the open cancelled').to.equal(false);
    await chunkComes(el, active);
  });
});
