import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkAudioRecorder } from '../../src/core/recorder.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { record, recordAnnouncements } from '../helpers/index.js';
import { editorRecorder, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const URL = 'data:audio/webm;base64,GkXfo59C';

/** The edit form's recorder sends what a saved take (url) or a removal (null) sends: its language named. */
function recorderSends(recorder: HTMLElement, url: string | null, lang: string): void {
  recorder.dispatchEvent(new CustomEvent('vk-recording', { detail: { url, lang }, bubbles: true, composed: true, cancelable: true }));
}

async function editorIn(plan: PlanDocument): Promise<{ el: VkPlanBoard; said: string[]; recorder: VkAudioRecorder }> {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${plan}></vk-plan-board>`);
  const recorder = (await editorRecorder(el)) as unknown as VkAudioRecorder;
  return { el, said: recordAnnouncements(el), recorder };
}

// Before 6 Dec 2026: the edit form keeps the language it opened with (host-changes-language.test.ts),
// so a recording it saves or removes can be in another language than the plan's participant
// language now; "Stemme lagret for Norskkurs" did not say which, and the adviser could take the
// Arabic words for the Tigrinya participant's. As the ladder ("…: lydopptak på tigrinja lagret"),
// the board names the language then; the participant's own keeps today's words.
describe('plan board: the edit form names a recording\'s language when it is not the participant\'s', () => {
  it('opened for Arabic, the host switched to Tigrinya: saved and removed "på arabisk"', async () => {
    const { el, said, recorder } = await editorIn(samplePlan());
    const events = record(el, 'vk-change');
    el.value = { ...samplePlan(), participantLanguage: 'ti' };
    await el.updateComplete;
    recorderSends(recorder, URL, 'ar');
    await el.updateComplete;
    expect(Object.keys(el.value!.cards[0].audio ?? {}), 'kept as the Arabic voice').to.deep.equal(['ar']);
    expect(said.at(-1)).to.equal('Stemme på \u2068arabisk\u2069 lagret for \u2068Norskkurs\u2069');
    recorderSends(recorder, null, 'ar');
    await el.updateComplete;
    expect(events, 'saved, then removed').to.have.length(2);
    expect(said.at(-1)).to.equal('Stemme på \u2068arabisk\u2069 fjernet for \u2068Norskkurs\u2069');
  });

  it('the host removed the participant language: saved "på arabisk"', async () => {
    const { el, said, recorder } = await editorIn(samplePlan());
    el.value = { ...samplePlan(), participantLanguage: undefined };
    await el.updateComplete;
    recorderSends(recorder, URL, 'ar');
    await el.updateComplete;
    expect(said.at(-1)).to.equal('Stemme på \u2068arabisk\u2069 lagret for \u2068Norskkurs\u2069');
  });

  it('opened with no participant language (Norwegian), the host then set Tigrinya: saved "på norsk bokmål"', async () => {
    const { el, said, recorder } = await editorIn({ ...samplePlan(), participantLanguage: undefined });
    expect(recorder.lang).to.equal('nb');
    el.value = { ...samplePlan(), participantLanguage: 'ti' };
    await el.updateComplete;
    recorderSends(recorder, URL, 'nb');
    await el.updateComplete;
    expect(said.at(-1)).to.equal('Stemme på \u2068norsk bokmål\u2069 lagret for \u2068Norskkurs\u2069');
  });

  it('the participant\'s own language, or Norwegian in a plan without one, keeps "Stemme lagret for …"', async () => {
    const { el, said, recorder } = await editorIn({ ...samplePlan(), participantLanguage: 'AR' });
    recorderSends(recorder, URL, 'ar');
    await el.updateComplete;
    expect(said.at(-1), 'ar is AR').to.equal('Stemme lagret for \u2068Norskkurs\u2069');
    recorderSends(recorder, null, 'ar');
    await el.updateComplete;
    expect(said.at(-1)).to.equal('Stemme fjernet for \u2068Norskkurs\u2069');

    const none = await editorIn({ ...samplePlan(), participantLanguage: undefined });
    recorderSends(none.recorder, URL, 'nb');
    await none.el.updateComplete;
    expect(none.said.at(-1)).to.equal('Stemme lagret for \u2068Norskkurs\u2069');
  });

  it('Save with a take under review and typed text: one announcement, the language named', async () => {
    const { el, said, recorder } = await editorIn(samplePlan());
    const events = record(el, 'vk-change');
    recorder.maxSeconds = 1;
    await recorder.record();
    await waitUntil(() => recorder.state === 'review', 'no take', { timeout: 8000 });
    el.value = { ...samplePlan(), participantLanguage: 'ti' };
    await el.updateComplete;
    (sr(el).querySelector('.edit-form input[name="title"]') as HTMLInputElement).value = 'Norskkurs A';
    (sr(el).querySelector('.edit-form button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => events.length >= 2, 'not saved', { timeout: 8000 });
    await el.updateComplete;
    expect(Object.keys(el.value!.cards[0].audio ?? {})).to.deep.equal(['ar']);
    expect(said.at(-1)).to.equal('\u2068Norskkurs A\u2069: endret, stemme på \u2068arabisk\u2069 lagret');
  });
});
