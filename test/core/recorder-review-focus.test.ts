import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { VkAudioRecorder } from '../../src/core/recorder.js';

// A newcomer stopped a take by keyboard: the status said "Opptaket er 2 sekunder langt. Hør på det,
// og lagre det." but focus went to "Lagre opptaket", past the take's player, which a keyboard user
// reached only with Shift+Tab. Focus now goes to the player (the step the status names first), with
// "Lagre opptaket" the next stop after it; the host carries `data-take` while a take is under review
// (the board hides its "Ingen stemme for … — ta opp en" meanwhile: test/plan-board/record-no-voice-note.test.ts).

async function mount(maxSeconds = 30): Promise<VkAudioRecorder> {
  await import('../../src/core/recorder.js');
  return fixture<VkAudioRecorder>(html`<vk-audio-recorder lang="ar" language-name="arabisk" max-seconds=${maxSeconds}></vk-audio-recorder>`);
}

const part = <T extends Element = HTMLElement>(el: VkAudioRecorder, selector: string): T | null => el.shadowRoot?.querySelector<T>(selector) ?? null;

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}

/** The recorder's buttons in Tab order (document order: none has a tabindex). */
const buttons = (el: VkAudioRecorder): string[] => [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.className);

describe('recorder: after Stop, focus is on the take\'s player, "Lagre opptaket" next', () => {
  it('Stop pressed from the keyboard: focus on the new take\'s player, Save the first button after it', async () => {
    const el = await mount();
    const record = part<HTMLButtonElement>(el, '.record')!;
    record.focus();
    record.click();
    await waitUntil(() => el.state === 'recording', 'recording did not start', { timeout: 5000 });
    await el.updateComplete;
    expect(el.hasAttribute('data-take'), 'no take while recording').to.equal(false);
    // Something recorded before Stop (the fake microphone's tone on the level meter).
    await waitUntil(() => (part<HTMLMeterElement>(el, 'meter')?.value ?? 0) > 0, 'no level shown', { timeout: 5000 });
    part<HTMLButtonElement>(el, '.record')!.click();
    await waitUntil(() => el.state === 'review', 'did not stop', { timeout: 5000 });
    await el.updateComplete;

    expect(part(el, '[role=status]')?.textContent).to.contain('Hør på det, og lagre det.');
    const player = part<HTMLAudioElement>(el, 'audio.take')!;
    expect(deepActive(), 'focus on the player the status asks to hear').to.equal(player);
    expect(buttons(el), 'after the player: Save, then record again, then discard').to.deep.equal(['save', 'record', 'discard']);
    expect(player.compareDocumentPosition(part(el, '.save')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'Save after the player').to.not.equal(0);
    expect(el.hasAttribute('data-take'), 'the host says a take is under review').to.equal(true);

    el.discard();
    await el.updateComplete;
    expect(el.hasAttribute('data-take'), 'no take once it is thrown away').to.equal(false);
    expect(deepActive()).to.equal(part(el, '.record'));
  });

  it('stopped at the time limit with focus on Stop: the same, focus on the player', async () => {
    const el = await mount(1);
    const record = part<HTMLButtonElement>(el, '.record')!;
    record.focus();
    record.click();
    await waitUntil(() => el.state === 'recording', 'recording did not start', { timeout: 5000 });
    await waitUntil(() => el.state === 'review', 'did not stop at max-seconds', { timeout: 8000 });
    await el.updateComplete;

    expect(part(el, '[role=status]')?.textContent).to.contain('det lengste et opptak kan være');
    expect(deepActive()).to.equal(part(el, 'audio.take'));
    expect(el.save()).to.equal(true);
    await el.updateComplete;
    expect(el.hasAttribute('data-take'), 'saved: no take under review').to.equal(false);
    expect(buttons(el), 'idle with a recording: record first').to.deep.equal(['record', 'remove']);
  });
});
