import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkAudioRecorder } from '../../src/core/recorder.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { announced, record, recordAnnouncements, settle, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';
import { openTaskRecorder, recordTake } from './recorder-steps.js';

// A host that cancels the recording's task.update: the ladder cancelled vk-recording (the recorder
// kept its old value) and the take stayed under review with nothing in view. The recorder now shows
// why by its Save button (WCAG 3.3.1); the live region keeps the ladder's "Endring avbrutt".
describe('task ladder: a recording the host refuses is shown in the details\' recorder', () => {
  it('the reason stands by "Lagre opptaket", described by it; nothing is saved', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), participantLanguage: 'ti' }}></vk-task-ladder>`);
    await settle(el);
    const events = record(el, 'vk-change');
    el.addEventListener('vk-change', (e) => e.preventDefault());
    const recorder = await openTaskRecorder(el);
    await recordTake(recorder);
    await recorder.updateComplete;
    const save = recorder.shadowRoot!.querySelector<HTMLButtonElement>('.save')!;
    save.click();
    await settle(el);
    await recorder.updateComplete;

    expect(events, 'the ladder asked the host').to.have.length(1);
    expect(el.value!.phases.flatMap((p) => p.tasks).find((t) => t.id === 't1')!.audio?.ti, 'nothing saved').to.equal(undefined);
    expect(recorder.state, 'the take waits').to.equal('review');
    const message = recorder.shadowRoot!.querySelector<HTMLElement>('#refused')!;
    expect(message?.textContent?.trim()).to.equal('Opptaket kunne ikke lagres i planen.');
    expect(message.checkVisibility()).to.equal(true);
    expect(save.getAttribute('aria-describedby')).to.equal('refused');
    expect(message.closest('[aria-live], [role="status"], [role="alert"]'), 'no live region of its own').to.equal(null);
    expect(el.shadowRoot!.querySelector('[data-vk-announcer]')?.textContent?.trim()).to.match(/^Endring avbrutt\./);
  });

  // Before: "Lagre nivå" went on without the refused take: the level was saved, the details closed,
  // and the take was gone with them.
  it('"Lagre nivå" with a take the ladder cannot commit saves nothing and keeps the details, the take and its reason', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), participantLanguage: 'ti' }}></vk-task-ladder>`);
    await settle(el);
    const events = record(el, 'vk-change');
    el.addEventListener('vk-change', (e) => (e as CustomEvent).detail.operation.type === 'task.update' && e.preventDefault());
    const recorder = await openTaskRecorder(el);
    const level = el.value!.phases.flatMap((p) => p.tasks).find((t) => t.id === 't1')!.level;
    const other = el.shadowRoot!.querySelector<HTMLInputElement>(`.level-form input[name="level"]:not([value="${level}"])`)!;
    other.click();
    await recordTake(recorder);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.save-level')!.click();
    await waitUntil(() => events.length >= 1, 'nothing asked');
    await settle(el);
    await recorder.updateComplete;

    expect(events.map((e) => (e.detail as { operation: { type: string } }).operation.type), 'only the refused recording was asked').to.deep.equal(['task.update']);
    expect(el.value!.phases.flatMap((p) => p.tasks).find((t) => t.id === 't1')!.level, 'the level waits too').to.equal(level);
    expect(el.shadowRoot!.querySelector('.vk-popover .level-form'), 'the details stay open').to.not.equal(null);
    expect(recorder.isConnected).to.equal(true);
    expect(recorder.state, 'the take waits').to.equal('review');
    expect(recorder.shadowRoot!.querySelector('#refused')?.textContent?.trim()).to.equal('Opptaket kunne ikke lagres i planen.');
    expect(recorder.shadowRoot!.activeElement?.classList.contains('save'), 'focus on "Lagre opptaket"').to.equal(true);
  });
});

// A take arrives after its conversion ("Lagre nivå" keeps it with finish()), by when the host may
// have changed what the recorder was shown for. The ladder read the render's snapshot: a ladder made
// read-only or switched to participant mode got the take written all the same (the recorder gone
// from the details, its listener the last one bound); a task removed was refused inside commit with
// nothing said, the recorder showing why to no one. Now each is refused before the commit and said
// once, in the words the recorder shows (the board's). A participant language removed meanwhile is
// no such reason: the take is still audio in the language it was spoken in (take-language.test.ts).
describe('task ladder: a take that arrives after the host changed the ladder is refused and said', () => {
  const REFUSED = 'Opptaket kunne ikke lagres i planen.';
  const cases: Array<[string, (el: VkTaskLadder) => void]> = [
    ['made read-only', (el) => (el.readonly = true)],
    ['switched to participant mode', (el) => (el.mode = 'participant')],
    ['the task removed', (el) => (el.value = { ...el.value!, phases: el.value!.phases.map((p) => ({ ...p, tasks: p.tasks.filter((t) => t.id !== 't1') })) })],
  ];
  for (const [what, change] of cases) {
    it(`${what}: nothing written, no vk-change, "${REFUSED}" announced once`, async () => {
      const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), participantLanguage: 'ti' }}></vk-task-ladder>`);
      await settle(el);
      shadowAll(el, '.task-button').find((b) => b.dataset.key === 't1')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.vk-popover vk-audio-recorder'), 'no recorder');
      const recorder = el.shadowRoot!.querySelector<VkAudioRecorder>('.vk-popover vk-audio-recorder')!;
      change(el);
      await settle(el);
      const before = el.value;
      const events = record(el, 'vk-change');
      const said = recordAnnouncements(el);
      const saved = recorder.dispatchEvent(new CustomEvent('vk-recording', { detail: { url: 'data:audio/webm;base64,GkXfo59C', lang: 'ti' }, bubbles: true, composed: true, cancelable: true }));
      await settle(el);

      expect(saved, 'the recorder told it was not kept').to.equal(false);
      expect(events, 'nothing asked of the host').to.have.length(0);
      expect(el.value, 'the value untouched').to.equal(before);
      expect(said).to.deep.equal([REFUSED]);
      expect(announced(el)).to.equal(REFUSED);
    });
  }

  it('a host that cancels the task.update still hears "Endring avbrutt." alone', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), participantLanguage: 'ti' }}></vk-task-ladder>`);
    await settle(el);
    el.addEventListener('vk-change', (e) => e.preventDefault());
    shadowAll(el, '.task-button').find((b) => b.dataset.key === 't1')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.vk-popover vk-audio-recorder'), 'no recorder');
    const said = recordAnnouncements(el);
    el.shadowRoot!.querySelector('.vk-popover vk-audio-recorder')!.dispatchEvent(new CustomEvent('vk-recording', { detail: { url: 'data:audio/webm;base64,GkXfo59C', lang: 'ti' }, bubbles: true, composed: true, cancelable: true }));
    await settle(el);
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^Endring avbrutt\./);
  });
});
