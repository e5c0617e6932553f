import { isSafeUrl } from './schema.js';

/**
 * The largest recording a document may carry inline, as the length of its whole `data:audio/…`
 * URL in characters (= bytes: the URL is ASCII). Contract §4: "`data:audio/…` (at most 1 MB each)".
 */
export const MAX_AUDIO_DATA_URL = 1_000_000;

/** `data:audio/<subtype>[;param=value…];base64,<base64>` — the shape the recorder produces. */
export const AUDIO_DATA_URL = /^data:audio\/[A-Za-z0-9.+-]+(?:;[A-Za-z0-9.+-]+=[A-Za-z0-9.+-]+)*;base64,[A-Za-z0-9+/]*={0,2}$/;

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
