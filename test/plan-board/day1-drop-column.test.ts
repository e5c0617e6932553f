import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { record } from '../helpers/index.js';
import { drag, samplePlan } from './helpers.js';

// An adviser dragged Monday's card into the empty space under Tuesday's one card (the page had
// auto-scrolled, so the pointer was well below Tuesday's last card) and it landed in a neighbour.
describe('plan board: day1 — a drop goes to the column under the pointer', () => {
  it('a drop below a short column, within its width, goes to that column and not to a taller neighbour', async () => {
    const el = await fixture<VkPlanBoard>(html`<div style="inline-size: 60rem"><vk-plan-board mode="adviser" .value=${samplePlan()}></vk-plan-board></div>`).then((d) => d.firstElementChild as VkPlanBoard);
    await el.updateComplete;
    const sr = el.shadowRoot as ShadowRoot;
    const mon = (sr.querySelector('.column[data-column="mon"]') as HTMLElement).getBoundingClientRect();
    const tue = (sr.querySelector('.column[data-column="tue"]') as HTMLElement).getBoundingClientRect();
    expect(tue.left).to.be.greaterThan(mon.right - 1);
    // Just inside Tuesday's left edge, level with Monday's last card: far below Tuesday's own bottom.
    const to = { x: tue.left + 6, y: mon.bottom - 6 };
    expect(to.y - tue.bottom).to.be.greaterThan(to.x - mon.right);
    const events = record(el, 'vk-change');
    await drag(el, 'c2', to);
    const ops = events.filter((e) => e.type === 'vk-change').map((e) => (e.detail as { operation: PlanOperation }).operation);
    expect(ops).to.deep.equal([{ type: 'card.move', cardId: 'c2', from: { columnId: 'mon', index: 1 }, to: { columnId: 'tue', index: 1 } }]);
  });
});
