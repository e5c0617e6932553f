import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { samplePlan } from './helpers.js';

// contract.md §2: participant mode is "only what a participant does: mark done, write a log
// entry, read aloud", and with `proposals` propose a card. Ctrl+Z in participant mode undid the
// adviser's edits made before the switch (a removed card came back). The task ladder already kept
// them; the board now does the same: an adviser's edit stays on the history, its undo waiting.
const commit = (el: Element, operation: object): boolean => (el as unknown as { commit(op: object): boolean }).commit(operation);
const ids = (el: VkPlanBoard): string[] => el.value?.cards.map((c) => c.id) ?? [];
const changes = (el: VkPlanBoard): unknown[] => {
  const seen: unknown[] = [];
  el.addEventListener('vk-change', (e) => seen.push((e as CustomEvent).detail.operation));
  return seen;
};

describe('plan board: participant mode undoes only the participant’s own edits', () => {
  it('an adviser’s removal made before the switch is not undone by Ctrl+Z; canUndo says so', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    expect(commit(el, { type: 'card.remove', cardId: 'c1' })).to.equal(true);
    el.mode = 'participant';
    await el.updateComplete;
    expect([el.canUndo, el.canRedo]).to.deep.equal([false, false]);
    const seen = changes(el);
    el.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(el.undo()).to.equal(false);
    expect(seen).to.deep.equal([]);
    expect(ids(el)).not.to.include('c1');
    // Back with the adviser, the removal is still there to undo.
    el.mode = 'adviser';
    await el.updateComplete;
    expect(el.canUndo).to.equal(true);
    expect(el.undo()).to.equal(true);
    expect(ids(el)).to.include('c1');
  });

  it('the participant’s Done undoes and redoes; the adviser’s move behind it waits', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    commit(el, { type: 'card.move', cardId: 'c3', from: { columnId: 'mon', index: 2 }, to: { columnId: 'wed', index: 0 } });
    el.mode = 'participant';
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('.card[data-card="c2"] .done-toggle')!.click();
    await el.updateComplete;
    expect(el.value?.cards.find((c) => c.id === 'c2')?.done).to.equal(true);
    expect(el.canUndo).to.equal(true);
    expect(el.undo()).to.equal(true);
    expect(el.value?.cards.find((c) => c.id === 'c2')?.done).not.to.equal(true);
    expect([el.canUndo, el.canRedo]).to.deep.equal([false, true]);
    expect(el.undo()).to.equal(false);
    expect(el.value?.cards.find((c) => c.id === 'c3')?.columnId).to.equal('wed');
    expect(el.redo()).to.equal(true);
    expect(el.value?.cards.find((c) => c.id === 'c2')?.done).to.equal(true);
  });

  it('the participant takes back and makes again their own proposal; an adviser’s acceptance of it waits', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    const proposal = { id: 'p1', columnId: 'tue', title: { nb: 'Buss' }, pictogram: 'vk:bus', proposedBy: 'participant' };
    expect(commit(el, { type: 'card.add', card: proposal, columnId: 'tue', index: 1 })).to.equal(true);
    expect(el.undo()).to.equal(true);
    expect(ids(el)).not.to.include('p1');
    expect(el.redo()).to.equal(true);
    expect(ids(el)).to.include('p1');
    // The adviser accepts it (card.update proposedBy: null); back in participant mode, that waits.
    el.mode = 'adviser';
    await el.updateComplete;
    expect(commit(el, { type: 'card.update', cardId: 'p1', changes: { proposedBy: null } })).to.equal(true);
    el.mode = 'participant';
    await el.updateComplete;
    expect([el.canUndo, el.undo()]).to.deep.equal([false, false]);
    expect(el.value?.cards.find((c) => c.id === 'p1')).not.to.have.property('proposedBy');
  });
});
