import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { record } from '../helpers/index.js';
import { editorRecorder, frame, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;

// Before: the host changing the plan's participant language (ar → ti) while the adviser recorded
// and typed Arabic in the edit form switched the form under them: the recorder went on recording
// and Save stored the Arabic words as the card's Tigrinya voice (audio.ti: a Tigrinya participant
// would hear Arabic), and the Arabic field, relabelled Tigrinya, was emptied. The form keeps the
// language it was opened in: what was said and typed is saved as what it is.
describe('plan board: the host changes the participant language while the edit form records', () => {
  it('Save keeps the recording and the typing in the language they were made in', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    const recorder = await editorRecorder(el);
    const second = sr(el).querySelector('.edit-form [name="title2"]') as HTMLInputElement;
    expect(second.lang).to.equal('ar');
    second.value = 'دورة اللغة';
    await recorder.record();
    for (let i = 0; recorder.state !== 'recording' && i < 100; i++) await frame();
    for (let i = 0; i < 8; i++) await frame();
    el.value = { ...samplePlan(), participantLanguage: 'ti' };
    await el.updateComplete;
    await frame();
    expect((sr(el).querySelector('.edit-form [name="title2"]') as HTMLInputElement).value, 'the typing is kept').to.equal('دورة اللغة');
    expect(recorder.lang, 'still recording Arabic').to.equal('ar');
    (sr(el).querySelector('.edit-form') as HTMLFormElement).requestSubmit();
    for (let i = 0; events.length < 2 && i < 200; i++) await frame();
    const ops = events.map((e) => (e.detail as { operation: PlanOperation }).operation) as Array<Extract<PlanOperation, { type: 'card.update' }>>;
    expect(Object.keys(ops[0].changes.audio as object), 'the voice is Arabic').to.deep.equal(['ar']);
    expect((ops[1].changes.title as Record<string, string>).ar).to.equal('دورة اللغة');
    expect((ops[1].changes.title as Record<string, string>).ti).to.equal(undefined);
  });
});
