/**
 * The host moves the ladder in the page (removed and put back in one task) while a task's details are
 * still loading (a slow connection: Enter on the task; `#pending`, core/pending-open.ts). Before 7 Dec 2026 a
 * move did not cancel the open, and the ladder's updateComplete waited for the chunk: the focus
 * repair left focus on <body> until it came. Now the move cancels the open (core/pending-open.ts's
 * rule, as in the step tracker, calendar and board), and focus is back at once.
 *
 * One test per file: the chunk must not be loaded yet. Only microtasks run between Enter and the
 * checks, so the chunk cannot arrive in between (as slow-details-cancel.test.ts).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { microtasks } from '../helpers/slow-open.js';
import { chunkComes, detailsWaiting, taskButton } from './slow-ladder.js';

describe('task ladder: the host moves the ladder in the page while a task’s details load', () => {
  it('focus back on the task at once, not <body> until the chunk comes; no longer busy; nothing opens late', async () => {
    const el = await detailsWaiting();
    const box = document.createElement('div');
    el.parentNode!.append(box);
    box.append(el);
    await microtasks();
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key, 'focus on the task at once').to.equal('t2');
    expect(taskButton(el, 't2').hasAttribute('aria-busy'), 'the open cancelled').to.equal(false);
    await chunkComes(el, 't2');
  });
});
