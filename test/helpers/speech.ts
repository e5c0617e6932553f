import type { SpeechEngine } from '../../src/core/read-aloud.js';

/** A speech engine with every voice; each utterance (or recording) lasts until it is stopped (aborted), which `stopped` records. */
export function endlessSpeech(): { engine: SpeechEngine; stopped: string[] } {
  const stopped: string[] = [];
  const wait = (what: string, signal: AbortSignal): Promise<void> => new Promise((resolve) => signal.addEventListener('abort', () => (stopped.push(what), resolve())));
  return { stopped, engine: { hasVoice: () => true, speak: (text, _lang, signal) => wait(text, signal), play: (url, signal) => wait(url, signal) } };
}

/** A speech engine with voices for `langs` only; it records each utterance as `lang:text` and each recording as `play:url`, and ends at once. */
export function sayingSpeech(langs: string[]): { engine: SpeechEngine; said: string[] } {
  const said: string[] = [];
  return { said, engine: { hasVoice: (lang) => langs.includes(lang), speak: async (text, lang) => void said.push(`${lang}:${text}`), play: async (url) => void said.push(`play:${url}`) } };
}
