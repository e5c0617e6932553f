// `veikart`'s names for core/audio-url.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../core/audio-url.js';

/**
 * True when `url` may be played as a recording: a URL `isSafeUrl` accepts (http(s), relative), or
 * a base64 `data:audio/…` URL of at most `MAX_AUDIO_DATA_URL` characters (contract §4 `Audio`).
 * @example isSafeAudioUrl('data:audio/webm;base64,GkXfo59C') // true
 * @example isSafeAudioUrl('javascript:alert(1)') // false
 */
export const isSafeAudioUrl: typeof m.isSafeAudioUrl = m.isSafeAudioUrl;
/**
 * The item's `Audio` after the recorder saved (`url`) or removed (`null`) the recording for `lang`:
 * a new object (own keys only, the input untouched), or `null` when no recording is left — ready
 * for `card.update` / `task.update` `{ changes: { audio } }`, where `null` removes the field
 * (contract §4: `changes.audio` holds the whole new `Audio`).
 * @example withRecording({ nb: 'nb.mp3' }, 'ti', 'data:audio/webm;base64,…') // { nb: 'nb.mp3', ti: 'data:…' }
 * @example withRecording({ ti: 'data:…' }, 'ti', null) // null
 */
export const withRecording: typeof m.withRecording = m.withRecording;
