/**
 * The host changes the calendar while a session's details are still loading (a slow connection: Enter
 * on the session, core/pending-open.ts). Before 7 Dec 2026 (a newcomer's QA, 80-pending-host, 82-move)
 * the focus repair waited for the chunk (the calendar's updateComplete waits for the details of an
 * open item): <body> until it came, then the details opened late. Now the host's change cancels the
 * open (the open item dropped), and focus is back at once.
 *
 * One test per file: the chunk must not be loaded yet. Only microtasks run between Enter and the
 * checks (as slow-details-cancel.test.ts). The calendar waiting and the chunk's arrival: ./slow-details.ts.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { calendarMicrotasks, chunkComes, detailsWaiting } from './slow-details.js';

describe('course calendar: the host moves the calendar in the page while a session’s details load', () => {
  it('focus back on the session at once, not <body> until the chunk comes; the open cancelled, nothing opens late', async () => {
    const { el, session } = await detailsWaiting();
    const box = document.createElement('div');
    el.parentNode!.append(box);
    box.append(el);
    await calendarMicrotasks();
    expect(el.shadowRoot!.activeElement, 'focus back on the session at once').to.equal(session);
    expect(session.hasAttribute('aria-busy'), 'the open cancelled').to.equal(false);
    await chunkComes(el);
  });
});
