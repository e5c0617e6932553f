/**
 * The host disables the ladder while a task's details are still loading (a slow connection: Enter on
 * the task; the ladder's `wanted`). Before 7 Dec 2026 disabling cancelled the open, but the ladder's
 * updateComplete still waited for the chunk, so the focus repair left focus on <body> until it came,
 * and then put it on the first task (every task is out of the tab order while disabled), not the
 * user's. Now focus is back on the user's task at once, as in the step tracker.
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

describe('task ladder: the host disables the ladder while a task’s details load', () => {
  it('focus stays on the task at once (aria-disabled), not <body> until the chunk comes; no longer busy; nothing opens late', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await settle(el);
    button(el, 't2').focus();
    key(button(el, 't2'), 'Enter');
    await microtasks();
    expect(el.shadowRoot!.querySelector('.vk-popover'), 'the chunk is not in yet').to.equal(null);
    expect(button(el, 't2').getAttribute('aria-busy')).to.equal('true');
    el.disabled = true;
    await microtasks();
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key, 'focus on the task at once').to.equal('t2');
    expect(button(el, 't2').hasAttribute('aria-busy'), 'the open cancelled').to.equal(false);
    await import('../../src/task-ladder/task-panel.js');
    await el.updateComplete;
    await settled();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'nothing opened late').to.equal(null);
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.key).to.equal('t2');
  });
});
