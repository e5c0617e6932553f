import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanCard, PlanDocument, PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { record } from '../helpers/index.js';
import { cardItem, editorRecorder, menuAction, samplePlan } from './helpers.js';

// Language tags are case-insensitive (RFC 5646 §2.1.1, contract.md §4): a card's `TI` entry is the
// `ti` one, shown and read for a `ti` participant. The edit form matched keys by exact case: an
// emptied field left `TI` (still shown and read), an edited one added `ti` beside it, and the
// recorder said "none" for a `TI` recording and saved a new take under `ti` beside it. The form
// now edits the entry it shows (card-editor.ts `withEntry`, `withLanguage`).
const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const operations = (events: Array<{ detail: unknown }>): PlanOperation[] => events.map((e) => (e.detail as { operation: PlanOperation }).operation);
const secondLine = (el: VkPlanBoard, id: string): string | undefined => cardItem(el, id).querySelector<HTMLElement>('[part~="text-second"]')?.textContent?.trim();
const URL_TI = 'data:audio/webm;base64,AAAA';
const URL_NEW = 'data:audio/webm;base64,GkXfo59C';

function plan(participantLanguage: string, card: Partial<PlanCard>): PlanDocument {
  const doc = samplePlan();
  return { ...doc, participantLanguage, cards: doc.cards.map((c) => (c.id === 'c1' ? { ...c, ...card } : c)) };
}

/** Opens c1's edit form, sets the participant-language title field to `value` and saves; returns the operations. */
async function saveSecondTitle(el: VkPlanBoard, value: string | null): Promise<{ shown: string; ops: PlanOperation[] }> {
  const events = record(el, 'vk-change');
  await menuAction(el, 'c1', 'edit');
  const field = sr(el).querySelector<HTMLInputElement>('.edit-form [name="title2"]');
  if (!field) throw new Error('no participant-language title field');
  const shown = field.value;
  if (value !== null) field.value = value;
  sr(el).querySelector<HTMLFormElement>('.edit-form')!.requestSubmit();
  await el.updateComplete;
  return { shown, ops: operations(events) };
}

describe('plan board edit form: a language key in other letter case is the entry edited', () => {
  it('the TI title is shown in the ti field; a correction is written back under TI, not beside it', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${plan('ti', { title: { nb: 'Norskkurs', TI: 'ትምህርቲ' } })}></vk-plan-board>`);
    const { shown, ops } = await saveSecondTitle(el, 'ትምህርቲ ኖርወይኛ');
    expect(shown).to.equal('ትምህርቲ');
    expect(ops).to.deep.equal([{ type: 'card.update', cardId: 'c1', changes: { title: { nb: 'Norskkurs', TI: 'ትምህርቲ ኖርወይኛ' } } }]);
  });

  it('emptying the ti field removes the TI title: the card shows no Tigrinya line', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${plan('ti', { title: { nb: 'Norskkurs', TI: 'ትምህርቲ' } })}></vk-plan-board>`);
    const { ops } = await saveSecondTitle(el, '');
    expect(ops).to.deep.equal([{ type: 'card.update', cardId: 'c1', changes: { title: { nb: 'Norskkurs' } } }]);
    expect(secondLine(el, 'c1')).to.equal(undefined);
  });

  it('the Norwegian place under NB is edited in place; emptied, it goes', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${plan('ar', { place: { NB: 'Rom 1', ar: 'غرفة 1' } })}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    await menuAction(el, 'c1', 'edit');
    const place = sr(el).querySelector<HTMLInputElement>('.edit-form [name="place"]')!;
    expect(place.value).to.equal('Rom 1');
    place.value = 'Rom 2';
    sr(el).querySelector<HTMLFormElement>('.edit-form')!.requestSubmit();
    await el.updateComplete;
    await menuAction(el, 'c1', 'edit');
    sr(el).querySelector<HTMLInputElement>('.edit-form [name="place"]')!.value = '';
    sr(el).querySelector<HTMLFormElement>('.edit-form')!.requestSubmit();
    await el.updateComplete;
    expect(operations(events)).to.deep.equal([
      { type: 'card.update', cardId: 'c1', changes: { place: { NB: 'Rom 2', ar: 'غرفة 1' } } },
      { type: 'card.update', cardId: 'c1', changes: { place: { ar: 'غرفة 1' } } },
    ]);
  });

  it('the recorder shows a TI recording for a ti participant; a new take replaces it under TI, and removing it leaves none', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${plan('ti', { title: { nb: 'Norskkurs', ti: 'ትምህርቲ' }, audio: { nb: 'https://example.org/nb.mp3', TI: URL_TI } })}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    const recorder = (await editorRecorder(el)) as Awaited<ReturnType<typeof editorRecorder>> & { value: string | null };
    expect(recorder.value).to.equal(URL_TI);
    recorder.dispatchEvent(new CustomEvent('vk-recording', { detail: { url: URL_NEW }, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    recorder.dispatchEvent(new CustomEvent('vk-recording', { detail: { url: null }, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(operations(events)).to.deep.equal([
      { type: 'card.update', cardId: 'c1', changes: { audio: { nb: 'https://example.org/nb.mp3', TI: URL_NEW } } },
      { type: 'card.update', cardId: 'c1', changes: { audio: { nb: 'https://example.org/nb.mp3' } } },
    ]);
  });
});

// A Dari participant (prs, fa-AF) sees a Text's Dari entry, else its Persian one (docs/translations.md),
// and so does the form's Dari field. A correction writes the Dari entry and leaves the Persian alone
// (66e068e); emptying the field removed nothing before: the form closed, and the card still showed
// the Persian line it had shown. Now every entry the field reads goes, as its text did.
describe('plan board edit form: an emptied participant field that showed a fallback entry', () => {
  it('prs: the field shows the Persian title; a correction writes prs beside it; emptied, the Dari line goes from the card', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${plan('prs', { title: { nb: 'Lege', fa: 'پزشک' } })}></vk-plan-board>`);
    const first = await saveSecondTitle(el, 'داکتر');
    expect(first.shown).to.equal('پزشک');
    expect(first.ops).to.deep.equal([{ type: 'card.update', cardId: 'c1', changes: { title: { nb: 'Lege', fa: 'پزشک', prs: 'داکتر' } } }]);
    const second = await saveSecondTitle(el, '');
    expect(second.ops.at(-1)).to.deep.equal({ type: 'card.update', cardId: 'c1', changes: { title: { nb: 'Lege' } } });
    expect(secondLine(el, 'c1')).to.equal(undefined);
  });

  it('fa-AF: emptying the field that showed the Persian place removes it, and the card no longer shows it', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${plan('fa-AF', { title: { nb: 'Lege', 'fa-AF': 'داکتر' }, place: { nb: 'Rom 1', fa: 'اتاق ۱' } })}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    await menuAction(el, 'c1', 'edit');
    const place = sr(el).querySelector<HTMLInputElement>('.edit-form [name="place2"]')!;
    expect(place.value).to.equal('اتاق ۱');
    place.value = '';
    sr(el).querySelector<HTMLFormElement>('.edit-form')!.requestSubmit();
    await el.updateComplete;
    expect(operations(events)).to.deep.equal([{ type: 'card.update', cardId: 'c1', changes: { place: { nb: 'Rom 1' } } }]);
    expect(cardItem(el, 'c1').querySelector('.meta-place')?.textContent).to.not.contain('اتاق');
  });
});
