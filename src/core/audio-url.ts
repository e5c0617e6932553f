import { AUDIO_DATA_URL, MAX_AUDIO_DATA_URL } from './audio-data-url.js';
import { isSafeUrl } from './schema.js';

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
