import { AUDIO_DATA_URL, MAX_AUDIO_DATA_URL } from './audio-data-url.js';
import { isSafeUrl, LOCALE_TAG } from './schema.js';

export { AUDIO_DATA_URL, MAX_AUDIO_DATA_URL };

/**
 * True when `url` may be played as a recording: a URL `isSafeUrl` accepts (http(s), relative), or
 * a base64 `data:audio/…` URL of at most `MAX_AUDIO_DATA_URL` characters (contract §4 `Audio`).
 * @example isSafeAudioUrl('data:audio/webm;base64,GkXfo59C') // true
 * @example isSafeAudioUrl('javascript:alert(1)') // false
 */
export function isSafeAudioUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  if (url.startsWith('data:')) return url.length <= MAX_AUDIO_DATA_URL && AUDIO_DATA_URL.test(url);
  return isSafeUrl(url);
}

/**
 * The item's `Audio` after the recorder saved (`url`) or removed (`null`) the recording for `lang`:
 * a new object (own keys only, the input untouched), or `null` when no recording is left — ready
 * for `card.update` / `task.update` `{ changes: { audio } }`, where `null` removes the field
 * (contract §4: `changes.audio` holds the whole new `Audio`).
 * @example withRecording({ nb: 'nb.mp3' }, 'ti', 'data:audio/webm;base64,…') // { nb: 'nb.mp3', ti: 'data:…' }
 * @example withRecording({ ti: 'data:…' }, 'ti', null) // null
 */
export function withRecording(audio: Readonly<Record<string, string>> | undefined | null, lang: string, url: string | null): Record<string, string> | null {
  // Own locale-tag keys only (what the schema's Audio allows): "__proto__" and the like never pass.
  // The recording replaces `lang`'s entry in any case (`TI` for `ti`: tags are case-insensitive, as `audioFor` reads them).
  const entries = Object.entries(audio ?? {}).filter(([key, value]) => key.toLowerCase() != lang.toLowerCase() && LOCALE_TAG.test(key) && typeof value === 'string');
  if (url !== null) entries.push([lang, url]);
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}
