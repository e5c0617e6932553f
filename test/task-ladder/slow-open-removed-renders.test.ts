/**
 * Enter on a task while the details' chunk is still on its way, half a second gone ("Åpner detaljene …" said), then the host
 * removes that task: the open ends, the words gone (slow-details-cancel-status.test.ts). Before, it ended after the render that
 * removed the task (core/pending-open.ts `hostUpdated`: its button gone), clearing the words and the task's busy mark inside
 * that update: a second render, Lit's dev-mode warning "Element vk-task-ladder scheduled an update … after an update completed"
 * (change-in-update). Now the ladder ends it before that render (`willUpdate`: the task is not in the host's value).
 *
 * Its own file, so the page starts without the chunk; only microtasks run between Enter and the checks.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { announced, countUpdates, litWarnings, settle, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';
import { catchHalfSecond, key, microtasks } from '../helpers/slow-open.js';

const button = (el: VkTaskLadder, id: string): HTMLElement | undefined => shadowAll(el, '.task-button').find((b) => b.dataset.key === id);
const without = (doc: LadderDocument, id: string): LadderDocument => ({ ...doc, phases: doc.phases.map((p) => ({ ...p, tasks: p.tasks.filter((t) => t.id !== id) })) });

describe('vk-task-ladder: a slow open whose task the host removes', () => {
  const halfSecond = catchHalfSecond();

  it('ends, the words gone, in the update that takes the host’s value: one update, no change-in-update warning', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await settle(el);
    button(el, 't3')!.focus();
    key(button(el, 't3')!, 'Enter');
    await microtasks();
    halfSecond();
    await microtasks();
    expect(announced(el)).to.equal('Åpner detaljene …');
    const updates = countUpdates(el);
    const warnings = await litWarnings(async () => {
      el.value = without(el.value!, 't3');
      await microtasks();
    });
    expect(warnings.filter((w) => w.includes('after an update completed')), 'Lit warnings').to.deep.equal([]);
    expect(updates.count, 'updates').to.equal(1);
    expect(announced(el), 'its task gone: the words gone').to.equal('');
    expect(button(el, 't3'), 'its task gone').to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'nothing busy').to.equal(null);
    await settle(el);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'nothing opened').to.equal(null);
  });
});
