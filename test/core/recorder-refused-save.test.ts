import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setLocale } from '../../src/core/localize.js';
import { axeViolations, describeViolations } from '../a11y/axe.js';
import { forcedColors } from '../a11y/story-harness.js';
import type { VkAudioRecorder } from '../../src/core/recorder.js';

// A take the widget could not keep (its vk-recording cancelled: the host refused the card.update or
// task.update) left the recorder in review with nothing shown: the board only announced "Opptaket
// kunne ikke lagres i planen.", and a sighted user saw a Save button that did nothing (WCAG 3.3.1).

const REFUSED = 'Opptaket kunne ikke lagres i planen.';
const playableWav = 'data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=';

async function mount(value: string | null = null): Promise<VkAudioRecorder> {
  const { recorderTag } = await import('../../src/core/recorder.js');
  expect(customElements.get(recorderTag)).to.exist;
  return fixture<VkAudioRecorder>(html`<vk-audio-recorder lang="ti" language-name="tigrinja" max-seconds="1" .value=${value}></vk-audio-recorder>`);
}

const part = <T extends HTMLElement = HTMLElement>(el: VkAudioRecorder, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);

/** Chromium's fake microphone, until the recorder stops itself at max-seconds and offers the take. */
async function take(el: VkAudioRecorder): Promise<void> {
  void el.record();
  await waitUntil(() => el.state === 'review', 'no take under review', { timeout: 8000 });
  await el.updateComplete;
}

/** The visible refusal, checked: described by the button that was pressed, and no live region (the widget says it once). */
function refusal(el: VkAudioRecorder, button: string): string | null {
  const text = part(el, '.message#refused');
  if (!text) return null;
  expect(part(el, button)?.getAttribute('aria-describedby')).to.equal('refused');
  expect(text.closest('[role="status"], [role="alert"], [aria-live]'), 'not a live region').to.equal(null);
  expect(text.getAttribute('role')).to.equal(null);
  expect(text.checkVisibility()).to.equal(true);
  return text.textContent!.trim();
}

describe('vk-audio-recorder: a save the widget could not keep is shown', () => {
  afterEach(async () => {
    await forcedColors(false);
    await setLocale('nb');
  });

  it('a refused take stays under review with the reason in view, the Save button described by it', async () => {
    const el = await mount(playableWav);
    el.addEventListener('vk-recording', (e) => e.preventDefault());
    await take(el);
    expect(part(el, '.message#refused'), 'nothing before Save').to.equal(null);
    part(el, '.save')!.focus();
    part(el, '.save')!.click();
    await el.updateComplete;
    expect(el.state).to.equal('review');
    expect(el.value).to.equal(playableWav);
    expect(refusal(el, '.save')).to.equal(REFUSED);
    expect(el.shadowRoot!.activeElement?.classList.contains('save'), 'focus stays on Save').to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent, 'the recorder does not say it too').not.to.contain(REFUSED);
  });

  it('the message goes with the next take, with discard, and with a save that is kept', async () => {
    const el = await mount();
    let refuse = true;
    el.addEventListener('vk-recording', (e) => refuse && e.preventDefault());
    await take(el);
    part(el, '.save')!.click();
    await el.updateComplete;
    expect(refusal(el, '.save')).to.equal(REFUSED);

    // Next take: gone as recording starts.
    void el.record();
    await waitUntil(() => el.state === 'recording' || el.state === 'requesting');
    await el.updateComplete;
    expect(part(el, '.message#refused'), 'next take').to.equal(null);
    await waitUntil(() => el.state === 'review', 'no take under review', { timeout: 8000 });
    part(el, '.save')!.click();
    await el.updateComplete;
    expect(refusal(el, '.save')).to.equal(REFUSED);

    part(el, '.discard')!.click();
    await el.updateComplete;
    expect(part(el, '.message#refused'), 'discard').to.equal(null);

    await take(el);
    part(el, '.save')!.click();
    await el.updateComplete;
    expect(refusal(el, '.save')).to.equal(REFUSED);
    refuse = false;
    part(el, '.save')!.click();
    await el.updateComplete;
    expect(el.state).to.equal('idle');
    expect(el.value).to.match(/^data:audio\//);
    expect(part(el, '.message#refused'), 'kept save').to.equal(null);
    expect(part(el, '.save')).to.equal(null);
  });

  it('a refused removal says so by the remove button, until the host changes the recording', async () => {
    const el = await mount(playableWav);
    el.addEventListener('vk-recording', (e) => e.preventDefault());
    part(el, '.remove')!.click();
    await el.updateComplete;
    expect(el.value).to.equal(playableWav);
    expect(refusal(el, '.remove')).to.equal(REFUSED);
    el.value = null;
    await el.updateComplete;
    expect(part(el, '.message#refused')).to.equal(null);
  });

  it('in the UI language (Arabic)', async () => {
    await setLocale('ar');
    const el = await mount();
    el.addEventListener('vk-recording', (e) => e.preventDefault());
    await take(el);
    part(el, '.save')!.click();
    await el.updateComplete;
    const text = refusal(el, '.save');
    expect(text).to.equal('تعذّر حفظ التسجيل في الخطة.');
  });

  it('axe finds nothing with the message shown, forced colours off and active', async () => {
    const el = await mount();
    el.addEventListener('vk-recording', (e) => e.preventDefault());
    await take(el);
    part(el, '.save')!.click();
    await el.updateComplete;
    expect(refusal(el, '.save')).to.equal(REFUSED);
    for (const forced of [false, true]) {
      await forcedColors(forced);
      expect(describeViolations(await axeViolations(el)), `forced colours ${forced ? 'active' : 'off'}`).to.deep.equal([]);
    }
  });
});
