/**
 * A host that gives an added card its own id, as a server does: in its vk-change listener it copies
 * the value, puts its id (and a field of its own) on the new card and sets `el.value`. The host's
 * document holds the add, but undoing it there found no card with the board's id, so the board said
 * "Endringen ble ikke lagret" with the card on screen, and focus and the card's form went nowhere.
 * Now the add lands under the host's id (VkElement `heldEdit`, `landedId`): said as added, the form
 * opens for that card and saves to it. The host's value clears the undo history, as any host value
 * that differs (contract, "Edit conflicts"): undo has nothing of the add (Ctrl+Z says "Ingenting å angre.").
 * The same host re-adds a card whose removal the user undid under a new id of its own: focus went to
 * the board's default (the toolbar's unavailable Undo), looking for the card under the board's id.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument, PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { recordAnnouncements } from '../helpers/index.js';
import { cardItem, deepActive, frame, key, menuAction, renderedOrder, samplePlan } from './helpers.js';

const NOT_SAVED = 'Endringen ble ikke lagret: innholdet ble endret av noen andre.';
const plain = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');

/** A board whose host saves each add under its own id ("srv-1", "srv-2", …), writing back every other value. */
async function serverBoard(): Promise<{ el: VkPlanBoard; ops: PlanOperation[] }> {
  const el = (await fixture<HTMLElement>(html`<div lang="nb"><vk-plan-board .value=${samplePlan()}></vk-plan-board></div>`)).firstElementChild as VkPlanBoard;
  const ops: PlanOperation[] = [];
  let next = 1;
  el.addEventListener('vk-change', (event) => {
    const { value, operation } = (event as CustomEvent<{ value: PlanDocument; operation: PlanOperation }>).detail;
    ops.push(operation);
    const copy = structuredClone(value) as unknown as { cards: Array<Record<string, unknown>> };
    if (operation.type === 'card.add') {
      const card = copy.cards.find((c) => c.id === operation.card.id)!;
      card.id = `srv-${next++}`;
      card.savedAt = '2026-03-12T10:00';
    }
    el.value = copy as unknown as PlanDocument;
  });
  await el.updateComplete;
  return { el, ops };
}

async function settle(el: VkPlanBoard): Promise<void> {
  await el.updateComplete;
  await frame();
  await el.updateComplete;
}

async function editForm(el: VkPlanBoard): Promise<HTMLFormElement | null> {
  for (let i = 0; i < 50; i++) {
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('.edit-form');
    if (form) return form;
    await frame();
  }
  return null;
}

describe('plan board: a card the host saves under its own id', () => {
  it('"Legg til" with a picture: said as added, shown, its form opens for the host\'s card and saves to it; undo has only that edit, not the add', async () => {
    const { el, ops } = await serverBoard();
    const said = recordAnnouncements(el);
    (el.shadowRoot!.querySelector('.add[data-add="mon"]') as HTMLElement).click();
    await settle(el);
    (el.shadowRoot!.querySelector('.picker-option') as HTMLElement).click();
    await settle(el);
    expect(said, 'not "not saved"').to.not.include(NOT_SAVED);
    expect(plain(said.at(-1) ?? '')).to.match(/^Kort .+ lagt til i mandag$/);
    const card = el.value!.cards.find((c) => c.id === 'srv-1');
    expect(card, 'the host\'s card').to.not.equal(undefined);
    expect(card!.columnId).to.equal('mon');
    expect(cardItem(el, 'srv-1'), 'shown').to.not.equal(null);
    const form = await editForm(el);
    expect(form, 'the card\'s form opens').to.not.equal(null);
    (form!.querySelector('input[name="title"]') as HTMLInputElement).value = 'Tannlege';
    (form!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    expect(ops.at(-1)).to.deep.include({ type: 'card.update', cardId: 'srv-1' });
    expect(said, 'the texts are saved').to.not.include(NOT_SAVED);
    expect(JSON.stringify(el.value!.cards.find((c) => c.id === 'srv-1')?.title)).to.contain('"Tannlege"');
    // The texts' edit (written back unchanged by the host) is on the history, and its undo addresses the host's card; the add is not (the
    // host's own value cleared the history): a second Ctrl+Z undoes nothing and says so ("Ingenting å angre."), never "not saved".
    await key(el, cardItem(el, 'srv-1'), 'z', { ctrlKey: true });
    await settle(el);
    expect(ops.at(-1)).to.deep.include({ type: 'card.update', cardId: 'srv-1' });
    expect(plain(said.at(-1) ?? '')).to.match(/^Angret/);
    expect(el.canUndo).to.equal(false);
    const before = el.value;
    said.length = 0;
    await key(el, cardItem(el, 'srv-1'), 'z', { ctrlKey: true });
    expect(el.undo()).to.equal(false);
    await settle(el);
    expect(said, 'the key only; undo() is silent').to.deep.equal(['Ingenting å angre.']);
    expect(el.value).to.equal(before);
    expect(el.value!.cards.some((c) => c.id === 'srv-1')).to.equal(true);
  });

  it('a proposal (participant mode) under the host\'s id: said as sent, not "not saved", focus on the host\'s card', async () => {
    const { el } = await serverBoard();
    el.setAttribute('mode', 'participant');
    el.setAttribute('proposals', '');
    await el.updateComplete;
    const said = recordAnnouncements(el);
    (el.shadowRoot!.querySelector('.propose') as HTMLElement).click();
    await el.updateComplete;
    (el.shadowRoot!.querySelector('.picker-option[data-pictogram="vk:dentist"]') as HTMLElement).click();
    await el.updateComplete;
    (el.shadowRoot!.querySelector('.day-option[data-column="wed"]') as HTMLElement).click();
    await el.updateComplete;
    (el.shadowRoot!.querySelector('.vk-popover .send') as HTMLElement).click();
    await settle(el);
    expect(said).to.not.include(NOT_SAVED);
    expect(plain(said.at(-1) ?? '')).to.match(/^Forslaget .+ er sendt$/);
    expect(el.value!.cards.some((c) => c.id === 'srv-1' && c.proposedBy === 'participant' && c.columnId === 'wed')).to.equal(true);
    expect((deepActive() as HTMLElement).dataset.key).to.equal('srv-1');
  });
});

describe('plan board: an undo the host saves under its own id', () => {
  it('Ctrl+Z of a removal, the card re-added under the host\'s id: said as undone, focus on the host\'s card', async () => {
    const { el, ops } = await serverBoard();
    const said = recordAnnouncements(el);
    await menuAction(el, 'c2', 'edit');
    (el.shadowRoot!.querySelector('.edit-form .remove') as HTMLElement).click();
    await settle(el);
    expect(ops.at(-1)).to.deep.equal({ type: 'card.remove', cardId: 'c2' });
    expect((deepActive() as HTMLElement).dataset.key, 'the next card').to.equal('c3');
    await key(el, deepActive() as HTMLElement, 'z', { ctrlKey: true });
    await settle(el);
    expect(ops.at(-1)).to.deep.include({ type: 'card.add', columnId: 'mon', index: 1 });
    expect(renderedOrder(el).mon).to.deep.equal(['c1', 'srv-1', 'c3']);
    expect(said).to.not.include(NOT_SAVED);
    expect(plain(said.at(-1) ?? '')).to.equal('Angret: fjernet Arbeidspraksis');
    expect((deepActive() as HTMLElement).dataset.key, 'the card the undo brought back, under the host\'s id').to.equal('srv-1');
  });

  it('the toolbar\'s Undo of a removal, the card re-added under the host\'s id: neither Undo nor Redo can act (the host\'s value cleared the history), so focus goes to that card', async () => {
    const { el } = await serverBoard();
    await menuAction(el, 'c2', 'edit');
    (el.shadowRoot!.querySelector('.edit-form .remove') as HTMLElement).click();
    await settle(el);
    const undo = el.shadowRoot!.querySelector('.tool[data-history="undo"]') as HTMLElement;
    undo.focus();
    undo.click();
    await settle(el);
    expect(renderedOrder(el).mon).to.deep.equal(['c1', 'srv-1', 'c3']);
    expect([el.canUndo, el.canRedo]).to.deep.equal([false, false]);
    expect((deepActive() as HTMLElement).dataset.key).to.equal('srv-1');
  });
});
