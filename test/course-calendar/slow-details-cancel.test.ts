/**
 * Enter on a session while the details' chunk is still on its way (a slow connection), then Space.
 * Before 7 Dec 2026 (a newcomer's QA, 76-slow-chunk: the chunk 2 s late) Space picked the session up
 * and then its details opened over the pick-up. Now (as the task ladder, core/pending-open.ts) the
 * session is busy (`aria-busy`), after half a second "Åpner detaljene …" is said, and the next key
 * cancels the open: Space picks up as ever, nothing opens late.
 *
 * Its own file: the details' chunk must not be loaded yet (the first render only, before the page's
 * idle preload). Only microtasks run between Enter and Space. The half second is the 500 ms timer,
 * caught and run by the test.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { recordAnnouncements } from '../helpers/index.js';
import { catchHalfSecond, key } from '../helpers/slow-open.js';
import { chunkComes, detailsWaiting } from './slow-details.js';

describe('course calendar: Enter on a session while its details are still loading, then Space', () => {
  const halfSecond = catchHalfSecond();

  it('busy, "Åpner detaljene …"; Space cancels the open and picks the session up: the details never open over the pick-up', async () => {
    const { el, session } = await detailsWaiting();
    const said = recordAnnouncements(el);
    halfSecond();
    expect(said).to.deep.equal(['Åpner detaljene …']);
    key(session, ' ');
    expect(session.hasAttribute('aria-busy'), 'Space cancels the open').to.equal(false);
    expect(said[1], 'the words gone from the live region').to.equal('');
    await chunkComes(el);
    expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'Space picked it up').to.not.equal(null);
    expect(said.some((s) => s.startsWith('Plukket opp')), 'and said so').to.equal(true);
  });
});
