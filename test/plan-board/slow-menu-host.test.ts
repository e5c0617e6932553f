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

describe('plan board: the host removes the card whose menu waits for the editing chunk', () => {
  it('focus on a card at once, not <body>; no menu opens when the chunk comes', async () => {
    const { el } = await menuWaiting();
    el.value = { ...el.value!, cards: el.value!.cards.filter((c) => c.id !== 'c1') };
    await boardMicrotasks();
    const active = el.shadowRoot!.activeElement;
    expect(active?.closest('[data-card]'), 'focus on a card at once').to.not.equal(null);
    await chunkComes(el, active);
  });
});
