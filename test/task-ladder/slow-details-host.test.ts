/**
 * The host removes the task whose details are still loading (a slow connection: Enter on the task,
 * `#pending`, core/pending-open.ts). Before 7 Dec 2026 the task's removal cancelled the open, but the ladder's
 * updateComplete still waited for the chunk, so the focus repair left focus on <body> until it
 * came. Now it waits only while an open waits (as core/pending-open.ts's widgets), and focus is on
 * the task in its place at once.
 *
 * One test per file: the chunk must not be loaded yet. Only microtasks run between Enter and the
 * checks, so the chunk cannot arrive in between (as slow-details-cancel.test.ts).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { microtasks } from '../helpers/slow-open.js';
import { chunkComes, detailsWaiting } from './slow-ladder.js';

describe('task ladder: the host removes the task whose details are loading', () => {
  it('focus on the task in its place at once, not <body> until the chunk comes; nothing opens late', async () => {
    const el = await detailsWaiting();
    const doc = el.value!;
    el.value = { ...doc, phases: doc.phases.map((p) => ({ ...p, tasks: p.tasks.filter((t) => t.id !== 't2') })) };
    await microtasks();
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key, 'focus on the next task at once').to.equal('t3');
    await chunkComes(el, 't3');
  });
});
