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
});
