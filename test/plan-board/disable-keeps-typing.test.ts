import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { record } from '../helpers/index.js';
import { frame, menuAction, placed, samplePlan } from './helpers.js';
import { hostSets as set } from '../helpers/forms.js';

// Contract §2: `disabled` is "like a disabled form control", and a native input keeps what was typed.
// A host that disables its form while it saves (<fieldset disabled>, or `disabled`), or makes the
// board read-only for a moment, closed the card's edit form (a disabled form cannot be used: that
// stays) and the typing was gone: opened again, the form showed the card's old texts. Now the
// typing is kept, in the board only, for that card's next edit form, while the card exists.
const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const field = <T extends HTMLElement = HTMLInputElement>(el: VkPlanBoard, name: string): T | null => sr(el).querySelector<T>(`.edit-form [name="${name}"]`);

async function board(): Promise<{ el: VkPlanBoard; fieldset: HTMLFieldSetElement }> {
  const form = await fixture<HTMLFormElement>(html`<form><fieldset style="inline-size: 1100px"><vk-plan-board name="p" .value=${samplePlan()}></vk-plan-board></fieldset></form>`);
  const el = form.querySelector('vk-plan-board') as VkPlanBoard;
  await el.updateComplete;
  return { el, fieldset: form.querySelector('fieldset')! };
}

async function edit(el: VkPlanBoard, cardId = 'c1'): Promise<void> {
  await menuAction(el, cardId, 'edit');
  await placed(el);
}

/** Types into the edit form: a title, a time, a category and Ferdig. */
async function type(el: VkPlanBoard): Promise<void> {
  const title = field(el, 'title')!;
  title.focus();
  title.select();
  await sendKeys({ type: 'Norskkurs B1 hos Fyrlykta' });
  const time = field(el, 'time')!;
  time.focus();
  time.select();
  await sendKeys({ type: '10:00-12:00' });
  const category = field<HTMLSelectElement>(el, 'category')!;
  category.value = 'health';
  category.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field(el, 'done')!.click();
  title.focus();
}

function shown(el: VkPlanBoard): Record<string, unknown> {
  return { title: field(el, 'title')?.value, time: field(el, 'time')?.value, category: field<HTMLSelectElement>(el, 'category')?.value, done: field(el, 'done')?.checked };
}
const typed = { title: 'Norskkurs B1 hos Fyrlykta', time: '10:00-12:00', category: 'health', done: true };
const old = { title: 'Norskkurs', time: '09:00-11:30', category: '', done: false };

describe('plan board: the edit form closed by disabled or read-only keeps the typing', () => {
  for (const change of ['fieldset', 'disabled', 'readonly'] as const) {
    it(`${change}: the form closes; opened again, it shows what was typed, and Save writes it`, async () => {
      const { el, fieldset } = await board();
      const events = record(el, 'vk-change');
      await edit(el);
      await type(el);
      await set(el, fieldset, change, true);
      expect(field(el, 'title'), 'the form closed').to.equal(null);
      expect(events, 'nothing written while closed').to.have.length(0);
      expect(el.value, 'the typing is not in value').to.deep.equal(samplePlan());
      await set(el, fieldset, change, false);
      await edit(el);
      expect(shown(el)).to.deep.equal(typed);
      (sr(el).querySelector('.edit-form button[type="submit"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(events).to.have.length(1);
      const card = el.value!.cards.find((c) => c.id === 'c1')!;
      expect(card).to.deep.include({ title: { nb: 'Norskkurs B1 hos Fyrlykta', ar: 'دورة اللغة النرويجية' }, time: '10:00-12:00', category: 'health', done: true });
      // Saved: the next open shows the card, nothing kept from before.
      await edit(el);
      expect(shown(el)).to.deep.equal(typed);
    });
  }

  for (const leave of ['Avbryt', 'Escape'] as const) {
    it(`${leave} after the reopen drops the typing: the next open shows the card`, async () => {
      const { el, fieldset } = await board();
      await edit(el);
      await type(el);
      await set(el, fieldset, 'fieldset', true);
      await set(el, fieldset, 'fieldset', false);
      await edit(el);
      expect(shown(el)).to.deep.equal(typed);
      if (leave === 'Avbryt') (sr(el).querySelector('.edit-form .cancel') as HTMLButtonElement).click();
      else {
        field(el, 'title')!.focus();
        await sendKeys({ press: 'Escape' });
      }
      await el.updateComplete;
      expect(field(el, 'title')).to.equal(null);
      await edit(el);
      expect(shown(el)).to.deep.equal(old);
      expect(el.value).to.deep.equal(samplePlan());
    });
  }

  // Until 7 Dec 2026 a changed card dropped the typing without a word (round-2 QA F2): now it stays, the card's other fields as
  // they are now, and a field typed in that changed too brings the open form's notice (kept-draft-changes.test.ts).
  it('a host value with the card as it was (the saved plan echoed back) keeps the typing; one that changed the card keeps it too, with the card\'s new other fields, and asks where a typed field changed', async () => {
    const { el, fieldset } = await board();
    await edit(el);
    await type(el);
    await set(el, fieldset, 'disabled', true);
    // The host saves and sets the plan it saved: the same card.
    el.value = samplePlan();
    await set(el, fieldset, 'disabled', false);
    await edit(el);
    expect(shown(el), 'the same card: kept').to.deep.equal(typed);
    await set(el, fieldset, 'disabled', true);
    const plan = samplePlan();
    el.value = { ...plan, cards: plan.cards.map((c) => (c.id === 'c1' ? { ...c, place: 'Fyrlykta' } : c)) };
    await set(el, fieldset, 'disabled', false);
    await edit(el);
    expect(shown(el), 'a field not typed in changed: kept').to.deep.equal(typed);
    expect(field(el, 'place')!.value, 'the card\'s new place').to.equal('Fyrlykta');
    expect(sr(el).querySelector('.edit-form .notice'), 'no notice').to.equal(null);
    await set(el, fieldset, 'disabled', true);
    el.value = { ...plan, cards: plan.cards.map((c) => (c.id === 'c1' ? { ...c, place: 'Fyrlykta', time: '13:00' } : c)) };
    await set(el, fieldset, 'disabled', false);
    await edit(el);
    expect(shown(el), 'a typed field changed: still kept').to.deep.equal(typed);
    expect(sr(el).querySelector('.edit-form .notice')?.textContent).to.include('Kortet ble endret av noen andre.');
  });

  it('a card removed meanwhile takes its typing with it (put back by the host, its form shows the card); another card keeps its own', async () => {
    const { el, fieldset } = await board();
    await edit(el, 'c2');
    field(el, 'title')!.focus();
    field(el, 'title')!.select();
    await sendKeys({ type: 'Praksis hos Rema' });
    await set(el, fieldset, 'fieldset', true);
    await set(el, fieldset, 'fieldset', false);
    await edit(el);
    await type(el);
    await set(el, fieldset, 'fieldset', true);
    const plan = samplePlan();
    el.value = { ...plan, cards: plan.cards.filter((c) => c.id !== 'c1') };
    await el.updateComplete;
    el.value = samplePlan();
    await set(el, fieldset, 'fieldset', false);
    await edit(el);
    expect(shown(el)).to.deep.equal(old);
    (sr(el).querySelector('.edit-form .cancel') as HTMLButtonElement).click();
    await el.updateComplete;
    await edit(el, 'c2');
    expect(field(el, 'title')!.value).to.equal('Praksis hos Rema');
  });

  it('the typing is kept per card: another card\'s form shows that card', async () => {
    const { el, fieldset } = await board();
    await edit(el);
    await type(el);
    await set(el, fieldset, 'fieldset', true);
    await set(el, fieldset, 'fieldset', false);
    await edit(el, 'c2');
    expect(field(el, 'title')!.value).to.equal('Arbeidspraksis');
    (sr(el).querySelector('.edit-form .cancel') as HTMLButtonElement).click();
    await el.updateComplete;
    await edit(el);
    expect(shown(el)).to.deep.equal(typed);
  });
});

describe('plan board: a participant\'s proposal closed by disabled keeps the picture and the day', () => {
  for (const change of ['fieldset', 'disabled'] as const) {
    it(`${change}: opened again, it is at the day step with both chosen; Send proposes that card`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board></fieldset></form>`);
      const el = form.querySelector('vk-plan-board') as VkPlanBoard;
      const fieldset = form.querySelector('fieldset')!;
      await el.updateComplete;
      const propose = async (): Promise<void> => {
        (sr(el).querySelector('.propose') as HTMLElement).click();
        await el.updateComplete;
        await placed(el);
      };
      await propose();
      (sr(el).querySelector('.vk-popover .picker-option[data-pictogram="vk:dentist"]') as HTMLElement).click();
      await el.updateComplete;
      (sr(el).querySelector('.vk-popover .day-option[data-column="wed"]') as HTMLElement).click();
      await el.updateComplete;
      await set(el, fieldset, change, true);
      expect(sr(el).querySelector('.vk-popover .proposal'), 'closed').to.equal(null);
      await set(el, fieldset, change, false);
      await propose();
      expect(sr(el).querySelector('.vk-popover .day-option[aria-pressed="true"]')?.getAttribute('data-column')).to.equal('wed');
      (sr(el).querySelector('.vk-popover .send') as HTMLElement).click();
      await el.updateComplete;
      await frame();
      const added = el.value!.cards.find((c) => c.proposedBy === 'participant');
      expect(added).to.deep.include({ columnId: 'wed', pictogram: 'vk:dentist' });
      // Sent: the next proposal starts at the pictures.
      await propose();
      expect(sr(el).querySelector('.vk-popover .day-option')).to.equal(null);
    });
  }
});
