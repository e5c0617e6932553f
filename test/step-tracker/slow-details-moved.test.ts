/**
 * The host changes the tracker while a step's details are still loading (a slow connection: Enter on
 * the step, core/pending-open.ts). Before 7 Dec 2026 (a newcomer's QA, 80-pending-host, 82-move) the
 * focus repair waited for the chunk (the tracker's updateComplete waits for an open step's details):
 * focus stayed on <body> until it came, or for ever. Now the host's change cancels the open, and
 * focus is back at once.
 *
 * One test per file: the chunk must not be loaded yet. Only microtasks run between Enter and the
 * checks, so the chunk cannot arrive in between (as slow-details-cancel.test.ts). The tracker waiting
 * and the chunk's arrival: ./slow-details.ts.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { chunkComes, detailsWaiting, focusedStep, stepButton, trackerMicrotasks } from './slow-details.js';

describe('step tracker: the host moves the tracker in the page while a step’s details load', () => {
  it('focus back on the step at once, not <body> until the chunk comes; nothing opens late', async () => {
    const el = await detailsWaiting();
    const box = document.createElement('div');
    el.parentNode!.append(box);
    box.append(el);
    await trackerMicrotasks();
    expect(focusedStep(el), 'focus on the step at once').to.equal('s2');
    expect(stepButton(el, 's2').hasAttribute('aria-busy'), 'the open cancelled').to.equal(false);
    await chunkComes(el, 's2');
  });
});
