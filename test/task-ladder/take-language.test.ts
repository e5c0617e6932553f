import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkAudioRecorder } from '../../src/core/recorder.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { record, recordAnnouncements, settle } from '../helpers/index.js';
import { sampleLadder } from './sample.js';
import { openTaskRecorder, recordTake } from './recorder-steps.js';

const group = (recorder: VkAudioRecorder): string | null | undefined => recorder.shadowRoot!.querySelector('[part=base]')?.getAttribute('aria-label');
const audioOf = (el: VkTaskLadder): Record<string, string> | undefined => el.value!.phases.flatMap((p) => p.tasks).find((t) => t.id === 't1')!.audio;

const TI = 'data:audio/webm;base64,VElUSQ==';
const AR = 'data:audio/webm;base64,QVJBUg==';

// Before 6 Dec 2026: the host changing the participant language (ti → ar) while a Tigrinya take
// was under review in the details reused the same recorder, relabelled it "Opptak på arabisk", and
// its Save wrote the Tigrinya take as the task's Arabic recording (audio.ar): an Arabic participant
// would hear Tigrinya. Then (c40bd79) the ladder refused the take, so it could only be thrown away,
// while the plan board saved it under its language. One rule now, the board's: a take is audio in
// the language it was spoken in, and is worth keeping — it is saved as the task's Tigrinya
// recording (under the key the task has for Tigrinya, `TI` staying `TI`); the Arabic one is left.
// Its announcement said only "…: lydopptak lagret", as for an Arabic take: it now names the
// language when that is not the participant language ("…: lydopptak på tigrinja lagret").
describe('task ladder: the participant language changes while a take is under review', () => {
  it('the take stays Tigrinya and Save writes it as the Tigrinya recording, under its key TI; the Arabic one stays', async () => {
    const sample = sampleLadder();
    const doc = { ...sample, participantLanguage: 'ti', phases: sample.phases.map((p) => ({ ...p, tasks: p.tasks.map((t) => (t.id === 't1' ? { ...t, audio: { TI, ar: AR } } : t)) })) };
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${doc}></vk-task-ladder>`);
    await settle(el);
    const recorder = await openTaskRecorder(el);
    expect(recorder.value, 'the recorder shows the Tigrinya recording').to.equal(TI);
    await recordTake(recorder);

    el.value = { ...el.value!, participantLanguage: 'ar' };
    await settle(el);
    await recorder.updateComplete;
    expect(el.shadowRoot!.querySelector('.vk-popover vk-audio-recorder'), 'the same recorder, relabelled').to.equal(recorder);
    expect(recorder.lang).to.equal('ar');
    expect(group(recorder), 'the take is named in its own language').to.equal('Opptak på \u2068tigrinja\u2069');

    const events = record(el, 'vk-change');
    const said = recordAnnouncements(el);
    recorder.shadowRoot!.querySelector<HTMLButtonElement>('.save')!.click();
    await settle(el);
    await recorder.updateComplete;

    expect(events, 'one task.update').to.have.length(1);
    const audio = audioOf(el)!;
    expect(Object.keys(audio), 'under the key the task had for Tigrinya, none beside it').to.have.members(['TI', 'ar']);
    expect(audio.TI, 'the take is the Tigrinya recording').to.match(/^data:audio\//).and.not.equal(TI);
    expect(audio.ar, 'the Arabic recording untouched').to.equal(AR);
    expect(recorder.state, 'the take is saved').to.equal('idle');
    expect(recorder.shadowRoot!.querySelector('#refused'), 'nothing refused').to.equal(null);
    expect(said).to.have.length(1);
    expect(said[0], 'the language named: the take did not go under the participant language').to.equal('\u2068Ta oppvasken\u2069: lydopptak på \u2068tigrinja\u2069 lagret');
    expect(group(recorder), 'done with the take: the recorder is for Arabic now').to.equal('Opptak på \u2068arabisk\u2069');
    expect(recorder.value, 'and shows the Arabic recording, not the Tigrinya take').to.equal(AR);
  });

  // A take that arrives after the host removed the participant language (kept by "Lagre nivå" after
  // its conversion; the recorder gone from the details, its listener the last one bound) was refused.
  it('the participant language removed: a late Tigrinya take is still the Tigrinya recording', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), participantLanguage: 'ti' }}></vk-task-ladder>`);
    await settle(el);
    const recorder = await openTaskRecorder(el);
    el.value = { ...el.value!, participantLanguage: undefined };
    await settle(el);
    const events = record(el, 'vk-change');
    const said = recordAnnouncements(el);
    const kept = recorder.dispatchEvent(new CustomEvent('vk-recording', { detail: { url: TI, lang: 'ti' }, bubbles: true, composed: true, cancelable: true }));
    await settle(el);

    expect(kept, 'the recorder told it was kept').to.equal(true);
    expect(events).to.have.length(1);
    expect(audioOf(el)).to.deep.equal({ ti: TI });
    expect(said).to.have.length(1);
    expect(said[0]).to.equal('\u2068Ta oppvasken\u2069: lydopptak på \u2068tigrinja\u2069 lagret');
  });

  // "Lagre nivå" keeps a take under review first: the refused Tigrinya take held the details open
  // (the level waiting too) until it was thrown away.
  it('"Lagre nivå" with the Tigrinya take under review after ti → ar saves both and closes the details', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), participantLanguage: 'ti' }}></vk-task-ladder>`);
    await settle(el);
    const recorder = await openTaskRecorder(el);
    const level = el.value!.phases[0].tasks[0].level;
    el.shadowRoot!.querySelector<HTMLInputElement>(`.level-form input[name="level"]:not([value="${level}"])`)!.click();
    await recordTake(recorder);
    el.value = { ...el.value!, participantLanguage: 'ar' };
    await settle(el);
    const events = record(el, 'vk-change');
    const said = recordAnnouncements(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.save-level')!.click();
    await waitUntil(() => events.length >= 2, 'the take and the level were not both saved');
    await settle(el);
    expect(said.at(-1), 'one sentence for both, the language named').to.match(/^\u2068Ta oppvasken\u2069: [^,]+, lydopptak på \u2068tigrinja\u2069 lagret$/);

    expect(events.map((e) => (e.detail as { operation: { type: string } }).operation.type)).to.deep.equal(['task.update', 'task.level']);
    expect(Object.keys(audioOf(el) ?? {})).to.deep.equal(['ti']);
    expect(el.value!.phases[0].tasks[0].level).to.not.equal(level);
    expect(el.shadowRoot!.querySelector('.vk-popover .level-form'), 'the details closed').to.equal(null);
  });

  it('a take recorded after the change is the Arabic recording', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), participantLanguage: 'ti' }}></vk-task-ladder>`);
    await settle(el);
    const recorder = await openTaskRecorder(el);
    el.value = { ...el.value!, participantLanguage: 'AR' };
    await settle(el);
    await recorder.updateComplete;
    await recordTake(recorder);
    const events = record(el, 'vk-change');
    const said = recordAnnouncements(el);
    recorder.shadowRoot!.querySelector<HTMLButtonElement>('.save')!.click();
    await settle(el);
    expect(events).to.have.length(1);
    expect(Object.keys(audioOf(el) ?? {})).to.deep.equal(['AR']);
    expect(said, "the participant's language (AR is ar): today's words").to.deep.equal(['\u2068Ta oppvasken\u2069: lydopptak lagret']);
  });
});
