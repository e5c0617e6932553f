import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkAudioRecorder } from '../../src/core/recorder.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { announced, record, recordAnnouncements, settle } from '../helpers/index.js';
import { sampleLadder } from './sample.js';
import { openTaskRecorder, recordTake } from './recorder-steps.js';

const REFUSED = 'Opptaket kunne ikke lagres i planen.';
const group = (recorder: VkAudioRecorder): string | null | undefined => recorder.shadowRoot!.querySelector('[part=base]')?.getAttribute('aria-label');
const audioOf = (el: VkTaskLadder): Record<string, string> | undefined => el.value!.phases.flatMap((p) => p.tasks).find((t) => t.id === 't1')!.audio;

// Before: the host changing the participant language (ti → ar) while a Tigrinya take was under
// review in the details reused the same recorder, relabelled it "Opptak på arabisk", and its Save
// wrote the Tigrinya take as the task's Arabic recording (audio.ar): an Arabic participant would
// hear Tigrinya. The take keeps its language; the ladder writes recordings only in its participant
// language, so the take is refused, in view and said once, never written under another language
// and never dropped unsaid (the user hears it again, or throws it away).
describe('task ladder: the participant language changes while a take is under review', () => {
  it('the take stays Tigrinya and Save is refused: nothing written, shown and announced once', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), participantLanguage: 'ti' }}></vk-task-ladder>`);
    await settle(el);
    const recorder = await openTaskRecorder(el);
    await recordTake(recorder);

    el.value = { ...el.value!, participantLanguage: 'ar' };
    await settle(el);
    await recorder.updateComplete;
    expect(el.shadowRoot!.querySelector('.vk-popover vk-audio-recorder'), 'the same recorder, relabelled').to.equal(recorder);
    expect(recorder.lang).to.equal('ar');
    expect(group(recorder), 'the take is named in its own language').to.equal('Opptak på \u2068tigrinja\u2069');

    const events = record(el, 'vk-change');
    const said = recordAnnouncements(el);
    const save = recorder.shadowRoot!.querySelector<HTMLButtonElement>('.save')!;
    save.click();
    await settle(el);
    await recorder.updateComplete;

    expect(events, 'nothing asked of the host').to.have.length(0);
    expect(audioOf(el)?.ar, 'not the Arabic recording').to.equal(undefined);
    expect(audioOf(el)?.ti, 'not written under Tigrinya either: not the participant language now').to.equal(undefined);
    expect(recorder.state, 'the take waits').to.equal('review');
    expect(recorder.shadowRoot!.querySelector('#refused')?.textContent?.trim()).to.equal(REFUSED);
    expect(save.getAttribute('aria-describedby')).to.equal('refused');
    expect(said).to.deep.equal([REFUSED]);
    expect(announced(el)).to.equal(REFUSED);

    recorder.shadowRoot!.querySelector<HTMLButtonElement>('.discard')!.click();
    await recorder.updateComplete;
    expect(group(recorder), 'thrown away: the recorder is for Arabic now').to.equal('Opptak på \u2068arabisk\u2069');
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
    recorder.shadowRoot!.querySelector<HTMLButtonElement>('.save')!.click();
    await settle(el);
    expect(events).to.have.length(1);
    expect(Object.keys(audioOf(el) ?? {})).to.deep.equal(['AR']);
  });
});
