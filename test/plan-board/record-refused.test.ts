import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { announced, record, recordAnnouncements } from '../helpers/index.js';
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

  // Before: the form's Lagre went on without the refused take: the typed title was saved, the form
  // closed, and the take was gone with the recorder (a half save, "Opptaket kunne ikke lagres" at
  // once replaced by "Norskkurs A: endret"). Save is one act, as with an empty title.
  it('the form\'s Lagre with a take the host refuses saves nothing and keeps the form, the take and its reason', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${{ ...samplePlan(), participantLanguage: 'ti' }}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    el.addEventListener('vk-change', (e) => 'audio' in ((e as CustomEvent).detail.operation.changes ?? {}) && e.preventDefault());
    const recorder = await editorRecorder(el);
    recorder.maxSeconds = 1;
    await recorder.record();
    for (let i = 0; recorder.state !== 'review' && i < 300; i++) await frame();
    const title = el.shadowRoot!.querySelector<HTMLInputElement>('.edit-form input[name="title"]')!;
    title.value = 'Norskkurs A';
    el.shadowRoot!.querySelector<HTMLButtonElement>('.edit-form button[type="submit"]')!.click();
    for (let i = 0; events.length < 1 && i < 60; i++) await frame();
    await frame();
    await el.updateComplete;
    await recorder.updateComplete;

    expect(events.map((e) => Object.keys((e.detail as { operation: { changes: object } }).operation.changes)), 'only the refused audio was asked').to.deep.equal([['audio']]);
    expect(el.value!.cards.find((c) => c.id === 'c1')!.title).not.to.deep.equal('Norskkurs A');
    expect(el.shadowRoot!.querySelector('.edit-form'), 'the form stays open').to.not.equal(null);
    expect(title.value, 'the typing stays').to.equal('Norskkurs A');
    expect(recorder.state, 'the take waits').to.equal('review');
    expect(recorder.shadowRoot!.querySelector('#refused')?.textContent?.trim()).to.equal('Opptaket kunne ikke lagres i planen.');
    expect(recorder.shadowRoot!.activeElement?.classList.contains('save'), 'focus on "Lagre opptaket", described by the reason').to.equal(true);
    expect(el.shadowRoot!.querySelector('[data-vk-announcer]')?.textContent?.trim()).to.equal('Opptaket kunne ikke lagres i planen.');
  });
});

// The same refusal where the board skips the commit: a take that arrives (Save keeps it with
// finish(), after its conversion) for a card the host removed meanwhile — the form stays, saying so,
// its recorder gone — was refused with nothing said, while a refusal by commit (not editable, or
// cancelled) said "Opptaket kunne ikke lagres i planen.". Now both say it, once.
describe('plan board: a take for a card the host removed meanwhile is refused and said', () => {
  it('nothing written, no vk-change, the recorder\'s words announced once', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${{ ...samplePlan(), participantLanguage: 'ti' }}></vk-plan-board>`);
    const recorder = await editorRecorder(el);
    el.value = { ...el.value!, cards: el.value!.cards.filter((c) => c.id !== 'c1') };
    await el.updateComplete;
    await frame();
    expect(el.shadowRoot!.querySelector('.edit-form'), 'the form stays, saying the card is gone').to.not.equal(null);
    const before = el.value;
    const events = record(el, 'vk-change');
    const said = recordAnnouncements(el);
    const kept = recorder.dispatchEvent(new CustomEvent('vk-recording', { detail: { url: 'data:audio/webm;base64,GkXfo59C' }, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    await recorder.updateComplete;

    expect(kept, 'the recorder told it was not kept').to.equal(false);
    expect(events, 'nothing asked of the host').to.have.length(0);
    expect(el.value, 'the value untouched').to.equal(before);
    expect(said).to.deep.equal(['Opptaket kunne ikke lagres i planen.']);
    expect(announced(el)).to.equal('Opptaket kunne ikke lagres i planen.');
  });
});
