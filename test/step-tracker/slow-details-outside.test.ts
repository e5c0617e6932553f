/**
 * The user goes elsewhere on the page while a step's details are still loading (a slow connection: Enter on the step,
 * core/pending-open.ts). Before 7 Dec 2026 the next key and focus on another step cancelled the open, but a press on the
 * page's background did not: focus went to <body>, and when the chunk came the details opened and took focus from where the
 * user had put it; a press on the host's toolbar, or focus moved to the host's own control, left the step busy. Now a press
 * anywhere but on the step, and focus on any other element of the page, cancel the open; focus that leaves for nowhere with
 * no press (the window behind another) leaves it be (test/helpers/slow-open.ts `goElsewhere`, as for the other widgets).
 *
 * One test per file: the chunk must not be loaded yet. Only microtasks run between Enter and the checks (./slow-details.ts).
 */
import '../../src/define.js';
import { goElsewhere, key } from '../helpers/slow-open.js';
import { chunkComes, detailsWaiting, stepButton, trackerMicrotasks } from './slow-details.js';

describe('step tracker: a press or focus outside while a step’s details load', () => {
  it('cancels the open at once (no longer busy), and nothing opens late over the user’s press on the page', async () => {
    const el = await detailsWaiting();
    const step = stepButton(el, 's2');
    await goElsewhere(el, step, () => (key(step, 'Enter'), trackerMicrotasks()));
    await chunkComes(el, null);
  });
});
