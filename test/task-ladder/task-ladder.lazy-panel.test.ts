// The details popover is a lazy chunk. Its own file, so this page starts without the chunk:
// these tests see it load (or not) and see ladders removed before it arrived.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { collect } from '../core/leak-helpers.js';
import { sampleLadder } from './sample.js';

const panelRequested = (): boolean =>
  performance.getEntriesByType('resource').some((entry) => /\/task-ladder\/task-panel\.(ts|js)(\?|$)/.test(new URL(entry.name).pathname));

function enter(el: VkTaskLadder): void {
  const button = el.shadowRoot?.querySelector<HTMLElement>('.task-button[tabindex="0"]');
  if (!button) throw new Error('no tab stop');
  button.focus();
  button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
}

/**
 * Mounts `count` ladders one after another, opens a task in each (Enter) and removes it at once;
 * returns weak references to them. Its own function, so the caller's frame holds no ladder.
 */
async function mountOpenAndRemove(count: number): Promise<Array<WeakRef<VkTaskLadder>>> {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const doc = sampleLadder();
    const refs: Array<WeakRef<VkTaskLadder>> = [];
    for (let i = 0; i < count; i++) {
      const el = document.createElement('vk-task-ladder');
      el.value = doc;
      host.append(el);
      // Microtasks only, as a host page's script would: the chunk cannot arrive during the loop.
      await el.updateComplete;
      if (i === 0) {
        expect(el.shadowRoot?.querySelector('.vk-popover'), 'popover before any open').to.equal(null);
        expect(panelRequested(), 'panel chunk requested by a ladder only looked at').to.equal(false);
      }
      enter(el);
      refs.push(new WeakRef(el));
      el.remove();
    }
    host.remove();
    return refs;
}

describe('<vk-task-ladder> lazy details panel', () => {
  before(() => {
    performance.setResourceTimingBufferSize(10_000);
    performance.clearResourceTimings();
  });

  it('ladders removed with a task opened before the chunk was in are all collected', async function () {
    this.timeout(0);
    const refs = await mountOpenAndRemove(30);
    await collect();
    const alive = refs.flatMap((ref, i) => (ref.deref() ? [i] : []));
    expect(alive, 'removed ladders still reachable').to.deep.equal([]);
  });

  it('a task opened right after mounting shows its details once updateComplete resolves', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await el.updateComplete;
    enter(el);
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('.vk-popover:popover-open #panel-title')).to.not.equal(null);
  });
});
