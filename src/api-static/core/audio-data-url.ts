// `veikart`'s names for core/audio-data-url.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../core/audio-data-url.js';

/**
 * The largest recording a document may carry inline, as the length of its whole `data:audio/…`
 * URL in characters (= bytes: the URL is ASCII).
 */
export const MAX_AUDIO_DATA_URL: typeof m.MAX_AUDIO_DATA_URL = m.MAX_AUDIO_DATA_URL;
