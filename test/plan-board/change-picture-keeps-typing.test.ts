/**
 * "Bytt bilde" in a card's edit form opened the picture picker in the form's place, and the form's typing went with it: after
 * the pick, focus went to the card and the next form showed the card as saved. Now the picker is a step of the form: a pick
 * (or Avbryt, or Escape) brings the form back with what was typed, focus on "Bytt bilde", the picture changed (or not); a
 * press outside the picker keeps the typing for the card's next form, "Ikke lagret", as one outside the form does.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { settle } from '../helpers/index.js';
import { deepActive, frame, menuAction, placed, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const title = (el: VkPlanBoard): HTMLInputElement | null => sr(el).querySelector<HTMLInputElement>('.edit-form [name="title"]');
const card = (el: VkPlanBoard) => el.value!.cards.find((c) => c.id === 'c1')!;

async function page(): Promise<{ el: VkPlanBoard; outside: HTMLButtonElement }> {
  const root = await fixture<HTMLElement>(html`<div><vk-plan-board style="inline-size: 1100px" .value=${samplePlan()}></vk-plan-board><button id="outside">Side</button></div>`);
  const el = root.querySelector('vk-plan-board') as VkPlanBoard;
  await el.updateComplete;
  return { el, outside: root.querySelector('#outside') as HTMLButtonElement };
}

/** c1's form, " hos Fyrlykta" typed after its title, then "Bytt bilde": returns the picker. */
async function typeThenChangePicture(el: VkPlanBoard): Promise<HTMLElement> {
  await menuAction(el, 'c1', 'edit');
  await placed(el);
  await sendKeys({ type: ' hos Fyrlykta' });
  (sr(el).querySelector('.edit-form .change-picture') as HTMLButtonElement).click();
  await settle(el);
  const panel = await placed(el);
  expect(panel.querySelector('.edit-form'), 'the picker in the form’s place').to.equal(null);
  for (let i = 0; i < 100 && !panel.querySelector('.picker-option[data-pictogram="vk:dentist"]'); i++) await frame();
  return panel;
}

async function formBack(el: VkPlanBoard): Promise<void> {
  await settle(el);
  await placed(el);
  await settle(el);
}

describe('plan board: "Bytt bilde" keeps the form’s typing', () => {
  afterEach(() => resetMouse());

  it('a picture picked: the form comes back with the typing, focus on "Bytt bilde"; Save keeps both', async () => {
    const { el } = await page();
    const picker = await typeThenChangePicture(el);
    (picker.querySelector('.picker-option[data-pictogram="vk:dentist"]') as HTMLElement).click();
    await formBack(el);
    expect(card(el).pictogram, 'the picture changed').to.equal('vk:dentist');
    expect(card(el).title, 'the typing not saved by the pick').to.deep.equal(samplePlan().cards[0].title);
    expect(title(el)?.value, 'the form is back with the typing').to.equal('Norskkurs hos Fyrlykta');
    expect(deepActive()).to.equal(sr(el).querySelector('.edit-form .change-picture'));
    expect(sr(el).querySelector('.edit-form .notice'), 'no "changed by someone else"').to.equal(null);
    (sr(el).querySelector('.edit-form button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    expect(card(el).title).to.deep.include({ nb: 'Norskkurs hos Fyrlykta' });
    expect(card(el).pictogram).to.equal('vk:dentist');
  });

  for (const way of ['Avbryt', 'Escape'] as const)
    it(`${way} in the picker: the form comes back with the typing, the picture as it was`, async () => {
      const { el } = await page();
      const picker = await typeThenChangePicture(el);
      if (way === 'Avbryt') (picker.querySelector('.actions .cancel') as HTMLButtonElement).click();
      else await sendKeys({ press: 'Escape' });
      await formBack(el);
      expect(title(el)?.value).to.equal('Norskkurs hos Fyrlykta');
      expect(card(el).pictogram).to.equal('vk:norwegian-class');
      expect(deepActive()).to.equal(sr(el).querySelector('.edit-form .change-picture'));
    });

  it('a press outside the picker: the typing comes back in the card’s next form, "Ikke lagret"', async () => {
    const { el, outside } = await page();
    await typeThenChangePicture(el);
    const box = outside.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 5), Math.round(box.top + 5)] });
    await settle(el);
    expect(sr(el).querySelector('.vk-popover:popover-open'), 'the picker closed').to.equal(null);
    await menuAction(el, 'c1', 'edit');
    await placed(el);
    expect(title(el)?.value).to.equal('Norskkurs hos Fyrlykta');
    expect(sr(el).querySelector('#unsaved-note')?.textContent).to.equal('Ikke lagret');
  });
});
