/**
 * The user goes elsewhere on the page while a task's details are still loading (a slow connection: Enter on the task;
 * `#pending`, core/pending-open.ts). Before 7 Dec 2026 a press on the page's background put focus on <body>, and when the
 * chunk came the task's panel opened and took focus back; a press on the host's toolbar, or focus moved to the host's own
 * control, left the task busy. Now a press anywhere but on the task, and focus on any other element, cancel the open
 * (test/helpers/slow-open.ts `goElsewhere`, as in the step tracker, calendar and board).
 *
 * One test per file: the chunk must not be loaded yet. Only microtasks run between Enter and the checks (./slow-ladder.ts).
 */
import '../../src/define.js';
import { goElsewhere, key, microtasks } from '../helpers/slow-open.js';
import { chunkComes, detailsWaiting, taskButton } from './slow-ladder.js';

describe('task ladder: a press or focus outside while a task’s details load', () => {
  it('cancels the open at once (no longer busy), and no panel opens late over the user’s press on the page', async () => {
    const el = await detailsWaiting();
    const task = taskButton(el, 't2');
    await goElsewhere(el, task, () => (key(task, 'Enter'), microtasks()));
    await chunkComes(el, null);
  });
});
