import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkAudioRecorder } from '../../src/core/recorder.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { record, settle, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

// A host that cancels the recording's task.update: the ladder cancelled vk-recording (the recorder
// kept its old value) and the take stayed under review with nothing in view. The recorder now shows
// why by its Save button (WCAG 3.3.1); the live region keeps the ladder's "Endring avbrutt".
describe('task ladder: a recording the host refuses is shown in the details\' recorder', () => {
  it('the reason stands by "Lagre opptaket", described by it; nothing is saved', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), participantLanguage: 'ti' }}></vk-task-ladder>`);
    await settle(el);
    const events = record(el, 'vk-change');
    el.addEventListener('vk-change', (e) => e.preventDefault());
    shadowAll(el, '.task-button').find((b) => b.dataset.key === 't1')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.vk-popover vk-audio-recorder') && customElements.get('vk-audio-recorder'), 'no recorder');
    const recorder = el.shadowRoot!.querySelector<VkAudioRecorder>('.vk-popover vk-audio-recorder')!;
    await recorder.updateComplete;
    recorder.maxSeconds = 1;
    void recorder.record();
    await waitUntil(() => recorder.state === 'review', 'no take under review', { timeout: 8000 });
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
    shadowAll(el, '.task-button').find((b) => b.dataset.key === 't1')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.vk-popover vk-audio-recorder') && customElements.get('vk-audio-recorder'), 'no recorder');
    const recorder = el.shadowRoot!.querySelector<VkAudioRecorder>('.vk-popover vk-audio-recorder')!;
    await recorder.updateComplete;
    const level = el.value!.phases.flatMap((p) => p.tasks).find((t) => t.id === 't1')!.level;
    const other = el.shadowRoot!.querySelector<HTMLInputElement>(`.level-form input[name="level"]:not([value="${level}"])`)!;
    other.click();
    recorder.maxSeconds = 1;
    void recorder.record();
    await waitUntil(() => recorder.state === 'review', 'no take under review', { timeout: 8000 });
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
