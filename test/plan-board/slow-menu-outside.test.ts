/**
 * The user goes elsewhere on the page while a card's menu waits for the editing chunk (a slow connection,
 * core/pending-open.ts). Before 7 Dec 2026 a press on the page's background put focus on <body>, and when the chunk came
 * the menu opened and took focus back; a press on the host's toolbar, or focus moved to the host's own control, left the
 * menu button busy. Now a press anywhere but on the menu button, and focus on any other element, cancel the open
 * (test/helpers/slow-open.ts `goElsewhere`, as for the other widgets).
 *
 * One test per file: the editing chunk must not be loaded yet. Only microtasks run between the press and the checks
 * (./slow-menu.ts).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { goElsewhere } from '../helpers/slow-open.js';
import { boardMicrotasks, chunkComes, menuWaiting } from './slow-menu.js';

describe('plan board: a press or focus outside while a card’s menu waits for the editing chunk', () => {
  it('cancels the open at once (no longer busy), and no menu opens late over the user’s press on the page', async () => {
    const { el, menuButton } = await menuWaiting();
    await goElsewhere(el, menuButton, () => (menuButton.click(), boardMicrotasks()));
    await chunkComes(el, null);
    expect(document.activeElement, 'focus left on <body>').to.equal(document.body);
  });
});
