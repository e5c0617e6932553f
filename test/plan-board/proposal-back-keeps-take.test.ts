// QA (pass 56): "Tilbake" (back to the pictures) on a proposal whose recorded words were not saved ("Lagre opptaket" never
// pressed) kept the words silently: the recorder went with the day's step, nothing said or shown that the take was kept, and
// a participant who chose another picture could not know the words would go with it. Tilbake keeps them, as it did (a saved
// take is kept too); now the board says so, in one message (the recorder says nothing of a take the form keeps, as for Send,
// pass 55), and the pictures' step shows it while the draft holds words.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkAudioRecorder } from '../../src/core/recorder.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { record } from '../helpers/index.js';
import { deepActive, frame, proposalRecorder, samplePlan } from './helpers.js';

const KEPT = 'Opptaket sendes med forslaget.';
const said = (el: VkPlanBoard): string => el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '';
const note = (el: VkPlanBoard): HTMLElement | null => el.shadowRoot!.querySelector('.vk-popover .proposal-kept');

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

describe('plan board, proposal: "Tilbake" with recorded words says they are kept', () => {
  it('a take not saved: kept, said once by the board, shown on the pictures; Send then sends it', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    const recorder = await proposalRecorder(el);
    recorder.maxSeconds = 1;
    await recorder.record();
    for (let i = 0; recorder.state !== 'review' && i < 300; i++) await frame();
    expect(recorder.state).to.equal('review');
    await recorder.updateComplete;
    const texts = statusTexts(recorder);
    expect(note(el), 'no note on the day step').to.equal(null);

    (el.shadowRoot!.querySelector('.vk-popover .back') as HTMLElement).click();
    for (let i = 0; !el.shadowRoot!.querySelector('.vk-popover .picker-option') && i < 60; i++) await frame();
    await el.updateComplete;
    await frame();
    expect(texts, 'nothing from the recorder').to.deep.equal([]);
    expect(said(el), 'the board says the words are kept').to.equal(KEPT);
    expect(note(el)?.textContent?.trim(), 'and the pictures show it').to.equal(KEPT);
    expect((deepActive() as HTMLElement).classList.contains('picker-option'), 'focus on the picture chosen').to.equal(true);

    // The picture again, then Send: the words go with the proposal.
    (deepActive() as HTMLElement).click();
    await el.updateComplete;
    (el.shadowRoot!.querySelector('.vk-popover .send') as HTMLElement).click();
    for (let i = 0; events.length === 0 && i < 60; i++) await frame();
    expect(events).to.have.length(1);
    const card = (events[0].detail as { operation: { card: { audio?: Record<string, string> } } }).operation.card;
    expect(Object.values(card.audio ?? {})[0]).to.match(/^data:audio\//);
  });

  it('no words recorded: Tilbake says nothing of a recording and shows no note', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    await proposalRecorder(el);
    (el.shadowRoot!.querySelector('.vk-popover .back') as HTMLElement).click();
    await el.updateComplete;
    await frame();
    expect(said(el)).not.to.equal(KEPT);
    expect(note(el)).to.equal(null);
  });
});
