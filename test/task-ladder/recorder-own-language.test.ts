import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { record, settle, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

const TI = 'data:audio/webm;base64,AAAA';
const TI_ER = 'data:audio/webm;base64,AAAB';
const NEW_TAKE = 'data:audio/webm;base64,GkXfo59C';
const NB = 'https://example.org/nb.mp3';

type Recorder = HTMLElement & { value: string | null; updateComplete: Promise<unknown> };

async function openRecorder(doc: LadderDocument): Promise<{ el: VkTaskLadder; recorder: Recorder }> {
  const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${doc}></vk-task-ladder>`);
  await settle(el);
  shadowAll(el, '.task-button').find((b) => b.dataset.key === 't1')!.focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
  for (let i = 0; !customElements.get('vk-audio-recorder') && i < 100; i++) await settle(el);
  await settle(el);
  const recorder = el.shadowRoot!.querySelector<Recorder>('.vk-popover vk-audio-recorder');
  if (!recorder) throw new Error('no recorder');
  await recorder.updateComplete;
  return { el, recorder };
}

// The ladder's recorder showed the recording the participant hears in their language, found
// along its base language (participantLanguage "ti-ER": the `ti` one), while saving and removing
// wrote the exact key: "Fjern opptaket" committed the same audio again, announced "lydopptak
// fjernet", and the recording stayed, shown and played. The board's recorder (board-editor.ts)
// shows the recording of exactly its language, which its buttons replace or remove; so does the ladder's.
describe('task ladder: the recorder edits the recording of exactly the participant language', () => {
  const withAudio = (participantLanguage: string, audio: Record<string, string>): LadderDocument => {
    const doc = sampleLadder();
    return { ...doc, participantLanguage, phases: doc.phases.map((p) => ({ ...p, tasks: p.tasks.map((t) => (t.id === 't1' ? { ...t, audio } : t)) })) };
  };

  it('a recording under another key (the base language\'s) is not shown as this language\'s, so it is never "removed" in vain', async () => {
    const { recorder } = await openRecorder(withAudio('ti-ER', { ti: TI }));
    expect(recorder.value).to.equal(null);
  });

  it('its own recording is shown, and removing it removes that key alone', async () => {
    const { el, recorder } = await openRecorder(withAudio('ti-ER', { ti: TI, 'ti-ER': TI_ER }));
    expect(recorder.value).to.equal(TI_ER);
    const events = record(el, 'vk-change');
    recorder.shadowRoot!.querySelector<HTMLElement>('.remove')!.click();
    await settle(el);
    expect(events.map((e) => (e.detail as { operation: unknown }).operation)).to.deep.equal([{ type: 'task.update', taskId: 't1', changes: { audio: { ti: TI } } }]);
  });

  // Language tags are case-insensitive (RFC 5646 §2.1.1; the schemas take a key in any case): a
  // document's `TI` recording is the `ti` one, read aloud for a `ti` participant, so the recorder
  // shows it (it said "no recording" while the reading played it), and removing it removes it.
  it('a recording under its language in other letter case is shown, and removing it removes it', async () => {
    const { el, recorder } = await openRecorder(withAudio('ti', { TI }));
    expect(recorder.value).to.equal(TI);
    const events = record(el, 'vk-change');
    recorder.shadowRoot!.querySelector<HTMLElement>('.remove')!.click();
    await settle(el);
    const changes = (events[0]?.detail as { operation: { changes: { audio?: Record<string, string> } } } | undefined)?.operation.changes;
    expect(Object.keys(changes?.audio ?? {}), 'no recording left under any case of ti').to.deep.equal([]);
  });

  // The board's recorder keeps the key a recording has (card-editor.ts `withEntry`, 225f9f2): a new
  // take replaces `TI` under `TI`. The ladder's saved it under `ti` and dropped `TI`, so the same
  // document came out of the two widgets with different keys.
  it('a new take replaces a recording under its language in other letter case under that key, as the board does', async () => {
    const { el, recorder } = await openRecorder(withAudio('ti', { nb: NB, TI }));
    const events = record(el, 'vk-change');
    recorder.dispatchEvent(new CustomEvent('vk-recording', { detail: { url: NEW_TAKE }, bubbles: true, composed: true, cancelable: true }));
    await settle(el);
    expect(events.map((e) => (e.detail as { operation: unknown }).operation)).to.deep.equal([{ type: 'task.update', taskId: 't1', changes: { audio: { nb: NB, TI: NEW_TAKE } } }]);
    await recorder.updateComplete;
    expect(recorder.value).to.equal(NEW_TAKE);
  });

  it('a first take goes under the participant language as written', async () => {
    const { el, recorder } = await openRecorder(withAudio('ti-ER', { nb: NB }));
    const events = record(el, 'vk-change');
    recorder.dispatchEvent(new CustomEvent('vk-recording', { detail: { url: NEW_TAKE }, bubbles: true, composed: true, cancelable: true }));
    await settle(el);
    expect(events.map((e) => (e.detail as { operation: unknown }).operation)).to.deep.equal([{ type: 'task.update', taskId: 't1', changes: { audio: { nb: NB, 'ti-ER': NEW_TAKE } } }]);
  });
});
