/**
 * Enter on a task while the details' chunk is still on its way (a slow connection), then the user
 * goes on: an arrow key to another task, Space there. Before 7 Dec 2026 (a newcomer's QA: lazy2,
 * the chunk delayed 2 s) nothing showed meanwhile, and the details opened late on the first task,
 * taking focus back from where the user was working. Now the task is busy (`aria-busy`) at once,
 * and the next key cancels the open: the chunk arrives, nothing opens, focus stays.
 *
 * Its own file, so the page starts without the chunk; between Enter and the checks only microtasks
 * run (no timer, no frame), so the chunk cannot arrive in between (as task-ladder.lazy-panel.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { record, settle, shadowAll } from '../helpers/index.js';
import { settled } from '../core/hold-updates.js';
import { sampleLadder } from './sample.js';
import { key, microtasks } from '../helpers/slow-open.js';

const button = (el: VkTaskLadder, id: string): HTMLElement => shadowAll(el, '.task-button').find((b) => b.dataset.key === id)!;
/** Lit's updates (microtasks), not a network task. */

describe('task ladder: Enter on a task while its details are still loading, then on to another task', () => {
  it('the task is busy meanwhile; an arrow key and Space on the next task cancel the open: nothing opens late, focus stays', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await settle(el);
    const seen = record(el, 'vk-open', 'vk-change');
    button(el, 't2').focus();
    key(button(el, 't2'), 'Enter');
    await microtasks();
    expect(el.shadowRoot!.querySelector('.vk-popover'), 'the chunk is not in yet').to.equal(null);
    expect(button(el, 't2').getAttribute('aria-busy'), 'busy while its details load').to.equal('true');
    key(button(el, 't2'), 'ArrowDown');
    await microtasks();
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.key).to.equal('t3');
    expect(button(el, 't2').hasAttribute('aria-busy'), 'no longer busy: the open is cancelled').to.equal(false);
    key(button(el, 't3'), ' ');
    await el.updateComplete;
    await settled();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'nothing opened late').to.equal(null);
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.key, 'focus where the user was').to.equal('t3');
    expect(seen.map((e) => e.type)).to.deep.equal(['vk-open', 'vk-change']);
    // The next Enter opens t3's details (the chunk is in now).
    key(button(el, 't3'), 'Enter');
    await settle(el);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open #panel-title')?.textContent).to.contain('Tørke av benker');
  });
});
