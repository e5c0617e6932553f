/**
 * The proposal's recorder, holding no words, follows the plan's participant language: a host that
 * changes it (ar → uk) while the proposal is open relabels "Ta opp på arabisk" to "Ta opp på
 * ukrainsk" under the participant, focus and all. A screen reader says nothing of a relabelled
 * button, so the participant who is about to record heard nothing: the board now says it, once, as
 * the ladder says why its recorder went with the language (task-ladder.announce.recorder-closed).
 * Words recorded keep their own language (proposal-take-language.test.ts): nothing to say then.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkAudioRecorder } from '../../src/core/recorder.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { recordAnnouncements } from '../helpers/index.js';
import { deepActive, frame, proposalRecorder, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const plain = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');
const recordButton = (recorder: VkAudioRecorder): HTMLButtonElement => recorder.shadowRoot!.querySelector<HTMLButtonElement>('button.record')!;

async function hostValue(el: VkPlanBoard, recorder: VkAudioRecorder, value: ReturnType<typeof samplePlan>): Promise<void> {
  el.value = value;
  await el.updateComplete;
  await recorder.updateComplete;
}

describe('plan board: the proposal\'s recorder relabelled for a new participant language', () => {
  it('focus on "Ta opp på arabisk", the host switches to Ukrainian: said once, focus kept on the relabelled button', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board lang="nb" mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    const recorder = await proposalRecorder(el);
    const button = recordButton(recorder);
    expect(plain(button.textContent!.trim())).to.equal('Ta opp på arabisk');
    button.focus();
    const said = recordAnnouncements(el);
    await hostValue(el, recorder, { ...samplePlan(), participantLanguage: 'uk' });
    expect(plain(recordButton(recorder).textContent!.trim())).to.equal('Ta opp på ukrainsk');
    expect(said.map(plain)).to.deep.equal(['Opptaket blir på ukrainsk: planen har fått et nytt deltakerspråk.']);
    expect(deepActive()).to.equal(recordButton(recorder));
    // Another host value in the same language (a card's title changed): nothing more.
    const plan = samplePlan();
    await hostValue(el, recorder, { ...plan, participantLanguage: 'uk', cards: [{ ...plan.cards[0], title: 'Norsk' }, ...plan.cards.slice(1)] });
    expect(said).to.have.length(1);
  });

  it('focus on a day, the host removes the participant language: said, in Norwegian (the recorder\'s language now)', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board lang="nb" mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    const recorder = await proposalRecorder(el);
    (sr(el).querySelector('.day-option') as HTMLElement).focus();
    const said = recordAnnouncements(el);
    const { participantLanguage: _, ...without } = samplePlan();
    await hostValue(el, recorder, without);
    expect(plain(recordButton(recorder).textContent!.trim())).to.equal('Ta opp på norsk bokmål');
    expect(said.map(plain)).to.deep.equal(['Opptaket blir på norsk bokmål: planen har ikke lenger et deltakerspråk.']);
  });

  it('words saved in the draft keep their language: the recorder is not relabelled, nothing is said', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board lang="nb" mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    const recorder = await proposalRecorder(el);
    recorder.maxSeconds = 1;
    await recorder.record();
    for (let i = 0; recorder.state !== 'review' && i < 300; i++) await frame();
    recorder.shadowRoot!.querySelector<HTMLButtonElement>('.save')!.click();
    await el.updateComplete;
    const said = recordAnnouncements(el);
    await hostValue(el, recorder, { ...samplePlan(), participantLanguage: 'uk' });
    expect(said).to.deep.equal([]);
  });
});
