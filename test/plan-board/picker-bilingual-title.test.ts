import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument, PlanOperation } from '../../src/plan-board/plan-board.types.js';
import type { Text } from '../../src/core/types.js';
import { setLocale } from '../../src/core/localize.js';
import { templates as arabic } from '../../src/generated/locales/ar.js';
import { record } from '../helpers/index.js';
import { frame, samplePlan } from './helpers.js';

// The adviser's "+" picker titled a new card in the UI language only ({ nb: "Tannlege" }), while a
// participant's proposal of the same picture got the Norwegian word and the participant's own
// under it: the adviser then typed by hand the Arabic word Veikart already had. A card is bilingual
// by design (the participant reads their language under the Norwegian), so the adviser's new card is
// titled by the proposal's rule: bokmål, the UI's word, the participant language's where Veikart has it.

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;

/** Opens Tuesday's "+" picker; `ready` are the word modules to wait for (the picker started loading them). */
async function openPicker(doc: PlanDocument, ready: Array<() => Promise<unknown>> = []): Promise<{ el: VkPlanBoard; events: ReturnType<typeof record> }> {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${doc}></vk-plan-board>`);
  const events = record(el, 'vk-change');
  (sr(el).querySelector('.add[data-add="tue"]') as HTMLElement).click();
  await el.updateComplete;
  for (const load of ready) await load();
  await frame();
  return { el, events };
}

async function pick(el: VkPlanBoard, events: ReturnType<typeof record>, pictogram: string): Promise<Text> {
  (sr(el).querySelector(`.picker-option[data-pictogram="${pictogram}"]`) as HTMLElement).click();
  await el.updateComplete;
  const add = events.map((e) => (e.detail as { operation: PlanOperation }).operation).find((op) => op.type === 'card.add') as Extract<PlanOperation, { type: 'card.add' }>;
  return add.card.title;
}

describe("plan board: the adviser's new card is titled in Norwegian and the participant's language", () => {
  afterEach(() => setLocale('nb'));

  it('Arabic plan, Norwegian UI: the title has the bokmål and the Arabic word, and the form shows the Arabic one to check', async () => {
    const { el, events } = await openPicker(samplePlan(), [() => import('../../src/generated/locales/ar.js')]);
    expect(await pick(el, events, 'vk:dentist')).to.deep.equal({ nb: 'Tannlege', ar: arabic['picto.dentist'] });
    await el.updateComplete;
    await frame();
    const form = sr(el).querySelector('.edit-form') as HTMLFormElement;
    expect((form.querySelector('[name="title"]') as HTMLInputElement).value).to.equal('Tannlege');
    expect((form.querySelector('[name="title2"]') as HTMLInputElement).value).to.equal(arabic['picto.dentist']);
  });

  it('English UI: the bokmål word too (the Norwegian line every card has), with the English and the Arabic', async () => {
    await setLocale('en');
    const { el, events } = await openPicker(samplePlan(), [() => import('../../src/generated/locales/ar.js'), () => import('../../src/plan-board/pictogram-words-nb.js')]);
    expect(await pick(el, events, 'vk:dentist')).to.deep.equal({ nb: 'Tannlege', en: 'Dentist', ar: arabic['picto.dentist'] });
  });

  it('no participant language: the UI word alone, as before', async () => {
    const { participantLanguage: _none, ...doc } = samplePlan();
    const { el, events } = await openPicker(doc);
    expect(await pick(el, events, 'vk:dentist')).to.deep.equal({ nb: 'Tannlege' });
  });

  it('words not loaded yet at the pick (picked at once): the card gets what there is, without waiting or failing', async () => {
    // Somali: no other test here loads its strings, so they are still on their way at the pick.
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${{ ...samplePlan(), participantLanguage: 'so' }}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    (sr(el).querySelector('.add[data-add="tue"]') as HTMLElement).click();
    await el.updateComplete;
    expect(await pick(el, events, 'vk:dentist')).to.deep.equal({ nb: 'Tannlege' });
  });
});
