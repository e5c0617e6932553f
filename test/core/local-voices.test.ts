import { expect } from '@open-wc/testing';
import { browserSpeech } from '../../src/core/read-aloud.js';

// contract.md §9: the widgets call no network but the host's own pictogram and audio URLs. An
// online voice (Chrome's "Google …", Edge's "… Online (Natural)": `localService` false) sends
// the text it reads — a participant's plan — to its maker's servers. Only on-device voices are
// used; a host that accepts an online one passes its own engine to setSpeechEngine.
describe('read-aloud uses only on-device voices', () => {
  const synth = speechSynthesis as SpeechSynthesis & { getVoices: () => SpeechSynthesisVoice[]; speak: (u: SpeechSynthesisUtterance) => void };
  const voice = (lang: string, localService: boolean): SpeechSynthesisVoice => ({ lang, name: `${lang} ${localService ? 'local' : 'online'}`, default: false, localService, voiceURI: `${lang}-${localService}` }) as SpeechSynthesisVoice;
  let spoken: SpeechSynthesisUtterance[] = [];
  beforeEach(() => {
    spoken = [];
    synth.getVoices = () => [voice('nb-NO', true), voice('ar-SA', false), voice('nb-NO', false)];
    synth.speak = (u) => {
      spoken.push(u);
      queueMicrotask(() => u.onend?.(new Event('end') as SpeechSynthesisEvent));
    };
  });
  afterEach(() => {
    delete (synth as Partial<SpeechSynthesis>).getVoices;
    delete (synth as Partial<SpeechSynthesis>).speak;
  });

  it('a language with only an online voice has no voice', () => {
    expect(browserSpeech.hasVoice('ar')).to.equal(false);
    expect(browserSpeech.hasVoice('nb')).to.equal(true);
    expect(browserSpeech.hasVoice('nb-NO')).to.equal(true);
  });

  it('asked to speak a language with no on-device voice, speaks nothing (the browser would pick any voice, online too)', async () => {
    await browserSpeech.speak('دورة', 'ar', new AbortController().signal);
    expect(spoken).to.deep.equal([]);
  });
});
