import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isSafeAudioUrl } from './audio-url.js';
import { firstLocale } from './bilingual.js';
import { NORWEGIAN, baseLanguage, resolvedLocale, resolveText, textIn, textLang } from './text.js';
import type { Audio, Text } from './types.js';
import { dropWaitingPress } from './waiting-press.js';

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
  /** Plays a recording; resolving `false` means it could not be played (then the text is spoken). */
  play(url: string, signal: AbortSignal): Promise<void | boolean>;
}

/**
 * The browser's on-device voices. An online voice (`localService` false: Chrome's "Google …",
 * Edge's "… Online (Natural)") sends the text it reads, a participant's plan, to its maker's
 * servers, and the widgets call no network but the host's own URLs (contract.md §9). A host that
 * accepts that passes its own engine to `setSpeechEngine` (docs/contract.md).
 */
const localVoices = (): SpeechSynthesisVoice[] => speechSynthesis.getVoices().filter((voice) => voice.localService);

function matchingVoice(lang: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const base = baseLanguage(lang);
  const voices = localVoices();
  // Norwegian voices are often tagged nb, no or nn; treat them as one for reading aloud. Dari
  // (prs) is read by a Persian voice: no browser has a Dari one (a Persian fallback is `fa` already, `textLang`).
  const family = NORWEGIAN.includes(base) ? NORWEGIAN : base == 'prs' ? [base, 'fa'] : [base];
  return voices.find((v) => v.lang.toLowerCase() === lang.toLowerCase()) ?? voices.find((v) => family.includes(baseLanguage(v.lang)));
}

/** The browser's own engine: <audio> for recordings, speechSynthesis for the rest. */
export const browserSpeech: SpeechEngine = {
  hasVoice: (lang) => matchingVoice(lang) !== undefined,
  speak(text, lang, signal) {
    return new Promise((resolve) => {
      const voice = matchingVoice(lang);
      // No on-device voice: nothing (`hasVoice` said so); left to itself the browser may pick an online one.
      if (!voice) return resolve();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      utterance.voice = voice;
      utterance.onend = utterance.onerror = () => resolve();
      // (An AbortSignal fires `abort` once: no `once` option needed.)
      signal.addEventListener('abort', () => {
        speechSynthesis.cancel();
        resolve();
      });
      speechSynthesis.speak(utterance);
    });
  },
  play(url, signal) {
    return new Promise<boolean>((resolve) => {
      const audio = new Audio(url);
      audio.onended = () => resolve(true);
      audio.onerror = () => resolve(false);
      signal.addEventListener('abort', () => {
        audio.pause();
        resolve(true);
      });
      audio.play().catch(() => resolve(false));
    });
  },
};

let engine: SpeechEngine = browserSpeech;

/**
 * Hosts with a connected `ReadAloud`. One module-level `voiceschanged` listener serves them all and
 * is removed when the last one disconnects, so a removed widget is never reachable from
 * `speechSynthesis` (before: one listener per element, never removed — every removed board stayed
 * in memory).
 */
const listeners = new Set<ReactiveControllerHost>();
/** The languages of the browser's voices: all that `hasVoice` reads of them. */
const voiceLangs = (): string => String(localVoices().map((voice) => voice.lang));
/**
 * The voices' languages when the listener was added or last heard a change. Chromium fires
 * `voiceschanged` once the first lookup has loaded the list, also when nothing changed (no voices
 * at all, as headless): a 300-card board then rendered a second time for nothing, before or just
 * after its first frame (3 Dec 2026: 3–4 ms of main-thread CPU in that frame's window). While the
 * listener is on, every change of the list fires the event, so a host rendered since then saw
 * either these languages or a change still to be heard.
 */
let heard: string | undefined;
const onVoicesChanged = (): void => {
  const langs = voiceLangs();
  if (langs != heard) for (const host of listeners) host.requestUpdate();
  heard = langs;
};
function listen(host: ReactiveControllerHost): void {
  if (listeners.size === 0 && typeof speechSynthesis !== 'undefined') {
    speechSynthesis.addEventListener?.('voiceschanged', onVoicesChanged);
    heard = voiceLangs();
  }
  listeners.add(host);
}
function unlisten(host: ReactiveControllerHost): void {
  if (!listeners.delete(host)) return;
  if (listeners.size === 0 && typeof speechSynthesis !== 'undefined') speechSynthesis.removeEventListener?.('voiceschanged', onVoicesChanged);
}

/**
 * Replaces the speech engine (tests; hosts with their own text-to-speech service). Connected
 * widgets re-render, so their "can be read" states follow the new engine.
 * @example setSpeechEngine({ hasVoice: () => true, speak: async () => {}, play: async () => {} });
 */
export function setSpeechEngine(next: SpeechEngine | null): void {
  engine = next ?? browserSpeech;
  for (const host of listeners) host.requestUpdate();
}

/** True when the speech engine has a voice for this language (`canReadAloud` of a text in it). */
export const hasVoice = (lang: string): boolean => engine.hasVoice(lang);

/** The recording for a language from an item's `audio`, if it is a safe URL (`isSafeAudioUrl`). */
export function audioFor(audio: Audio | undefined, lang: string): string | undefined {
  // Its own entry for the language or its base, as a Text's (`textIn`).
  const url = textIn(audio, lang);
  return isSafeAudioUrl(url) ? url : undefined;
}

/**
 * What read-aloud says for a participant-facing text: its lines as `bilingual` shows them — the
 * first line (Norwegian in a participant's own UI locale), then the participant's language — each
 * with its recording from `audio`. `words` replaces the first line's text (a card's pictogram word
 * where it has no title); a recording in the participant language counts even without its text
 * (then that line's text is empty: nothing to speak in its stead).
 * @example bilingualSpeech({ nb: 'Norskkurs', ti: 'ትምህርቲ' }, undefined, 'ti', 'ti')
 *   // → [{ text: 'Norskkurs', lang: 'nb' }, { text: 'ትምህርቲ', lang: 'ti' }]
 */
export function bilingualSpeech(text: Text, audio: Audio | undefined, uiLocale: string, language?: string, words?: string): Utterance[] {
  const locale = firstLocale(uiLocale, language);
  const lang = resolvedLocale(text, locale);
  words ??= resolveText(text, locale);
  const parts: Utterance[] = [{ text: words, lang, audio: audioFor(audio, lang) }];
  if (language && baseLanguage(language) !== baseLanguage(lang)) {
    const second = textIn(text, language);
    const recording = audioFor(audio, language);
    // A recording without its text has nothing to speak if it cannot be played (the first line's
    // words in this language's voice were mangled, and the failure went unsaid).
    // In the language of its text (`textLang`): a Dari participant's Persian fallback is spoken as `fa`.
    if (second || recording) parts.push({ text: second ?? '', lang: textLang(text, language), audio: recording });
  }
  return parts;
}

/** How each language of an utterance list can be heard (see `speechAvailability`). */
export interface SpeechAvailability {
  /** True when at least one part can be heard: the list can be read aloud at all. */
  audible: boolean;
  /** Languages with a recording (played first, before any synthesis). */
  recorded: string[];
  /** Languages without a recording that the speech engine has a voice for. */
  synthesized: string[];
  /**
   * Languages that have text but can be heard neither way — what an adviser is asked to record
   * ("no voice for Tigrinya — record one").
   */
  silent: string[];
}

/**
 * Tells, per language, whether an utterance list can be spoken: by its recording (preferred) or by
 * a voice of the speech engine. Widgets use it for "no voice" states: `audible` false → the item
 * cannot be heard at all; `silent` non-empty → some language still needs a recording.
 * @example speechAvailability([{ text: 'Norskkurs', lang: 'nb' }, { text: 'ትምህርቲ', lang: 'ti' }])
 *   // → { audible: true, recorded: [], synthesized: ['nb'], silent: ['ti'] } with a Norwegian voice
 */
export function speechAvailability(parts: readonly Utterance[]): SpeechAvailability {
  const result: SpeechAvailability = { audible: false, recorded: [], synthesized: [], silent: [] };
  for (const part of parts) {
    if (!part.text && part.audio === undefined) continue;
    const list = part.audio !== undefined ? result.recorded : hasVoice(part.lang) ? result.synthesized : result.silent;
    if (!list.includes(part.lang)) list.push(part.lang);
  }
  result.audible = canReadAloud(parts);
  return result;
}

/**
 * True when at least one part can be heard: a recording, or a voice for its text's language
 * (`speechAvailability(parts).audible`, without its lists: a widget alone needs only this).
 */
export function canReadAloud(parts: readonly Utterance[]): boolean {
  return parts.some((part) => part.audio !== undefined || (!!part.text && hasVoice(part.lang)));
}

/**
 * The reading under way on the page, whichever widget's: the browser has one voice, so a reading
 * started in one widget stops another's (before, the second waited silently in speechSynthesis's
 * queue, or played over the first, and both showed as being read).
 */
let current: ReadAloud | undefined;

/**
 * Reads items aloud one at a time and tells the host which one is being read (for highlighting).
 * Starting another reading — in this widget or another — stops the current one, and so does a
 * change of the languages it reads in (`languages`).
 */
export class ReadAloud implements ReactiveController {
  /** The key of the item being read, or null. */
  speaking: string | null = null;
  #abort: AbortController | undefined;
  /**
   * Watch the widget while it reads: hidden, it stops. A display: none box (`hidden`, a tab panel
   * closed around it) is resized to 0 × 0, in view or not; a closed `<details>` around it keeps its
   * boxes, skipped (content-visibility: hidden): no resize, but it leaves the viewport. (`visibility:
   * hidden` is neither: `read` asks between parts.)
   */
  #shown: (ResizeObserver | IntersectionObserver)[] = [];
  /** `languages()` when the reading began. */
  #languages = '';

  /**
   * `languages`: the languages the host's items are read in (its text locale and participant
   * language). A change mid-reading — the host's new `participantLanguage`, a `lang` switched
   * around the widget — stops the reading at the next render: the old words in the old language
   * are no longer what the widget shows, and the press to stop them now reads the new ones.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly languages: () => string = () => '',
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.#abort && this.languages() != this.#languages) this.stop();
  }

  // Voices arrive asynchronously in Chromium: re-render while connected so availability is right.
  hostConnected(): void {
    listen(this.host);
  }
  hostDisconnected(): void {
    unlisten(this.host);
    this.stop();
  }

  /**
   * Reads the parts in order. Resolves `unavailable` when nothing could be heard (no recording,
   * no voice), `failed` when there were recordings but none could be played and no voice spoke
   * instead (a missing file, not audio: never a silent success), `partial` when some part was
   * heard but another's recording could not be played nor spoken (the participant's language,
   * say), `stopped` when interrupted, else `done`.
   */
  async read(key: string, parts: readonly Utterance[]): Promise<'done' | 'stopped' | 'unavailable' | 'failed' | 'partial'> {
    dropWaitingPress(); // a press waiting anywhere (waiting-press.ts) would wake later and cut this reading off
    this.stop();
    if (!canReadAloud(parts)) return 'unavailable';
    current?.stop();
    current = this;
    const abort = new AbortController();
    this.#abort = abort;
    this.#languages = this.languages();
    this.speaking = key;
    // A widget hidden mid-reading took the press that would stop the words with it (`#shown`):
    // not rendered, or rendered invisible (`visibility: hidden` on it or around it).
    const host = this.host;
    const shown = (): boolean => !(host instanceof Element) || host.checkVisibility({ visibilityProperty: true });
    if (host instanceof Element) {
      const hidden = () => shown() || this.stop();
      this.#shown = [new ResizeObserver(hidden), new IntersectionObserver(hidden)];
      for (const observer of this.#shown) observer.observe(host);
    }
    this.host.requestUpdate();
    let heard = false;
    let missed = false;
    for (const part of parts) {
      // `visibility: hidden` resizes nothing and leaves no viewport, so no observer hears it: it is
      // asked before each part (the line being said says itself out; a day's next card is not read).
      if (!abort.signal.aborted && !shown()) this.stop();
      if (abort.signal.aborted) break;
      // The recording first; speech synthesis when there is none or it cannot be played.
      const played = part.audio ? (await engine.play(part.audio, abort.signal)) !== false : false;
      const speaks = !played && !abort.signal.aborted && !!part.text && hasVoice(part.lang);
      if (speaks) await engine.speak(part.text, part.lang, abort.signal);
      heard ||= played || speaks;
      // A recording that failed with no voice instead (text without either is the "no voice" state's).
      missed ||= !!part.audio && !played && !speaks && !abort.signal.aborted;
    }
    const stopped = abort.signal.aborted;
    if (this.#abort === abort) this.#idle();
    return stopped ? 'stopped' : !heard ? 'failed' : missed ? 'partial' : 'done';
  }

  stop(): void {
    if (!this.#abort) return;
    this.#abort.abort();
    this.#idle();
  }

  /** Nothing is being read (after a reading ends or is stopped). */
  #idle(): void {
    if (current === this) current = undefined;
    for (const observer of this.#shown) observer.disconnect();
    this.#shown = [];
    this.#abort = undefined;
    this.speaking = null;
    this.host.requestUpdate();
  }
}
