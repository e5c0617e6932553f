import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { record } from '../helpers/index.js';
import { editorRecorder, frame, samplePlan } from './helpers.js';

// A host that cancels the recording's card.update: the board announced "Opptaket kunne ikke lagres
// i planen." and the recorder stayed in review with nothing in view (WCAG 3.3.1). The recorder now
// shows those words by its Save button; the board still says them once.
describe('plan board: a recording the host refuses is shown in the edit form\'s recorder', () => {
  it('the reason stands by "Lagre opptaket", described by it, and is announced once', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${{ ...samplePlan(), participantLanguage: 'ti' }}></vk-plan-board>`);
    const before = el.value!.cards.find((c) => c.id === 'c1')!.audio ?? null;
    const events = record(el, 'vk-change');
    el.addEventListener('vk-change', (e) => e.preventDefault());
    const recorder = await editorRecorder(el);
    recorder.maxSeconds = 1;
    await recorder.record();
    for (let i = 0; recorder.state !== 'review' && i < 300; i++) await frame();
    await recorder.updateComplete;
    const save = recorder.shadowRoot!.querySelector<HTMLButtonElement>('.save')!;
    save.click();
    await el.updateComplete;
    await recorder.updateComplete;

    expect(events, 'the board asked the host').to.have.length(1);
    expect(el.value!.cards.find((c) => c.id === 'c1')!.audio ?? null, 'nothing saved').to.deep.equal(before);
    expect(recorder.state, 'the take waits').to.equal('review');
    const message = recorder.shadowRoot!.querySelector<HTMLElement>('#refused')!;
    expect(message?.textContent?.trim()).to.equal('Opptaket kunne ikke lagres i planen.');
    expect(message.checkVisibility()).to.equal(true);
    expect(save.getAttribute('aria-describedby')).to.equal('refused');
    expect(el.shadowRoot!.querySelector('[data-vk-announcer]')?.textContent?.trim()).to.equal('Opptaket kunne ikke lagres i planen.');
    expect(message.closest('[aria-live], [role="status"], [role="alert"]'), 'said once: the shown text is no live region').to.equal(null);
  });
});
