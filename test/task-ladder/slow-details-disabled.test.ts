/**
 * The host disables the ladder while a task's details are still loading (a slow connection: Enter on
 * the task; `#pending`, core/pending-open.ts). Before 7 Dec 2026 disabling cancelled the open, but the ladder's
 * updateComplete still waited for the chunk, so the focus repair left focus on <body> until it came,
 * and then put it on the first task (every task is out of the tab order while disabled), not the
 * user's. Now focus is back on the user's task at once, as in the step tracker.
 *
 * One test per file: the chunk must not be loaded yet. Only microtasks run between Enter and the
 * checks, so the chunk cannot arrive in between (as slow-details-cancel.test.ts).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { microtasks } from '../helpers/slow-open.js';
import { chunkComes, detailsWaiting, taskButton } from './slow-ladder.js';

describe('task ladder: the host disables the ladder while a task’s details load', () => {
  it('focus stays on the task at once (aria-disabled), not <body> until the chunk comes; no longer busy; nothing opens late', async () => {
    const el = await detailsWaiting();
    el.disabled = true;
    await microtasks();
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key, 'focus on the task at once').to.equal('t2');
    expect(taskButton(el, 't2').hasAttribute('aria-busy'), 'the open cancelled').to.equal(false);
    await chunkComes(el, 't2');
  });
});
