/**
 * QA 7 Dec 2026, F6: a picture picked with "+" adds the card at once, and its edit form follows. That
 * form's "Avbryt" only closed the form, leaving the new card; an adviser reads "Avbryt" there as "don't
 * add it". Now Avbryt and Escape in the form a pick opened undo the add (said as an undo, "Gjør om"
 * brings the card back); in any later form of the card they cancel the edits only, as before.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { recordAnnouncements, settle } from '../helpers/index.js';
import { deepActive, frame, menuAction, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const plain = (text: string | undefined): string => (text ?? '').replace(/[\u2066-\u2069]/g, '');

async function board(): Promise<VkPlanBoard> {
  const el = (await fixture<HTMLElement>(html`<div lang="nb"><vk-plan-board style="inline-size: 1100px" .value=${samplePlan()}></vk-plan-board></div>`)).firstElementChild as VkPlanBoard;
  await el.updateComplete;
  return el;
}

/** "+" on Monday, the first picture: the card is added and its form opens; returns the new card's id. */
async function addCard(el: VkPlanBoard): Promise<string> {
  (sr(el).querySelector('.add[data-add="mon"]') as HTMLElement).click();
  await settle(el);
  (sr(el).querySelector('.picker-option') as HTMLElement).click();
  await settle(el);
  for (let i = 0; i < 50 && !sr(el).querySelector('.edit-form'); i++) await frame();
  expect(sr(el).querySelector('.edit-form'), 'the form follows the pick').to.not.equal(null);
  const added = el.value!.cards.find((c) => !samplePlan().cards.some((s) => s.id === c.id));
  expect(added, 'the card is added').to.not.equal(undefined);
  return added!.id;
}

describe('plan board: Avbryt in the form that follows a new card', () => {
  for (const how of ['Avbryt', 'Escape'] as const) {
    it(`${how} takes the new card away again, as an undo, said; Gjør om brings it back`, async () => {
      const el = await board();
      const id = await addCard(el);
      const said = recordAnnouncements(el);
      await sendKeys({ type: 'Lege' });
      if (how === 'Avbryt') (sr(el).querySelector('.edit-form .cancel') as HTMLButtonElement).click();
      else await sendKeys({ press: 'Escape' });
      await settle(el);
      await settle(el);
      expect(sr(el).querySelector('.edit-form'), 'the form closed').to.equal(null);
      expect(el.value, 'the add undone').to.deep.equal(samplePlan());
      expect(plain(said.at(-1))).to.match(/^Angret/);
      expect(deepActive(), 'focus in the board').to.not.equal(document.body);
      expect(sr(el).contains(deepActive())).to.equal(true);
      expect(el.redo(), 'Gjør om').to.equal(true);
      expect(el.value!.cards.some((c) => c.id === id)).to.equal(true);
    });
  }

  it('in a later form of the new card, Avbryt cancels the edits only: the card stays', async () => {
    const el = await board();
    const id = await addCard(el);
    (sr(el).querySelector('.edit-form .cancel') as HTMLButtonElement).click();
    await settle(el);
    el.redo();
    await settle(el);
    await menuAction(el, id, 'edit');
    (sr(el).querySelector('.edit-form .cancel') as HTMLButtonElement).click();
    await settle(el);
    expect(el.value!.cards.some((c) => c.id === id)).to.equal(true);
  });

  it('changed since the add (Ferdig ticked and saved is another edit): Avbryt in a form after keeps the card', async () => {
    const el = await board();
    const id = await addCard(el);
    (sr(el).querySelector('.edit-form [name="done"]') as HTMLInputElement).click();
    (sr(el).querySelector('.edit-form button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    expect(el.value!.cards.find((c) => c.id === id)?.done).to.equal(true);
    await menuAction(el, id, 'edit');
    (sr(el).querySelector('.edit-form .cancel') as HTMLButtonElement).click();
    await settle(el);
    expect(el.value!.cards.some((c) => c.id === id)).to.equal(true);
  });
});
