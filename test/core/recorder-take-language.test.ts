import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { VkAudioRecorder, VkRecordingEvent } from '../../src/core/recorder.js';
import { group, isolated, mountRecorder, part } from './recorder-fixture.js';

const mount = mountRecorder;

/** Records with Chromium's fake microphone until the recorder stops itself at max-seconds (1 s). */
async function recordOneSecond(el: VkAudioRecorder): Promise<void> {
  part<HTMLButtonElement>(el, '.record')?.click();
  await waitUntil(() => el.state === 'recording', 'recording did not start', { timeout: 5000 });
  await el.updateComplete;
  await waitUntil(() => el.state === 'review', 'recording did not stop at max-seconds', { timeout: 8000 });
  await el.updateComplete;
}

// Before: a widget that relabelled its recorder while a take was under review (the host changed the
// participant language ti → ar) made the Tigrinya take "Opptak på arabisk", and its vk-recording
// said nothing of its language, so the widget saved it as the Arabic recording. A take is audio in
// the language it was spoken in: the recorder keeps naming it, and its event says which.
describe('vk-audio-recorder: a take keeps the language it was recorded in', () => {
  it('relabelled while a take is under review: still "Opptak på tigrinja", saved with lang "ti"; then the new language', async () => {
    const el = await mount('ti', 'tigrinja');
    await recordOneSecond(el);
    el.lang = 'ar';
    el.languageName = 'arabisk';
    await el.updateComplete;
    expect(group(el), 'the take is still Tigrinya').to.equal(`Opptak på ${isolated('tigrinja')}`);
    const saved = oneEvent(el, 'vk-recording') as Promise<VkRecordingEvent>;
    part<HTMLButtonElement>(el, '.save')!.click();
    const event = await saved;
    expect(event.detail.lang).to.equal('ti');
    expect(event.detail.url).to.match(/^data:audio\//);
    await el.updateComplete;
    expect(group(el), 'done with the take: the recorder is Arabic now').to.equal(`Opptak på ${isolated('arabisk')}`);
    // Before: the saved take became its value, shown (and removable) as the Arabic recording.
    expect(el.value, 'the Tigrinya take is not the Arabic recording').to.equal(null);
    expect(part(el, '.remove'), 'nothing to remove in Arabic').to.equal(null);
  });

  it('relabelled while recording: the take is the language recording started in; thrown away, the recorder takes the new one', async () => {
    const el = await mount('ti', 'tigrinja');
    part<HTMLButtonElement>(el, '.record')?.click();
    await waitUntil(() => el.state === 'recording', 'recording did not start', { timeout: 5000 });
    el.lang = 'ar';
    el.languageName = 'arabisk';
    await el.updateComplete;
    expect(group(el)).to.equal(`Opptak på ${isolated('tigrinja')}`);
    await waitUntil(() => el.state === 'review', 'recording did not stop at max-seconds', { timeout: 8000 });
    await el.updateComplete;
    expect(group(el)).to.equal(`Opptak på ${isolated('tigrinja')}`);
    part<HTMLButtonElement>(el, '.discard')!.click();
    await el.updateComplete;
    expect(group(el)).to.equal(`Opptak på ${isolated('arabisk')}`);
    expect(part(el, '.record')?.textContent).to.contain(`Ta opp på ${isolated('arabisk')}`);
  });

  it('a removal names the language of the recording removed', async () => {
    await import('../../src/core/recorder.js');
    const el = await fixture<VkAudioRecorder>(html`<vk-audio-recorder lang="ti" language-name="tigrinja" .value=${'data:audio/webm;base64,GkXfo59C'}></vk-audio-recorder>`);
    const removed = oneEvent(el, 'vk-recording') as Promise<VkRecordingEvent>;
    part<HTMLButtonElement>(el, '.remove')!.click();
    expect((await removed).detail).to.deep.equal({ url: null, lang: 'ti' });
  });
});
