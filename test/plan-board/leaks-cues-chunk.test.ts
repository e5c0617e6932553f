// A board asks for its edge cues' chunk (scroll-cue.ts) in its constructor. Until 7 Dec 2026 the answer's callback held the
// board (`new cues.ScrollCues(this)`), so every board removed before the chunk came (a slow network, a host that mounts and
// removes boards as its user moves about) stayed reachable until then, and for good where the chunk never comes. Here the
// chunk is held back (the test server answers no request for it) while boards are mounted and removed: none may stay.
//
// Its own file: the chunk must not have loaded in this page before.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import { collect } from '../core/leak-helpers.js';
import { frame } from './helpers.js';

const MOUNTS = 20;
const hold = (urls: string[]): Promise<unknown> => executeServerCommand('vk-hold-urls', { urls });

/** Mounts and removes `MOUNTS` boards; weak references to them. Its own async function: the caller's frame holds none. */
async function mountAndRemove(host: Element): Promise<Array<WeakRef<VkPlanBoard>>> {
  const refs: Array<WeakRef<VkPlanBoard>> = [];
  for (let i = 0; i < MOUNTS; i++) {
    const el = document.createElement('vk-plan-board') as VkPlanBoard;
    el.value = createAminaPlan();
    host.append(el);
    await el.updateComplete;
    refs.push(new WeakRef(el));
    el.remove();
  }
  return refs;
}

describe('plan board: a board removed before its edge cues\' chunk came', () => {
  after(() => hold([]));

  it('is collected while the chunk has not come, and a board kept on the page gets its cues once it comes', async () => {
    await hold(['*/scroll-cue.*']);
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const kept = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${createAminaPlan()}></vk-plan-board>`);
    const refs = await mountAndRemove(host);
    await collect();
    const alive = refs.filter((ref) => ref.deref()).length;
    expect(kept.shadowRoot!.querySelector('.cue'), 'the chunk was held back (else this checks nothing)').to.equal(null);
    expect(alive, `removed boards still reachable, of ${MOUNTS}`).to.equal(0);
    await hold([]);
    for (let i = 0; i < 50 && !kept.shadowRoot!.querySelector('.cue'); i++) await frame();
    expect(kept.shadowRoot!.querySelector('.cue'), 'the board on the page gets its cues').not.to.equal(null);
  });
});
