/**
 * The host moves the ladder in the page (removed and put back in one task) while a task's details are
 * still loading (a slow connection: Enter on the task; the ladder's `wanted`). Before 7 Dec 2026 a
 * move did not cancel the open, and the ladder's updateComplete waited for the chunk: the focus
 * repair left focus on <body> until it came. Now the move cancels the open (core/pending-open.ts's
 * rule, as in the step tracker, calendar and board), and focus is back at once.
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

describe('task ladder: the host moves the ladder in the page while a task’s details load', () => {
  it('focus back on the task at once, not <body> until the chunk comes; no longer busy; nothing opens late', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await settle(el);
    button(el, 't2').focus();
    key(button(el, 't2'), 'Enter');
    await microtasks();
    expect(el.shadowRoot!.querySelector('.vk-popover'), 'the chunk is not in yet').to.equal(null);
    expect(button(el, 't2').getAttribute('aria-busy')).to.equal('true');
    const box = document.createElement('div');
    el.parentNode!.append(box);
    box.append(el);
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
