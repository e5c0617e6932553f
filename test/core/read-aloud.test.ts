import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/define.js';
import { ReadAloud, canReadAloud, setSpeechEngine, speechAvailability, type SpeechEngine } from '../../src/core/read-aloud.js';
import { sampleLadder } from '../task-ladder/sample.js';

/** The smallest host of a ReadAloud controller: counts its renders. */
class ReadAloudHost extends LitElement {
  readonly reader = new ReadAloud(this);
  renders = 0;
  protected override render(): unknown {
    this.renders++;
    return html`${this.reader.speaking ?? ''}`;
  }
}
customElements.define('test-read-aloud-host', ReadAloudHost);

/** Counts the `voiceschanged` listeners added to and removed from `speechSynthesis`. */
function spyOnVoicesChanged(): { live: () => number; added: () => number; restore: () => void } {
  const add = speechSynthesis.addEventListener;
  const remove = speechSynthesis.removeEventListener;
  const live = new Set<unknown>();
  let added = 0;
  speechSynthesis.addEventListener = function (this: SpeechSynthesis, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
    if (type === 'voiceschanged') {
      live.add(listener);
      added++;
    }
    return add.call(this, type, listener, options);
  } as typeof add;
  speechSynthesis.removeEventListener = function (this: SpeechSynthesis, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) {
    if (type === 'voiceschanged') live.delete(listener);
    return remove.call(this, type, listener, options);
  } as typeof remove;
  return {
    live: () => live.size,
    added: () => added,
    restore: () => {
      speechSynthesis.addEventListener = add;
      speechSynthesis.removeEventListener = remove;
    },
  };
}

/** A speech engine that records what it was asked to do. */
function recordingEngine(voices: string[], unplayable: string[] = []): SpeechEngine & { calls: string[]; pending: Array<() => void> } {
  const calls: string[] = [];
  const pending: Array<() => void> = [];
  return {
    calls,
    pending,
    hasVoice: (lang) => voices.includes(lang),
    speak: async (text, lang) => {
      calls.push(`speak ${lang} ${text}`);
    },
    play: (url, signal) => {
      calls.push(`play ${url}`);
      if (unplayable.includes(url)) return Promise.resolve(false);
      if (url.includes('slow')) {
        return new Promise<boolean>((resolve) => {
          pending.push(() => resolve(true));
          signal.addEventListener('abort', () => resolve(true), { once: true });
        });
      }
      return Promise.resolve(true);
    },
  };
}

describe('read-aloud', () => {
  afterEach(() => setSpeechEngine(null));

  it('1,000 mounted and removed hosts leave no voiceschanged listener on speechSynthesis', async () => {
    const spy = spyOnVoicesChanged();
    try {
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      const kept = document.createElement('test-read-aloud-host');
      parent.append(kept);
      for (let i = 0; i < 1000; i++) {
        const host = document.createElement('test-read-aloud-host');
        parent.append(host);
        host.remove();
      }
      // All connected hosts share one listener.
      expect(spy.live()).to.equal(1);
      kept.remove();
      expect(spy.live()).to.equal(0);
    } finally {
      spy.restore();
    }
  });

  it('removed plan boards and task ladders leave no voiceschanged listener', async () => {
    const spy = spyOnVoicesChanged();
    try {
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      for (let i = 0; i < 50; i++) {
        const ladder = document.createElement('vk-task-ladder') as HTMLElement & { value: unknown; updateComplete: Promise<boolean> };
        ladder.value = sampleLadder();
        parent.append(ladder);
        await ladder.updateComplete;
        ladder.remove();
        const board = document.createElement('vk-plan-board') as HTMLElement & { updateComplete: Promise<boolean> };
        parent.append(board);
        await board.updateComplete;
        board.remove();
      }
      expect(spy.added()).to.be.greaterThan(0);
      expect(spy.live()).to.equal(0);
    } finally {
      spy.restore();
    }
  });

  /** `getVoices()` gives voices in `langs` from now on (restore() gives the browser's back). */
  function stubVoices(langs: string[]): { restore: () => void } {
    const synth = speechSynthesis as SpeechSynthesis & { getVoices: () => SpeechSynthesisVoice[] };
    synth.getVoices = () => langs.map((lang) => ({ lang, name: lang, default: false, localService: true, voiceURI: lang }) as SpeechSynthesisVoice);
    return { restore: () => delete (synth as Partial<SpeechSynthesis>).getVoices };
  }

  it('voiceschanged re-renders connected hosts only, when the voices changed', async () => {
    const connected = await fixture<ReadAloudHost>(html`<test-read-aloud-host></test-read-aloud-host>`);
    const removed = document.createElement('test-read-aloud-host') as ReadAloudHost;
    connected.after(removed);
    await removed.updateComplete;
    removed.remove();
    const before = { connected: connected.renders, removed: removed.renders };
    const voices = stubVoices(['nb-NO', 'ar']);
    try {
      speechSynthesis.dispatchEvent(new Event('voiceschanged'));
      await connected.updateComplete;
      await removed.updateComplete;
      expect(connected.renders).to.equal(before.connected + 1);
      expect(removed.renders).to.equal(before.removed);
    } finally {
      voices.restore();
    }
  });

  it('a voiceschanged that brings the same voices\' languages renders nothing (Chromium fires one after the first lookup, also with no voices)', async () => {
    const voices = stubVoices([]);
    try {
      const host = await fixture<ReadAloudHost>(html`<test-read-aloud-host></test-read-aloud-host>`);
      const before = host.renders;
      speechSynthesis.dispatchEvent(new Event('voiceschanged'));
      await host.updateComplete;
      expect(host.renders, 'still no voices').to.equal(before);
      voices.restore();
      const some = stubVoices(['nb-NO']);
      try {
        speechSynthesis.dispatchEvent(new Event('voiceschanged'));
        await host.updateComplete;
        expect(host.renders, 'a Norwegian voice came').to.equal(before + 1);
        speechSynthesis.dispatchEvent(new Event('voiceschanged'));
        await host.updateComplete;
        expect(host.renders, 'the same voice again').to.equal(before + 1);
      } finally {
        some.restore();
      }
    } finally {
      voices.restore();
    }
  });

  it('setSpeechEngine re-renders connected hosts so availability follows the engine', async () => {
    const host = await fixture<ReadAloudHost>(html`<test-read-aloud-host></test-read-aloud-host>`);
    const before = host.renders;
    setSpeechEngine(recordingEngine(['nb']));
    await host.updateComplete;
    expect(host.renders).to.equal(before + 1);
  });

  it('plays the recording first and speaks a language without one', async () => {
    const engine = recordingEngine(['nb', 'ti']);
    setSpeechEngine(engine);
    const host = await fixture<ReadAloudHost>(html`<test-read-aloud-host></test-read-aloud-host>`);
    const result = await host.reader.read('c1', [
      { text: 'Norskkurs', lang: 'nb', audio: 'data:audio/webm;base64,AAAA' },
      { text: 'ትምህርቲ ኖርወይኛ', lang: 'ti' },
    ]);
    expect(result).to.equal('done');
    expect(engine.calls).to.deep.equal(['play data:audio/webm;base64,AAAA', 'speak ti ትምህርቲ ኖርወይኛ']);
  });

  it('speaks the text when its recording cannot be played', async () => {
    const engine = recordingEngine(['nb'], ['broken.webm']);
    setSpeechEngine(engine);
    const host = await fixture<ReadAloudHost>(html`<test-read-aloud-host></test-read-aloud-host>`);
    await host.reader.read('c1', [{ text: 'Norskkurs', lang: 'nb', audio: 'broken.webm' }]);
    expect(engine.calls).to.deep.equal(['play broken.webm', 'speak nb Norskkurs']);
  });

  it('recordings that cannot be played, with no voice to speak instead, report failed (never a silent done)', async () => {
    const engine = recordingEngine([], ['missing.wav', 'broken.wav']);
    setSpeechEngine(engine);
    const host = await fixture<ReadAloudHost>(html`<test-read-aloud-host></test-read-aloud-host>`);
    const parts = [
      { text: 'Vaske gulv', lang: 'nb', audio: 'broken.wav' },
      { text: 'ሕጸብ', lang: 'ti', audio: 'missing.wav' },
    ];
    expect(await host.reader.read('t2', parts)).to.equal('failed');
    expect(engine.calls).to.deep.equal(['play broken.wav', 'play missing.wav']);
    expect(host.reader.speaking).to.equal(null);
    // One part heard, another's recording lost with no voice instead: partial (the host says so).
    setSpeechEngine(recordingEngine([], ['missing.wav']));
    expect(await host.reader.read('t2', [{ text: 'Vaske gulv', lang: 'nb', audio: 'ok.wav' }, parts[1]!])).to.equal('partial');
    // Text with neither a recording nor a voice is the "no voice" state's, not a failure here.
    expect(await host.reader.read('t2', [{ text: 'Vaske gulv', lang: 'nb', audio: 'ok.wav' }, { text: 'ሕጸብ', lang: 'ti' }])).to.equal('done');
  });

  it('a recording without a voice can be heard; text without either cannot', async () => {
    setSpeechEngine(recordingEngine([]));
    expect(canReadAloud([{ text: 'ትምህርቲ', lang: 'ti', audio: 'ti.webm' }])).to.equal(true);
    expect(canReadAloud([{ text: 'ትምህርቲ', lang: 'ti' }])).to.equal(false);
    const host = await fixture<ReadAloudHost>(html`<test-read-aloud-host></test-read-aloud-host>`);
    expect(await host.reader.read('c1', [{ text: 'ትምህርቲ', lang: 'ti' }])).to.equal('unavailable');
    expect(host.reader.speaking).to.equal(null);
  });

  it('speechAvailability names the languages that still need a recording', () => {
    setSpeechEngine(recordingEngine(['nb', 'ar']));
    const availability = speechAvailability([
      { text: 'Norskkurs', lang: 'nb' },
      { text: 'ትምህርቲ', lang: 'ti' },
      { text: 'Koorsada', lang: 'so', audio: 'so.webm' },
      { text: 'دورة', lang: 'ar' },
      { text: '', lang: 'uk' },
    ]);
    expect(availability).to.deep.equal({ audible: true, recorded: ['so'], synthesized: ['nb', 'ar'], silent: ['ti'] });
    expect(speechAvailability([{ text: 'ትምህርቲ', lang: 'ti' }]).audible).to.equal(false);
  });

  it('stop() ends a reading in progress, clears speaking and reports stopped', async () => {
    const engine = recordingEngine(['nb']);
    setSpeechEngine(engine);
    const host = await fixture<ReadAloudHost>(html`<test-read-aloud-host></test-read-aloud-host>`);
    const reading = host.reader.read('c1', [
      { text: 'Norskkurs', lang: 'nb', audio: 'slow.webm' },
      { text: 'Arbeid', lang: 'nb' },
    ]);
    expect(host.reader.speaking).to.equal('c1');
    host.reader.stop();
    expect(await reading).to.equal('stopped');
    expect(host.reader.speaking).to.equal(null);
    expect(engine.calls).to.deep.equal(['play slow.webm']);
  });

  it('removing the host stops its reading', async () => {
    const engine = recordingEngine(['nb']);
    setSpeechEngine(engine);
    const host = await fixture<ReadAloudHost>(html`<test-read-aloud-host></test-read-aloud-host>`);
    const reading = host.reader.read('c1', [{ text: 'Norskkurs', lang: 'nb', audio: 'slow.webm' }]);
    host.remove();
    expect(await reading).to.equal('stopped');
  });
});
