/**
 * A recorder no longer shown while it has the microphone: the host hides the widget (`hidden`, a
 * tab panel closed around it: display: none), a `<details>` around it closes, or `visibility:
 * hidden`, or the page itself hidden (another tab chosen). Before 6 Dec 2026 (a newcomer's QA) MediaRecorder went on recording and the microphone
 * stayed on, out of sight, its Stop gone with the widget. Now recording stops as if Stop had been
 * pressed: the microphone's track ends, the take waits under review (not saved), and shown again
 * the user finds it. In the recorder alone, in the task ladder's details and in the plan board's
 * edit form (Chromium's fake microphone).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkAudioRecorder } from '../../src/core/recorder.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { record, settle } from '../helpers/index.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { openTaskRecorder, popoverRecorder } from '../task-ladder/recorder-steps.js';
import { editorRecorder, samplePlan } from '../plan-board/helpers.js';

const frames = async (n = 3): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('a recorder hidden while it has the microphone', () => {
  const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  /** The microphone tracks the recorders were given. */
  let tracks: MediaStreamTrack[] = [];
  /** Until called, the microphone is "being asked for" (getUserMedia waits). */
  let granted: Promise<void> = Promise.resolve();
  beforeEach(() => {
    tracks = [];
    granted = Promise.resolve();
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await getUserMedia(constraints);
      tracks.push(...stream.getTracks());
      await granted;
      return stream;
    };
  });
  afterEach(() => {
    navigator.mediaDevices.getUserMedia = getUserMedia;
  });

  const states = (): string[] => tracks.map((t) => t.readyState);

  /**
   * The page hidden or shown again as the browser does it when another tab is chosen: the test's
   * own tab cannot be sent to the background, so `document.visibilityState` answers `state` (null:
   * the browser's own answer again) and `visibilitychange` fires.
   */
  function pageVisibility(state: 'hidden' | null): void {
    if (state) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    else delete (document as { visibilityState?: unknown }).visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
  }
  afterEach(() => pageVisibility(null));

  /** Records (long enough not to stop by itself), hides the recorder by `hide`, shows it again by `show`; nothing saved. */
  async function hideWhileRecording(recorder: VkAudioRecorder, hide: () => void, show: () => void): Promise<void> {
    const events = record(recorder, 'vk-recording');
    recorder.maxSeconds = 20;
    void recorder.record();
    await waitUntil(() => recorder.state === 'recording', 'not recording', { timeout: 8000 });
    expect(states(), 'the microphone on').to.deep.equal(['live']);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    hide();
    await waitUntil(() => recorder.state === 'review', `still ${recorder.state} out of sight`, { timeout: 5000 });
    expect(states(), 'the microphone released').to.deep.equal(['ended']);
    show();
    await recorder.updateComplete;
    await frames();
    const save = recorder.shadowRoot!.querySelector<HTMLElement>('.save');
    expect(save?.checkVisibility(), 'shown again: the take under review, "Lagre opptaket" in view').to.equal(true);
    expect(recorder.shadowRoot!.querySelector<HTMLAudioElement>('audio.take')?.src, 'the take to hear').to.match(/^data:audio\//);
    expect(events, 'nothing saved').to.have.length(0);
  }

  async function mount(): Promise<{ wrapper: HTMLElement; recorder: VkAudioRecorder }> {
    await import('../../src/core/recorder.js');
    const wrapper = await fixture<HTMLElement>(html`<details open><summary>Opptak</summary><div><vk-audio-recorder lang="ti" language-name="tigrinja"></vk-audio-recorder></div></details>`);
    return { wrapper, recorder: wrapper.querySelector('vk-audio-recorder')! };
  }

  for (const [how, hide, show] of [
    ['hidden on it', (w: HTMLElement) => (w.querySelector<HTMLElement>('vk-audio-recorder')!.hidden = true), (w: HTMLElement) => (w.querySelector<HTMLElement>('vk-audio-recorder')!.hidden = false)],
    ['display: none around it (a closed tab panel)', (w: HTMLElement) => (w.querySelector('div')!.style.display = 'none'), (w: HTMLElement) => (w.querySelector('div')!.style.display = '')],
    ['a <details> around it closed', (w: HTMLElement) => ((w as HTMLDetailsElement).open = false), (w: HTMLElement) => ((w as HTMLDetailsElement).open = true)],
    ['visibility: hidden around it', (w: HTMLElement) => (w.style.visibility = 'hidden'), (w: HTMLElement) => (w.style.visibility = '')],
    ['the page hidden (another tab chosen, the screen locked)', () => pageVisibility('hidden'), () => pageVisibility(null)],
  ] as const) {
    it(`the recorder alone, ${how}: stops, the microphone released, the take under review`, async () => {
      const { wrapper, recorder } = await mount();
      await hideWhileRecording(recorder, () => hide(wrapper), () => show(wrapper));
    });
  }

  it('scrolled out of view it goes on recording', async () => {
    const { wrapper, recorder } = await mount();
    wrapper.style.marginBlockStart = '300vh';
    recorder.maxSeconds = 20;
    void recorder.record();
    await waitUntil(() => recorder.state === 'recording', 'not recording', { timeout: 8000 });
    await frames(10);
    expect(recorder.state).to.equal('recording');
    expect(states()).to.deep.equal(['live']);
    await recorder.stop();
  });

  it('hidden while waiting for the microphone: nothing recorded, the microphone released once it comes', async () => {
    const { wrapper, recorder } = await mount();
    let grant = (): void => undefined;
    granted = new Promise((resolve) => (grant = resolve));
    void recorder.record();
    await waitUntil(() => recorder.state === 'requesting' && tracks.length === 1, 'not asking', { timeout: 5000 });
    wrapper.hidden = true;
    await frames();
    expect(recorder.state, 'cancelled').to.equal('idle');
    grant();
    await waitUntil(() => states()[0] === 'ended', 'the microphone left on', { timeout: 5000 });
    wrapper.hidden = false;
    await recorder.updateComplete;
    expect(recorder.state).to.equal('idle');
    expect(recorder.shadowRoot!.querySelector('[role=status]')?.textContent).to.equal('Opptaket er avbrutt.');
  });

  it('task ladder: the details\' recorder, the ladder hidden: stops, the microphone released; shown again, the take waits in the details', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), participantLanguage: 'ti' }}></vk-task-ladder>`);
    await settle(el);
    const recorder = await openTaskRecorder(el);
    await hideWhileRecording(
      recorder,
      () => (el.hidden = true),
      () => (el.hidden = false),
    );
    expect(popoverRecorder(el), 'the same recorder, in the details still open').to.equal(recorder);
  });

  it('task ladder: a wrapper set to display: none (a tab panel closed)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><vk-task-ladder .value=${{ ...sampleLadder(), participantLanguage: 'ti' }}></vk-task-ladder></div>`);
    const el = wrapper.querySelector('vk-task-ladder')!;
    await settle(el);
    const recorder = await openTaskRecorder(el);
    await hideWhileRecording(
      recorder,
      () => (wrapper.style.display = 'none'),
      () => (wrapper.style.display = ''),
    );
    expect(popoverRecorder(el)).to.equal(recorder);
  });

  it('plan board: the edit form\'s recorder, the board hidden: stops, the microphone released; shown again, the take waits in the form', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${{ ...samplePlan(), participantLanguage: 'ti' }}></vk-plan-board>`);
    await settle(el);
    const recorder = (await editorRecorder(el)) as unknown as VkAudioRecorder;
    const changes = record(el, 'vk-change');
    await hideWhileRecording(
      recorder,
      () => (el.hidden = true),
      () => (el.hidden = false),
    );
    expect(el.shadowRoot!.querySelector('.edit-form vk-audio-recorder'), 'the same recorder, in the form still open').to.equal(recorder);
    expect(changes, 'nothing saved in the plan').to.have.length(0);
  });
});
