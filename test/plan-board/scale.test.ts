import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { record } from '../helpers/index.js';
import { bigPlan, cardButton, frame, key, keys } from './helpers.js';

// Speed is measured outside the tests (see docs/plan-board.md); these check what windowing must keep.
// 1,000 cards: the document limit (docs/contract.md, "Limits that protect the page"); 200 in each of five columns.
describe('plan board: 1,000 cards', () => {
  const active = (el: VkPlanBoard): string | undefined => (el.shadowRoot?.activeElement as HTMLElement | null)?.dataset.key;

  it('renders only the cards near the visible part of each long column, with their positions', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${bigPlan(1000)}></vk-plan-board>`);
    await frame();
    await el.updateComplete;
    const rendered = el.shadowRoot?.querySelectorAll('.card').length ?? 0;
    expect(rendered).to.be.greaterThan(5);
    expect(rendered).to.be.below(200);
    const first = el.shadowRoot?.querySelector('.card') as HTMLElement;
    expect(first.getAttribute('aria-setsize')).to.equal('200');
    expect(first.getAttribute('aria-posinset')).to.equal('1');
    // Spacers stand for the rest, so the list scrolls as far as all its cards would.
    const list = el.shadowRoot?.querySelector('ul.cards') as HTMLElement;
    expect(list.scrollHeight).to.be.greaterThan(200 * 40);
  });

  it('keyboard navigation reaches every card: Ctrl+End renders and focuses the last, arrows walk on', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${bigPlan(1000)}></vk-plan-board>`);
    cardButton(el, 'k0').focus();
    await keys(el, 'ArrowDown', 'ArrowDown');
    expect(active(el)).to.equal('k10');
    await key(el, el.shadowRoot?.activeElement as HTMLElement, 'End', { ctrlKey: true });
    expect(active(el)).to.equal('k999');
    await keys(el, 'ArrowUp');
    expect(active(el)).to.equal('k994');
    await keys(el, 'Home');
    expect(active(el)).to.equal('k4');
  });

  it('a keyboard move in a long column commits the index the user sees', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${bigPlan(1000)}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    cardButton(el, 'k0').focus();
    await keys(el, ' ', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowRight', ' ');
    await frame();
    const ops = events.map((e) => (e.detail as { operation: PlanOperation }).operation);
    expect(ops).to.deep.equal([{ type: 'card.move', cardId: 'k0', from: { columnId: 'mon', index: 0 }, to: { columnId: 'tue', index: 3 } }]);
    expect(active(el)).to.equal('k0');
    const items = Array.from(el.shadowRoot?.querySelectorAll<HTMLElement>('ul.cards[data-column="tue"] > .card') ?? []);
    expect(items.slice(0, 5).map((li) => li.dataset.card)).to.deep.equal(['k1', 'k6', 'k11', 'k0', 'k16']);
  });

  it('scrolling a long column renders the cards that come into view', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${bigPlan(1000)}></vk-plan-board>`);
    const list = el.shadowRoot?.querySelector('ul.cards') as HTMLElement;
    list.scrollTop = list.scrollHeight / 2;
    list.dispatchEvent(new Event('scroll'));
    await frame();
    await el.updateComplete;
    await frame();
    const r = list.getBoundingClientRect();
    const visible = Array.from(list.querySelectorAll<HTMLElement>(':scope > .card')).filter((li) => {
      const b = li.getBoundingClientRect();
      return b.bottom > r.top && b.top < r.bottom;
    });
    expect(visible.length).to.be.greaterThan(0);
    // (The tab-stop card, k0, stays rendered too, but out of view.)
    expect(Math.min(...visible.map((li) => Number(li.dataset.index)))).to.be.greaterThan(50); // about the 100th of 200
  });
});
