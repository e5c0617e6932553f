import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument, PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { record } from '../helpers/index.js';
import { menuAction, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const field = (el: VkPlanBoard, name: string): HTMLInputElement => sr(el).querySelector(`.edit-form [name="${name}"]`) as HTMLInputElement;
const operations = (events: Array<{ type: string; detail: unknown }>): PlanOperation[] =>
  events.filter((e) => e.type === 'vk-change').map((e) => (e.detail as { operation: PlanOperation }).operation);

/** c1 saved with place "Skolen" and category "course", then its edit form opened again. */
async function savedThenReopened(): Promise<VkPlanBoard> {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
  await menuAction(el, 'c1', 'edit');
  field(el, 'place').value = 'Skolen';
  (sr(el).querySelector('.edit-form') as HTMLFormElement).requestSubmit();
  await el.updateComplete;
  expect(el.value?.cards.find((c) => c.id === 'c1')?.place).to.equal('Skolen');
  await menuAction(el, 'c1', 'edit');
  expect(field(el, 'place').value).to.equal('Skolen');
  return el;
}

describe('plan board: the user\'s own undo under an open edit form', () => {
  it('the fields the user did not touch follow the undo, so the form shows the card as it now is', async () => {
    const el = await savedThenReopened();
    el.undo();
    await el.updateComplete;
    expect(el.value?.cards.find((c) => c.id === 'c1')?.place).to.equal(undefined);
    expect(field(el, 'place').value, 'the undone place is gone from the form too').to.equal('');
    expect(sr(el).querySelector('.edit-form .notice'), 'no "changed by someone else" notice for one\'s own undo').to.equal(null);
  });

  it('Save after the undo sends only what the user typed, and the form never showed what Save does not keep', async () => {
    const el = await savedThenReopened();
    const events = record(el, 'vk-change');
    field(el, 'note').value = 'Ta med bok';
    el.undo();
    await el.updateComplete;
    expect(field(el, 'note').value, 'the typing stays').to.equal('Ta med bok');
    expect(field(el, 'place').value, 'the place Save will not keep is not shown').to.equal('');
    (sr(el).querySelector('.edit-form') as HTMLFormElement).requestSubmit();
    await el.updateComplete;
    const card = el.value?.cards.find((c) => c.id === 'c1');
    expect(card?.place).to.equal(undefined);
    expect(card?.note).to.equal('Ta med bok');
    expect(operations(events).at(-1)).to.deep.equal({ type: 'card.update', cardId: 'c1', changes: { note: 'Ta med bok' } });
  });

  it('a field the user typed in keeps the typing when the undo changes that field too', async () => {
    const el = await savedThenReopened();
    field(el, 'place').value = 'Rom 4';
    el.undo();
    await el.updateComplete;
    await el.updateComplete;
    expect(field(el, 'place').value).to.equal('Rom 4');
    (sr(el).querySelector('.edit-form') as HTMLFormElement).requestSubmit();
    await el.updateComplete;
    expect(el.value?.cards.find((c) => c.id === 'c1')?.place).to.equal('Rom 4');
  });

  it('Ctrl+Z on the form\'s category list undoes the earlier save and the place field follows', async () => {
    const el = await savedThenReopened();
    (sr(el).querySelector('.edit-form [name="category"]') as HTMLSelectElement).focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(el.value?.cards.find((c) => c.id === 'c1')?.place).to.equal(undefined);
    expect(field(el, 'place').value).to.equal('');
  });

  // Review (6 Dec): Save compared the fields with `base`, the card the form opened with, so a field
  // that had only followed the undo counted as the user's edit: after a host change and "Behold
  // mine", Save took the host's new place away (place: null), though the user never typed in it.
  it('a field that only followed the undo is not the user\'s edit: "Behold mine" keeps a host\'s later value there', async () => {
    const el = await savedThenReopened();
    field(el, 'note').value = 'Ta med bok';
    el.undo();
    await el.updateComplete;
    const doc = el.value as PlanDocument;
    el.value = { ...doc, cards: doc.cards.map((c) => (c.id === 'c1' ? { ...c, place: 'Rom 2' } : c)) };
    await el.updateComplete;
    (sr(el).querySelector('.edit-form .keep-mine') as HTMLElement).click();
    await el.updateComplete;
    (sr(el).querySelector('.edit-form') as HTMLFormElement).requestSubmit();
    await el.updateComplete;
    const card = el.value?.cards.find((c) => c.id === 'c1');
    expect(card?.note).to.equal('Ta med bok');
    expect(card?.place, 'the host\'s place stays').to.equal('Rom 2');
  });
  // Review (6 Dec): a field told apart as typed in only by its value differing from the card shown:
  // typed "A", an undo that made the card's place "A" too, then a redo (back to "B") overwrote the
  // typing with "B" (docs/plan-board.md: typed fields keep the typing).
  it('typing kept when an undo reaches exactly the typed value and a redo goes past it', async () => {
    const el = await savedThenReopened();
    const place = field(el, 'place');
    place.value = 'Rom 4';
    place.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    (sr(el).querySelector('.edit-form') as HTMLFormElement).requestSubmit();
    await el.updateComplete;
    await menuAction(el, 'c1', 'edit');
    field(el, 'place').value = 'Skolen';
    field(el, 'place').dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    el.undo();
    await el.updateComplete;
    expect(field(el, 'place').value).to.equal('Skolen');
    el.redo();
    await el.updateComplete;
    expect(field(el, 'place').value, 'the typing stays').to.equal('Skolen');
    (sr(el).querySelector('.edit-form') as HTMLFormElement).requestSubmit();
    await el.updateComplete;
    expect(el.value?.cards.find((c) => c.id === 'c1')?.place).to.equal('Skolen');
  });
});
