// QA (7 Dec 2026): a card's note ("Ta med barnas vaksinekort.") could be written only in bokmål in
// the adviser's edit form, while title and place have a field in the participant's language too; the
// card shows (and reads) the note in the participant's language only "where the note has an entry for
// it" (docs/plan-board.md), and there was no way to give it one. The form now has that field, as for
// title and place: labelled by the language's name, in its lang and dir, one card.update, one undo.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument, PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { record } from '../helpers/index.js';
import { cardItem, menuAction, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const operations = (events: Array<{ detail: unknown }>): PlanOperation[] => events.map((e) => (e.detail as { operation: PlanOperation }).operation);
const ar = new Intl.DisplayNames(['nb'], { type: 'language' }).of('ar')!;

function plan(note: PlanDocument['cards'][number]['note']): PlanDocument {
  const doc = samplePlan();
  return { ...doc, cards: doc.cards.map((c) => (c.id === 'c1' ? { ...c, note } : c)) };
}

async function openForm(el: VkPlanBoard): Promise<HTMLFormElement> {
  await menuAction(el, 'c1', 'edit');
  return sr(el).querySelector<HTMLFormElement>('.edit-form')!;
}

describe('plan board edit form: the note in the participant\'s language', () => {
  it('has a note field for the participant\'s language, labelled by its name, in its lang and dir, showing that entry', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${plan({ nb: 'Ta med vaksinekort.', ar: 'أحضر بطاقة التطعيم.' })}></vk-plan-board>`);
    const form = await openForm(el);
    const note2 = form.querySelector<HTMLTextAreaElement>('textarea[name="note2"]');
    expect(note2, 'a participant-language note field').not.to.equal(null);
    expect(note2!.closest('label')?.textContent).to.contain(`Notat (${ar})`);
    expect(note2!.lang).to.equal('ar');
    expect(note2!.dir).to.equal('rtl');
    expect(note2!.value).to.equal('أحضر بطاقة التطعيم.');
    expect(form.querySelector<HTMLTextAreaElement>('textarea[name="note"]')!.value).to.equal('Ta med vaksinekort.');
  });

  it('a Norwegian-only note gets the participant\'s entry on Save; the card shows it; one undo takes it back', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${plan('Ta med vaksinekort.')}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    const form = await openForm(el);
    form.querySelector<HTMLTextAreaElement>('textarea[name="note2"]')!.value = 'أحضر بطاقة التطعيم.';
    form.requestSubmit();
    await el.updateComplete;
    expect(operations(events)).to.deep.equal([{ type: 'card.update', cardId: 'c1', changes: { note: { nb: 'Ta med vaksinekort.', ar: 'أحضر بطاقة التطعيم.' } } }]);
    expect(cardItem(el, 'c1').querySelector('.meta-note')?.textContent).to.contain('أحضر بطاقة التطعيم.');
    el.undo();
    await el.updateComplete;
    expect(el.value?.cards.find((c) => c.id === 'c1')?.note).to.equal('Ta med vaksinekort.');
  });

  it('emptied, the participant\'s entry goes and the Norwegian stays', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${plan({ nb: 'Ta med vaksinekort.', ar: 'أحضر بطاقة التطعيم.' })}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    const form = await openForm(el);
    form.querySelector<HTMLTextAreaElement>('textarea[name="note2"]')!.value = '';
    form.requestSubmit();
    await el.updateComplete;
    expect(operations(events)).to.deep.equal([{ type: 'card.update', cardId: 'c1', changes: { note: { nb: 'Ta med vaksinekort.' } } }]);
  });

  it('no participant language: no second note field', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${{ ...plan('Ta med vaksinekort.'), participantLanguage: undefined }}></vk-plan-board>`);
    const form = await openForm(el);
    expect(form.querySelector('textarea[name="note2"]')).to.equal(null);
  });
});
