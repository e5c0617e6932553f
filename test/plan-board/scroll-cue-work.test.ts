/**
 * The edge cues' upkeep (scroll-cue.ts) runs in the frame after every render and on every resize
 * of a row, so on a keyboard move of a 300-card board it ran inside the frame the move waits for:
 * two queries through the columns row's every card (its cues, a selected tab) after each render,
 * and a second check whenever the row only grew taller (a card moved into the longest column).
 * About 1 ms of that frame's script in a trace. Now the cues and a selected tab are found without
 * a query, and a row whose width did not change is left alone. What the cues show is unchanged
 * (more-columns-cue.test.ts).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { bigPlan, frame, lateLoaded } from './helpers.js';

const row = (board: VkPlanBoard): HTMLElement => board.shadowRoot!.querySelector<HTMLElement>('.columns')!;

async function board(): Promise<VkPlanBoard> {
  await setViewport({ width: 1280, height: 900 });
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${bigPlan(60)}></vk-plan-board>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.card'), 'cards');
  await lateLoaded(el);
  await el.updateComplete;
  await frame();
  await frame();
  return el;
}

/** Runs `during`, then two frames, counting the calls of `method` on `Element.prototype` made on one of `on()`'s elements. */
async function counting(method: 'querySelector', on: () => Element[], during: () => void | Promise<void>): Promise<number> {
  const original = Element.prototype[method];
  let calls = 0;
  Element.prototype[method] = function (this: Element, ...args: Parameters<typeof original>) {
    if (on().includes(this)) calls++;
    return original.apply(this, args);
  } as typeof original;
  try {
    await during();
    await frame();
    await frame();
  } finally {
    Element.prototype[method] = original;
  }
  return calls;
}

describe('plan board: the edge cues cost a render no query through the cards', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('after a render, neither the columns row nor its frame is searched (its cues, a selected tab)', async () => {
    const el = await board();
    const columns = row(el);
    const calls = await counting('querySelector', () => [columns, columns.parentElement!], async () => {
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(calls, 'queries on the row and its frame in the frame after a render').to.equal(0);
  });

  it('a row that only grew taller is not checked again: its width decides what the cues show', async () => {
    const el = await board();
    const columns = row(el);
    const before = columns.getBoundingClientRect();
    const styles: Element[] = [];
    const original = window.getComputedStyle;
    window.getComputedStyle = ((element: Element, pseudo?: string | null) => (styles.push(element), original.call(window, element, pseudo))) as typeof window.getComputedStyle;
    try {
      // Taller by one card's worth, no render: only the ResizeObserver sees it.
      const card = columns.querySelector<HTMLElement>('.card')!;
      card.style.minBlockSize = `${card.getBoundingClientRect().height + 200}px`;
      await frame();
      await frame();
    } finally {
      window.getComputedStyle = original;
    }
    const after = columns.getBoundingClientRect();
    expect(after.height, 'the row grew taller').to.be.above(before.height);
    expect(after.width, 'as wide as it was').to.equal(before.width);
    expect(styles.filter((s) => s === columns).length, 'the row measured again for its cues').to.equal(0);
  });
});
