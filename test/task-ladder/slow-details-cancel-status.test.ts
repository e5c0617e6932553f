/**
 * Enter on a task while the details' chunk is still on its way, half a second gone ("Åpner
 * detaljene …" said), then a real cancel: an arrow key to the next task; then Enter there, and the
 * host removes that task while its details load. Before 7 Dec 2026 (a newcomer's QA:
 * q1-lazy-modkey, q21-lazy-removed) the busy state went but "Åpner detaljene …" stayed in the live
 * region, for a screen reader's review to find long after. Now the cancel clears it (saying
 * nothing more), as does the task's removal.
 *
 * Its own file, so the page starts without the chunk; only microtasks run between Enter and the
 * checks (see slow-details-cancel.test.ts). The half second is the ladder's 500 ms timer, caught and run by the test.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { announced, settle, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';
import { catchHalfSecond, key, microtasks } from '../helpers/slow-open.js';

const button = (el: VkTaskLadder, id: string): HTMLElement => shadowAll(el, '.task-button').find((b) => b.dataset.key === id)!;
const without = (doc: LadderDocument, id: string): LadderDocument => ({ ...doc, phases: doc.phases.map((p) => ({ ...p, tasks: p.tasks.filter((t) => t.id !== id) })) });

describe('task ladder: a slow details open cancelled, or its task removed', () => {
  const halfSecond = catchHalfSecond();

  it('an arrow key: no longer busy, the words gone; the host removing the next pending task: the words gone too', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await settle(el);
    button(el, 't2').focus();
    key(button(el, 't2'), 'Enter');
    await microtasks();
    halfSecond();
    await microtasks();
    expect(announced(el)).to.equal('Åpner detaljene …');
    key(button(el, 't2'), 'ArrowDown');
    await microtasks();
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.key).to.equal('t3');
    expect(button(el, 't2').hasAttribute('aria-busy'), 'cancelled').to.equal(false);
    expect(announced(el), 'the stale words gone').to.equal('');

    key(button(el, 't3'), 'Enter');
    await microtasks();
    expect(el.shadowRoot!.querySelector('.vk-popover'), 'the chunk is still not in').to.equal(null);
    halfSecond();
    await microtasks();
    expect(announced(el)).to.equal('Åpner detaljene …');
    el.value = without(el.value!, 't3');
    await microtasks();
    expect(announced(el), 'its task gone: the words gone').to.equal('');
    await settle(el);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'nothing opened').to.equal(null);
  });
});
