// QA (7 Dec 2026): a participant on a phone could not take back a Done tap or a proposal sent by
// mistake: participant mode had no Undo control (only Ctrl+Z, no keyboard on a phone). The board now
// shows the toolbar's Angre and Gjør om to a participant who can do something on it (Done boxes,
// proposals): large, a picture and a word each, one Tab stop, aria-disabled while the participant has
// nothing of their own to take back (an adviser's edit before the switch stays).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { cardItem, deepActive, samplePlan } from './helpers.js';

const tools = (el: VkPlanBoard): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tool')];
const tool = (el: VkPlanBoard, which: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(`.tool[data-history="${which}"]`)!;
const said = (el: VkPlanBoard): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
const participant = (doc: PlanDocument = samplePlan(), proposals = false): Promise<VkPlanBoard> =>
  fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" ?proposals=${proposals} .value=${doc}></vk-plan-board>`);

describe('plan board: a participant\'s Undo and Redo', () => {
  it('shows Angre and Gjør om, each a picture and a word, at least 44 px, in a toolbar', async () => {
    const el = await participant();
    expect(el.shadowRoot!.querySelector('.toolbar')?.getAttribute('role')).to.equal('toolbar');
    expect(tools(el).map((t) => t.textContent?.trim())).to.deep.equal(['Angre', 'Gjør om']);
    for (const t of tools(el)) {
      expect(t.querySelector('svg, .icon'), 'a picture').not.to.equal(null);
      const box = t.getBoundingClientRect();
      expect(Math.min(box.width, box.height)).to.be.at.least(44);
    }
  });

  it('Angre is aria-disabled until the participant taps Done; then it takes Done back, says so, and keeps focus in the toolbar', async () => {
    const el = await participant();
    expect(tools(el).map((t) => t.getAttribute('aria-disabled'))).to.deep.equal(['true', 'true']);
    cardItem(el, 'c2').querySelector<HTMLElement>('.done-toggle')!.click();
    await el.updateComplete;
    expect(el.value?.cards.find((c) => c.id === 'c2')?.done).to.equal(true);
    expect(tool(el, 'undo').getAttribute('aria-disabled')).to.equal('false');
    tool(el, 'undo').focus();
    tool(el, 'undo').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value?.cards.find((c) => c.id === 'c2')?.done).not.to.equal(true);
    expect(said(el)).to.equal('Angret. Arbeidspraksis: ikke ferdig');
    expect(deepActive()?.classList.contains('tool')).to.equal(true);
    expect(tool(el, 'redo').getAttribute('aria-disabled')).to.equal('false');
  });

  it('an adviser\'s edit before the switch leaves Angre aria-disabled, and a press does nothing', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    (el as unknown as { commit(op: object): boolean }).commit({ type: 'card.remove', cardId: 'c1' });
    el.mode = 'participant';
    await el.updateComplete;
    expect(tool(el, 'undo').getAttribute('aria-disabled')).to.equal('true');
    tool(el, 'undo').click();
    await el.updateComplete;
    expect(el.value?.cards.map((c) => c.id)).not.to.include('c1');
  });

  it('is one Tab stop; ←/→ move between the two buttons', async () => {
    const el = await participant();
    expect(tools(el).map((t) => t.tabIndex)).to.deep.equal([0, -1]);
    tool(el, 'undo').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(deepActive()).to.equal(tool(el, 'redo'));
    expect(tools(el).map((t) => t.tabIndex)).to.deep.equal([-1, 0]);
  });

  it('is not shown where the participant can do nothing: no cards and no proposals, or a readonly board', async () => {
    const empty = await participant({ ...samplePlan(), cards: [] });
    expect(tools(empty)).to.have.length(0);
    const proposing = await participant({ ...samplePlan(), cards: [] }, true);
    expect(tools(proposing)).to.have.length(2);
    const readonly = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" readonly .value=${samplePlan()}></vk-plan-board>`);
    expect(tools(readonly)).to.have.length(0);
  });
});
