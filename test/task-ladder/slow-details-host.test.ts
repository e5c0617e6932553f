/**
 * The host removes the task whose details are still loading (a slow connection: Enter on the task,
 * the ladder's `wanted`). Before 7 Dec 2026 the task's removal cancelled the open, but the ladder's
 * updateComplete still waited for the chunk, so the focus repair left focus on <body> until it
 * came. Now it waits only while an open waits (as core/pending-open.ts's widgets), and focus is on
 * the task in its place at once.
 *
 * One test per file: the chunk must not be loaded yet. Only microtasks run between Enter and the
 * checks, so the chunk cannot arrive in between (as slow-details-cancel.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { settle, shadowAll } from '../helpers/index.js';
import { settled } from '../core/hold-updates.js';
import { sampleLadder } from './sample.js';
import { key, microtasks } from '../helpers/slow-open.js';

const button = (el: VkTaskLadder, id: string): HTMLElement => shadowAll(el, '.task-button').find((b) => b.dataset.key === id)!;

describe('task ladder: the host removes the task whose details are loading', () => {
  it('focus on the task in its place at once, not <body> until the chunk comes; nothing opens late', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await settle(el);
    button(el, 't2').focus();
    key(button(el, 't2'), 'Enter');
    await microtasks();
    expect(el.shadowRoot!.querySelector('.vk-popover'), 'the chunk is not in yet').to.equal(null);
    expect(button(el, 't2').getAttribute('aria-busy')).to.equal('true');
    const doc = el.value!;
    el.value = { ...doc, phases: doc.phases.map((p) => ({ ...p, tasks: p.tasks.filter((t) => t.id !== 't2') })) };
    await microtasks();
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key, 'focus on the next task at once').to.equal('t3');
    await import('../../src/task-ladder/task-panel.js');
    await el.updateComplete;
    await settled();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'nothing opened late').to.equal(null);
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.key).to.equal('t3');
  });
});
