/**
 * QA 7 Dec 2026, F5: an adviser typed in a card's edit form, then clicked the page's own Save. The press
 * outside closed the form and the board put focus back on the card, which scrolled the page: the button
 * moved from under the pointer, nothing was submitted, and the typing was gone without a word. Now a
 * press outside leaves focus where the user pressed (the host's click lands, the page stays put), and
 * what was typed comes back in the card's next form, marked "Ikke lagret", until Save or Avbryt.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { settle } from '../helpers/index.js';
import { deepActive, menuAction, placed, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const title = (el: VkPlanBoard): HTMLInputElement | null => sr(el).querySelector<HTMLInputElement>('.edit-form [name="title"]');

async function page(): Promise<{ el: VkPlanBoard; save: HTMLButtonElement; submits: Event[] }> {
  const root = await fixture<HTMLElement>(html`<div>
    <vk-plan-board style="inline-size: 1100px" .value=${samplePlan()}></vk-plan-board>
    <form style="margin-block-start: 1500px; padding-block-end: 1500px" @submit=${(e: Event) => e.preventDefault()}><button id="save">Lagre</button></form>
  </div>`);
  const el = root.querySelector('vk-plan-board') as VkPlanBoard;
  const submits: Event[] = [];
  root.querySelector('form')!.addEventListener('submit', (e) => submits.push(e));
  await el.updateComplete;
  return { el, save: root.querySelector('#save') as HTMLButtonElement, submits };
}

/** Opens c1's form and types after its title (focus starts there, the caret at the end). */
async function typeInForm(el: VkPlanBoard): Promise<void> {
  await menuAction(el, 'c1', 'edit');
  await placed(el);
  expect(deepActive(), 'focus in the title').to.equal(title(el));
  await sendKeys({ type: ' hos Fyrlykta' });
}

async function click(target: Element): Promise<void> {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

describe('plan board: a press outside an open edit form', () => {
  afterEach(() => resetMouse());

  it('the host\'s own button gets the press: its click submits at once, the page does not scroll, focus stays on it', async () => {
    const { el, save, submits } = await page();
    await typeInForm(el);
    save.scrollIntoView({ block: 'center' });
    const scrolled = window.scrollY;
    expect(scrolled, 'the card is out of view').to.be.greaterThan(500);
    await click(save);
    await settle(el);
    expect(sr(el).querySelector('.edit-form'), 'the form closed').to.equal(null);
    expect(window.scrollY, 'the page stayed').to.equal(scrolled);
    expect(submits, 'the first click submitted').to.have.length(1);
    expect(document.activeElement).to.equal(save);
  });

  it('what was typed comes back in the card\'s next form, "Ikke lagret"; Save writes it, and the form after shows the card', async () => {
    const { el, save } = await page();
    await typeInForm(el);
    save.scrollIntoView({ block: 'center' });
    await click(save);
    await settle(el);
    expect(el.value, 'nothing saved by the press').to.deep.equal(samplePlan());
    window.scrollTo(0, 0);
    await menuAction(el, 'c1', 'edit');
    await placed(el);
    expect(title(el)!.value).to.equal('Norskkurs hos Fyrlykta');
    const note = sr(el).querySelector('#unsaved-note');
    expect(note?.textContent).to.equal('Ikke lagret');
    expect(sr(el).querySelector('.vk-popover')!.getAttribute('aria-describedby'), 'the dialog described by it').to.equal('unsaved-note');
    (sr(el).querySelector('.edit-form button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    expect(el.value!.cards.find((c) => c.id === 'c1')!.title).to.deep.include({ nb: 'Norskkurs hos Fyrlykta' });
    await menuAction(el, 'c1', 'edit');
    expect(sr(el).querySelector('#unsaved-note'), 'saved: no note').to.equal(null);
  });

  for (const drop of ['Avbryt', 'Escape'] as const) {
    it(`${drop} in the form that brought the typing back drops it: the next form shows the card`, async () => {
      const { el, save } = await page();
      await typeInForm(el);
      save.scrollIntoView({ block: 'center' });
      await click(save);
      await settle(el);
      window.scrollTo(0, 0);
      await menuAction(el, 'c1', 'edit');
      await placed(el);
      if (drop === 'Avbryt') (sr(el).querySelector('.edit-form .cancel') as HTMLButtonElement).click();
      else await sendKeys({ press: 'Escape' });
      await settle(el);
      await menuAction(el, 'c1', 'edit');
      expect(title(el)!.value).to.equal('Norskkurs');
      expect(sr(el).querySelector('#unsaved-note')).to.equal(null);
    });
  }

  it('a form only looked at is not kept: the next form has no note', async () => {
    const { el, save } = await page();
    await menuAction(el, 'c1', 'edit');
    await placed(el);
    save.scrollIntoView({ block: 'center' });
    await click(save);
    await settle(el);
    window.scrollTo(0, 0);
    await menuAction(el, 'c1', 'edit');
    expect(sr(el).querySelector('#unsaved-note')).to.equal(null);
  });
});
