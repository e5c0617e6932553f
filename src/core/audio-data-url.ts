// The inline-recording rule of contract §4 (`Audio`: a `data:audio/…` URL of at most 1,000,000 characters), with no
// imports, so both the schema (src/core/schema.ts) and isSafeAudioUrl can use it without a cycle.

/**
 * The largest recording a document may carry inline, as the length of its whole `data:audio/…`
 * URL in characters (= bytes: the URL is ASCII): about 750 KB of sound once the base64 is decoded.
 */
export const MAX_AUDIO_DATA_URL = 1_000_000;

/** `data:audio/<subtype>[;param=value…];base64,<base64>` — the shape the recorder produces. */
export const AUDIO_DATA_URL = /^data:audio\/[A-Za-z0-9.+-]+(?:;[A-Za-z0-9.+-]+=[A-Za-z0-9.+-]+)*;base64,[A-Za-z0-9+/]*={0,2}$/;
