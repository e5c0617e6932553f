/**
 * A take in the task details' recorder (adviser mode, a participant language), being recorded or
 * under review, when the host takes the right to save it away: `readonly` or `mode="participant"`
 * (the details stay open, view-only, the recorder goes with its take) or `disabled` (the details
 * close). Before 6 Dec 2026 (a newcomer's QA) the take went unsaid in the details, where "Ta opp
 * stemme" (the recorder alone) closed with "Skjemaet ble lukket: …" (67a8eb4, ae5607f, 9947d0b).
 * Now the details say the same words; the microphone is released; focus stays in the widget.
 * `disabled` stays silent, as every panel it closes (a deliberate choice, ae5607f).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { recordAnnouncements, settle } from '../helpers/index.js';
import { sampleLadder } from './sample.js';
import { openTaskRecorder, popoverRecorder } from './recorder-steps.js';

/** The element focus is on, through shadow roots. */
function deepFocus(): Element | null {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}
const frames = async (n = 3): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

const changes = [
  ['read-only', (el: VkTaskLadder) => el.setAttribute('readonly', ''), 'Skjemaet ble lukket: oppgavene kan nå bare ses, ikke endres.'],
  ['participant mode', (el: VkTaskLadder) => el.setAttribute('mode', 'participant'), 'Skjemaet ble lukket: i deltakervisning kan oppgaver leses opp og skrives i loggboka.'],
  ['disabled', (el: VkTaskLadder) => el.setAttribute('disabled', ''), null],
] as const;

describe('task ladder: the host takes away the right to save a take in the details', () => {
  const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  /** The microphone streams the recorder was given (Chromium's fake device). */
  let streams: MediaStream[] = [];
  beforeEach(() => {
    streams = [];
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await getUserMedia(constraints);
      streams.push(stream);
      return stream;
    };
  });
  afterEach(() => {
    navigator.mediaDevices.getUserMedia = getUserMedia;
  });

  for (const [name, change, words] of changes) {
    for (const take of ['being recorded', 'under review'] as const) {
      it(`${name}, a take ${take}: ${words ? 'said why, the details stay (view-only), focus in them' : 'the details close, focus on the task, nothing said'}; the microphone released`, async () => {
        const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), participantLanguage: 'ti' }}></vk-task-ladder>`);
        await settle(el);
        const recorder = await openTaskRecorder(el);
        recorder.maxSeconds = take === 'being recorded' ? 5 : 1;
        void recorder.record();
        await waitUntil(() => recorder.state === (take === 'being recorded' ? 'recording' : 'review'), `no take ${take}`, { timeout: 8000 });
        await recorder.updateComplete;
        // Focus where the user is: on Stop, or on the take's Save.
        recorder.shadowRoot!.querySelector<HTMLElement>(take === 'being recorded' ? '.record' : '.save')!.focus();
        const said = recordAnnouncements(el);

        change(el);
        await settle(el);
        await frames();
        expect(popoverRecorder(el), 'the recorder is gone (its take with it)').to.equal(null);
        expect(
          streams.flatMap((s) => s.getTracks()).map((t) => t.readyState),
          'the microphone released',
        ).to.deep.equal(['ended']);
        const focus = deepFocus();
        expect(focus && el.shadowRoot!.contains(focus), `focus in the ladder, not on ${focus?.localName}`).to.equal(true);
        if (words) {
          expect(said, 'the user is told why, once').to.deep.equal([words]);
          const details = el.shadowRoot!.querySelector<HTMLElement>('.vk-popover:popover-open');
          expect(details, 'the details stay open').to.not.equal(null);
          expect(details!.contains(focus), 'focus in the details').to.equal(true);
          // A later update (another change of the host's) says nothing more.
          el.value = { ...el.value!, mentor: { name: 'Per' } };
          await settle(el);
          expect(said).to.have.length(1);
        } else {
          expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'the details closed').to.equal(null);
          expect((focus as HTMLElement).dataset.key, 'focus on the task').to.equal('t1');
          expect(said, 'nothing said (disabled: silent, as every panel it closes)').to.deep.equal([]);
        }
      });
    }
  }
});
