// Boards whose picture words failed to load are remembered, weakly, so that another board's retry that brings the words
// takes their notice away (picture-words.ts `waiting`): a removed one must still be collected (issue 13).
//
// Its own file: the Somali words must not be loaded yet.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { loaders } from '../../src/core/localize.js';
import { collect } from '../core/leak-helpers.js';
import { frame } from './helpers.js';

const plan: PlanDocument = {
  version: 1,
  participantLanguage: 'so',
  columns: [{ id: 'mon', title: { nb: 'Mandag' } }],
  cards: [{ id: 'p1', columnId: 'mon', title: '', pictogram: 'vk:bus' }],
};

describe('plan board: boards whose picture words failed', () => {
  const load = loaders.so;
  afterEach(() => (loaders.so = load));

  it('are collected once removed, while the words still fail', async () => {
    const refs = await mountAndRemove(30);
    // In another function than the one that mounted (a suspended async function may still hold its last local), as leak-helpers.ts.
    await collect();
    const alive = refs.flatMap((ref, i) => (ref.deref() ? [i] : []));
    expect(alive, 'removed boards still reachable').to.deep.equal([]);
  });
});

/** Mounts boards whose words fail to load, each removed once its notice is up; weak references to them. */
async function mountAndRemove(count: number): Promise<Array<WeakRef<VkPlanBoard>>> {
  const loads: Promise<unknown>[] = [];
  loaders.so = () => (loads.push(Promise.reject(new TypeError('Failed to fetch dynamically imported module'))), loads[loads.length - 1] as Promise<never>);
  const refs: Array<WeakRef<VkPlanBoard>> = [];
  for (let i = 0; i < count; i++) {
    const el = document.createElement('vk-plan-board');
    el.mode = 'participant';
    el.value = plan;
    document.body.append(el);
    await el.updateComplete;
    await Promise.allSettled(loads);
    await frame();
    if (!el.shadowRoot!.querySelector('[part~="load-failed"]')) throw new Error('the failure was not met');
    refs.push(new WeakRef(el));
    el.remove();
  }
  return refs;
}
