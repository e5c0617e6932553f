import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isSafeUrl } from './schema.js';
import { baseLanguage } from './text.js';
import type { Audio } from './types.js';

/** One piece of speech: a text in a language, with a recording when the document has one. */
export interface Utterance {
  text: string;
  lang: string;
  /** A pre-recorded file for this text (from the item's `audio`); played instead of synthesis. */
  audio?: string;
}

/** How speech is produced; replaceable for tests and for hosts with their own TTS. */
export interface SpeechEngine {
  /** True when the engine can speak this language (a voice exists). */
  hasVoice(lang: string): boolean;
  speak(text: string, lang: string, signal: AbortSignal): Promise<void>;
  play(url: string, signal: AbortSignal): Promise<void>;
}

function matchingVoice(lang: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const base = baseLanguage(lang);
  const voices = speechSynthesis.getVoices();
  // Norwegian voices are often tagged nb, no or nn; treat them as one for reading aloud.
  const family = base === 'nb' || base === 'nn' || base === 'no' ? ['nb', 'no', 'nn'] : [base];
  return voices.find((v) => v.lang.toLowerCase() === lang.toLowerCase()) ?? voices.find((v) => family.includes(baseLanguage(v.lang)));
}

/** The browser's own engine: <audio> for recordings, speechSynthesis for the rest. */
export const browserSpeech: SpeechEngine = {
  hasVoice: (lang) => matchingVoice(lang) !== undefined,
  speak(text, lang, signal) {
    return new Promise((resolve) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      const voice = matchingVoice(lang);
      if (voice) utterance.voice = voice;
      utterance.onend = () => resolve();
      utterance.onerror = () => resolve();
      signal.addEventListener('abort', () => {
        speechSynthesis.cancel();
        resolve();
      });
      speechSynthesis.speak(utterance);
    });
  },
  play(url, signal) {
    return new Promise((resolve) => {
      const audio = new Audio(url);
      audio.onended = () => resolve();
      audio.onerror = () => resolve();
      signal.addEventListener('abort', () => {
        audio.pause();
        resolve();
      });
      audio.play().catch(() => resolve());
    });
  },
};

let engine: SpeechEngine = browserSpeech;

/** Replaces the speech engine (tests; hosts with their own text-to-speech service). */
export function setSpeechEngine(next: SpeechEngine | null): void {
  engine = next ?? browserSpeech;
}

/** The recording for a language from an item's `audio`, if it is a safe URL. */
export function audioFor(audio: Audio | undefined, lang: string): string | undefined {
  const url = audio?.[lang] ?? audio?.[baseLanguage(lang)];
  return isSafeUrl(url) ? url : undefined;
}

/** True when at least one part can be heard: a recording, or a voice for its language. */
export function canReadAloud(parts: readonly Utterance[]): boolean {
  return parts.some((p) => p.text && (p.audio !== undefined || engine.hasVoice(p.lang)));
}

/**
 * Reads items aloud one at a time and tells the host which one is being read (for highlighting).
 * Starting another reading stops the current one.
 */
export class ReadAloud implements ReactiveController {
  /** The key of the item being read, or null. */
  speaking: string | null = null;
  #abort: AbortController | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    // Voices arrive asynchronously in Chromium; re-render so availability is shown correctly.
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.addEventListener?.('voiceschanged', () => host.requestUpdate());
  }

  hostConnected(): void {}
  hostDisconnected(): void {
    this.stop();
  }

  /**
   * Reads the parts in order. Resolves `unavailable` when nothing could be heard (no recording,
   * no voice), `stopped` when interrupted, else `done`.
   */
  async read(key: string, parts: readonly Utterance[]): Promise<'done' | 'stopped' | 'unavailable'> {
    this.stop();
    if (!canReadAloud(parts)) return 'unavailable';
    const abort = new AbortController();
    this.#abort = abort;
    this.speaking = key;
    this.host.requestUpdate();
    for (const part of parts) {
      if (abort.signal.aborted) break;
      if (!part.text) continue;
      if (part.audio) await engine.play(part.audio, abort.signal);
      else if (engine.hasVoice(part.lang)) await engine.speak(part.text, part.lang, abort.signal);
    }
    const stopped = abort.signal.aborted;
    if (this.#abort === abort) {
      this.#abort = undefined;
      this.speaking = null;
      this.host.requestUpdate();
    }
    return stopped ? 'stopped' : 'done';
  }

  stop(): void {
    if (!this.#abort) return;
    this.#abort.abort();
    this.#abort = undefined;
    this.speaking = null;
    this.host.requestUpdate();
  }
}
