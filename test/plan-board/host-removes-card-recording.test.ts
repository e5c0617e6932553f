import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { record, recordAnnouncements } from '../helpers/index.js';
import { editorRecorder, frame, samplePlan } from './helpers.js';

// docs/plan-board.md: "A card the host removed says so; nothing is lost silently." A recording running
// (nothing typed) counts as work to keep as typing does: before, the recorder went with the card, focus
// (on "Stopp opptaket") fell to a card, and the form closed with the take, nothing said.
describe('plan board: the host removes the card whose edit form is recording', () => {
  const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  let streams: MediaStream[] = [];
  beforeEach(() => {
    streams = [];
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await getUserMedia(constraints);
      streams.push(stream);
      return stream;
    };
  });
  afterEach(() => (navigator.mediaDevices.getUserMedia = getUserMedia));

  it('the form stays with the notice, focus in it; the microphone is released and the lost take said', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    const recorder = await editorRecorder(el);
    recorder.maxSeconds = 5;
    void recorder.record();
    await waitUntil(() => recorder.state === 'recording', 'not recording', { timeout: 8000 });
    await recorder.updateComplete;
    recorder.shadowRoot!.querySelector<HTMLElement>('button:not([disabled])')!.focus();
    const said = recordAnnouncements(el);
    const events = record(el, 'vk-change');
    const doc = structuredClone(el.value!);
    el.value = { ...doc, cards: doc.cards.filter((c) => c.id !== 'c1') };
    for (let i = 0; i < 4; i++) await frame();
    await el.updateComplete;

    const popover = el.shadowRoot!.querySelector<HTMLElement>('.vk-popover')!;
    expect(popover.matches(':popover-open'), 'the form stays open').to.equal(true);
    expect(popover.querySelector('.edit-form .notice')?.textContent?.trim()).to.equal('Kortet ble fjernet av noen andre.');
    const active = el.shadowRoot!.activeElement;
    expect(active === popover || popover.contains(active), 'focus in the form, not on the board').to.equal(true);
    expect(said).to.include('Opptaket ble ikke lagret.');
    expect(streams.flatMap((s) => s.getTracks()).map((t) => t.readyState), 'the microphone released').to.deep.equal(['ended']);
    expect(events).to.have.length(0);
  });
});
