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

describe('plan board: the host makes the board disabled while a card’s menu waits for the editing chunk', () => {
  it('focus stays on the card at once, not <body> until the chunk comes; no menu opens late', async () => {
    const { el, menuButton } = await menuWaiting();
    el.disabled = true;
    await boardMicrotasks();
    const active = el.shadowRoot!.activeElement;
    expect(active?.closest('[data-card]')?.getAttribute('data-card'), 'focus on the card at once').to.equal('c1');
    expect(menuButton.hasAttribute('aria-busy'), 'the open cancelled').to.equal(false);
    await chunkComes(el, active);
  });
});
