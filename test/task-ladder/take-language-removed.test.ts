import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkAudioRecorder } from '../../src/core/recorder.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { record, recordAnnouncements, settle } from '../helpers/index.js';
import { sampleLadder } from './sample.js';
import { openRecordView, openTaskRecorder, popoverRecorder, recordTake } from './recorder-steps.js';

const group = (recorder: VkAudioRecorder): string | null | undefined => recorder.shadowRoot!.querySelector('[part=base]')?.getAttribute('aria-label');
const audioOf = (el: VkTaskLadder): Record<string, string> | undefined => el.value!.phases[0].tasks[0].audio;
/** The element focus is on, through shadow roots. */
function deepFocus(): Element | null {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}

// Before 6 Dec 2026: the details showed their recorder only while the document had a participant
// language. A host that removed it while a Tigrinya take was under review (recorded, not yet saved
// or thrown away) took the recorder out of the details, the take with it, unsaid, and focus, when on
// the recorder's "Lagre opptaket", fell to <body>. Only a take "Lagre nivå" was already converting
// reached the document. A take is audio in the language it was spoken in and is worth keeping
// (92d20c7): the recorder now stays, still "Opptak på tigrinja", and its Save writes audio.ti.
describe('task ladder: the host removes the participant language while a take is under review', () => {
  it('the details keep the recorder and its take; Save writes it as the Tigrinya recording and says so', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), participantLanguage: 'ti' }}></vk-task-ladder>`);
    await settle(el);
    const recorder = await openTaskRecorder(el);
    await recordTake(recorder);
    await recorder.updateComplete;
    recorder.shadowRoot!.querySelector<HTMLButtonElement>('.save')!.focus();

    el.value = { ...el.value!, participantLanguage: undefined };
    await settle(el);
    await recorder.updateComplete;
    expect(popoverRecorder(el), 'the same recorder, still in the details').to.equal(recorder);
    expect(recorder.state, 'the take is still under review').to.equal('review');
    expect(group(recorder), 'named in its own language').to.equal('Opptak på \u2068tigrinja\u2069');
    expect(deepFocus(), 'focus stays on its Save').to.equal(recorder.shadowRoot!.querySelector('.save'));

    const events = record(el, 'vk-change');
    const said = recordAnnouncements(el);
    recorder.shadowRoot!.querySelector<HTMLButtonElement>('.save')!.click();
    await settle(el);
    await recorder.updateComplete;

    expect(events, 'one task.update').to.have.length(1);
    expect(Object.keys(audioOf(el) ?? {})).to.deep.equal(['ti']);
    expect(audioOf(el)!.ti).to.match(/^data:audio\//);
    expect(said).to.have.length(1);
    expect(said[0], 'the language named: it is not the participant language').to.equal('\u2068Ta oppvasken\u2069: lydopptak på \u2068tigrinja\u2069 lagret');
    expect(deepFocus(), 'focus not dropped on the page').to.not.equal(document.body);
    expect(popoverRecorder(el), 'the recorder stays for the rest of the details, on the recording it saved').to.equal(recorder);
    expect(deepFocus(), 'focus goes to its record button, as after any save').to.equal(recorder.shadowRoot!.querySelector('.record'));

    // Its recording is the Tigrinya one: removed, that is said too.
    recorder.shadowRoot!.querySelector<HTMLButtonElement>('.remove')!.click();
    await settle(el);
    expect(audioOf(el)).to.equal(undefined);
    expect(said.at(-1)).to.equal('\u2068Ta oppvasken\u2069: lydopptak på \u2068tigrinja\u2069 fjernet');
  });

  it('"Ta opp stemme": the recorder alone stays with its take, and "Forkast" leaves focus in the details', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), participantLanguage: 'ti' }}></vk-task-ladder>`);
    await settle(el);
    const recorder = await openRecordView(el);
    await recordTake(recorder);
    await recorder.updateComplete;

    el.value = { ...el.value!, participantLanguage: undefined };
    await settle(el);
    expect(popoverRecorder(el), 'the same recorder').to.equal(recorder);
    expect(recorder.state).to.equal('review');
    expect(el.shadowRoot!.querySelector('.vk-popover .level-form'), 'not turned into the details').to.equal(null);

    const events = record(el, 'vk-change');
    recorder.shadowRoot!.querySelector<HTMLButtonElement>('.discard')!.click();
    await settle(el);
    await recorder.updateComplete;
    expect(events, 'nothing written').to.have.length(0);
    expect(deepFocus(), 'focus not dropped on the page').to.not.equal(document.body);
    expect(el.shadowRoot!.querySelector('.vk-popover')!.contains(el.shadowRoot!.activeElement), 'focus still in the details').to.equal(true);
  });
});
