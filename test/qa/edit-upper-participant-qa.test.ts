// QA of 225f9f2 from the other side: the plan's participantLanguage in upper case ("TI") and the
// card's entries in lower case. The field shows the ti entry, a correction goes back under ti,
// emptied it goes; the recorder shows the ti take and a new one replaces it under ti.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument, PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { record } from '../helpers/index.js';
import { editorRecorder, menuAction, samplePlan } from '../plan-board/helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const ops = (events: Array<{ detail: unknown }>): PlanOperation[] => events.map((e) => (e.detail as { operation: PlanOperation }).operation);
const URL_TI = 'data:audio/webm;base64,AAAA';
const URL_NEW = 'data:audio/webm;base64,GkXfo59C';

function plan(): PlanDocument {
  const doc = samplePlan();
  return { ...doc, participantLanguage: 'TI', cards: doc.cards.map((c) => (c.id === 'c1' ? { ...c, title: { nb: 'Norskkurs', ti: 'ትምህርቲ' }, audio: { ti: URL_TI } } : c)) };
}

describe('QA: participantLanguage "TI", entries "ti"', () => {
  it('the field and the recorder edit the ti entries, never a TI key beside them', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${plan()}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    await menuAction(el, 'c1', 'edit');
    const field = sr(el).querySelector<HTMLInputElement>('.edit-form [name="title2"]')!;
    expect(field.value).to.equal('ትምህርቲ');
    field.value = 'ትምህርቲ ኖርወይኛ';
    sr(el).querySelector<HTMLFormElement>('.edit-form')!.requestSubmit();
    await el.updateComplete;
    const recorder = (await editorRecorder(el)) as Awaited<ReturnType<typeof editorRecorder>> & { value: string | null };
    expect(recorder.value).to.equal(URL_TI);
    recorder.dispatchEvent(new CustomEvent('vk-recording', { detail: { url: URL_NEW }, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(ops(events)).to.deep.equal([
      { type: 'card.update', cardId: 'c1', changes: { title: { nb: 'Norskkurs', ti: 'ትምህርቲ ኖርወይኛ' } } },
      { type: 'card.update', cardId: 'c1', changes: { audio: { ti: URL_NEW } } },
    ]);
  });
});
