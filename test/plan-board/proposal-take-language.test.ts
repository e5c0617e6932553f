import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkAudioRecorder } from '../../src/core/recorder.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { record } from '../helpers/index.js';
import { frame, proposalRecorder, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const group = (recorder: VkAudioRecorder): string | null | undefined => recorder.shadowRoot!.querySelector('[part=base]')?.getAttribute('aria-label');

// Before: the proposal's draft kept its recorded words as a URL alone, and Send put them under the
// plan's participant language as it was at Send. A host that changed it (ar → ti) while the words
// were recorded sent the Arabic words as the card's Tigrinya voice, and the recorder called them
// "Opptak på tigrinja". As the edit form (host-changes-language.test.ts), the proposal keeps the
// language the words were spoken in.
describe('plan board: the participant language changes while a proposal holds recorded words', () => {
  it('a take under review: still Arabic in the recorder, and Send sends it as audio.ar', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    expect(samplePlan().participantLanguage).to.equal('ar');
    const events = record(el, 'vk-change');
    const recorder = await proposalRecorder(el);
    recorder.maxSeconds = 1;
    await recorder.record();
    for (let i = 0; recorder.state !== 'review' && i < 300; i++) await frame();
    expect(recorder.state).to.equal('review');
    el.value = { ...samplePlan(), participantLanguage: 'ti' };
    await el.updateComplete;
    await recorder.updateComplete;
    expect(group(recorder)).to.equal('Opptak på \u2068arabisk\u2069');
    (sr(el).querySelector('.send') as HTMLElement).click();
    for (let i = 0; events.length === 0 && i < 60; i++) await frame();
    const add = (events[0].detail as { operation: PlanOperation }).operation as Extract<PlanOperation, { type: 'card.add' }>;
    expect(Object.keys(add.card.audio ?? {}), 'the Arabic words are the Arabic voice').to.deep.equal(['ar']);
  });

  it('words saved in the draft: the recorder still shows them as Arabic, and Send sends them as audio.ar', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    const recorder = await proposalRecorder(el);
    recorder.maxSeconds = 1;
    await recorder.record();
    for (let i = 0; recorder.state !== 'review' && i < 300; i++) await frame();
    recorder.shadowRoot!.querySelector<HTMLButtonElement>('.save')!.click();
    await el.updateComplete;
    el.value = { ...samplePlan(), participantLanguage: 'ti' };
    await el.updateComplete;
    await recorder.updateComplete;
    expect(group(recorder), 'the saved words are named in their own language').to.equal('Opptak på \u2068arabisk\u2069');
    (sr(el).querySelector('.send') as HTMLElement).click();
    for (let i = 0; events.length === 0 && i < 60; i++) await frame();
    const add = (events[0].detail as { operation: PlanOperation }).operation as Extract<PlanOperation, { type: 'card.add' }>;
    expect(Object.keys(add.card.audio ?? {})).to.deep.equal(['ar']);
  });
});
