// QA (7 Dec 2026): Send on a proposal whose recorded words were not saved ("Lagre opptaket" never pressed) had the recorder
// say "Opptaket er lagret." (in a live region removed as the dialog closed) and the board "Forslaget … er sendt" at once: two
// announcements, the first for a button not pressed. The recorder's finish() now says nothing of its own; the board's one
// message says the words went with the proposal.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkAudioRecorder } from '../../src/core/recorder.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { record } from '../helpers/index.js';
import { frame, proposalRecorder, samplePlan } from './helpers.js';

const said = (el: VkPlanBoard): string => el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '';

/** Every text the recorder's live region (role=status) is given from now on. */
function statusTexts(recorder: VkAudioRecorder): string[] {
  const texts: string[] = [];
  const region = recorder.shadowRoot!.querySelector('[role=status]')!;
  new MutationObserver(() => {
    const text = region.textContent?.trim();
    if (text) texts.push(text);
  }).observe(region, { childList: true, subtree: true, characterData: true });
  return texts;
}

async function recordedTake(): Promise<{ el: VkPlanBoard; recorder: VkAudioRecorder; events: Array<{ detail: unknown }> }> {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
  const events = record(el, 'vk-change');
  const recorder = await proposalRecorder(el);
  recorder.maxSeconds = 1;
  await recorder.record();
  for (let i = 0; recorder.state !== 'review' && i < 300; i++) await frame();
  expect(recorder.state).to.equal('review');
  await recorder.updateComplete;
  return { el, recorder, events };
}

describe('plan board: Send with recorded words not yet saved says one thing', () => {
  it('the recorder says nothing; the board says the proposal went, with the words', async () => {
    const { el, recorder, events } = await recordedTake();
    const texts = statusTexts(recorder);
    (el.shadowRoot!.querySelector('.send') as HTMLElement).click();
    for (let i = 0; events.length === 0 && i < 60; i++) await frame();
    await el.updateComplete;
    await frame();
    expect(events, 'the proposal was sent').to.have.length(1);
    expect(texts, 'no words from the recorder').to.deep.equal([]);
    expect(said(el)).to.equal('Forslaget \u2068Tannlege\u2069 er sendt med opptaket');
  });

  it('the recorder\'s own "Lagre opptaket" still says "Opptaket er lagret."; Send then says the words went along', async () => {
    const { el, recorder, events } = await recordedTake();
    const texts = statusTexts(recorder);
    recorder.shadowRoot!.querySelector<HTMLButtonElement>('.save')!.click();
    await recorder.updateComplete;
    await frame();
    expect(texts).to.deep.equal(['Opptaket er lagret.']);
    (el.shadowRoot!.querySelector('.send') as HTMLElement).click();
    for (let i = 0; events.length === 0 && i < 60; i++) await frame();
    await el.updateComplete;
    expect(said(el)).to.equal('Forslaget \u2068Tannlege\u2069 er sendt med opptaket');
  });
});
