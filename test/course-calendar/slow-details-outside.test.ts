/**
 * The user goes elsewhere on the page while a session's details are still loading (a slow connection: Enter on the
 * session, core/pending-open.ts). Before 7 Dec 2026 a press on the page's background put focus on <body>, and when the
 * chunk came the details opened and took focus back; a press on the host's toolbar, or focus moved to the host's own
 * control, left the session busy. Now a press anywhere but on the session, and focus on any other element, cancel the open
 * (the open item dropped; test/helpers/slow-open.ts `goElsewhere`, as for the other widgets).
 *
 * One test per file: the chunk must not be loaded yet. Only microtasks run between Enter and the checks (./slow-details.ts).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { goElsewhere, key, microtasks } from '../helpers/slow-open.js';
import { chunkComes, detailsWaiting } from './slow-details.js';

describe('course calendar: a press or focus outside while a session’s details load', () => {
  it('cancels the open at once (no longer busy), and no details open late over the user’s press on the page', async () => {
    const { el, session } = await detailsWaiting();
    await goElsewhere(el, session, () => (key(session, 'Enter'), microtasks()));
    await chunkComes(el);
    expect(document.activeElement, 'focus left on <body>').to.equal(document.body);
  });
});
