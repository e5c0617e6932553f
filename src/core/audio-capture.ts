/**
 * Microphone capture for `<vk-audio-recorder>`, without any UI: getUserMedia + MediaRecorder
 * (MediaStream Recording, W3C) for the recording, an AnalyserNode (Web Audio) for the level.
 * Everything stays in memory; nothing is stored or sent.
 */

import { fixWebmDuration } from './webm-duration.js';

/** Why recording could not start or finish; each has its own message in the recorder. */
export type CaptureProblem = 'denied' | 'no-microphone' | 'busy' | 'unsupported' | 'failed';

/** A recording problem with its kind. */
export class CaptureError extends Error {
  constructor(readonly problem: CaptureProblem, cause?: unknown) {
    super(problem, { cause });
    this.name = 'CaptureError';
  }
}

/** The kind of a getUserMedia / MediaRecorder failure (DOMException names from Media Capture and Streams). */
export function problemOf(error: unknown): CaptureProblem {
  if (error instanceof CaptureError) return error.problem;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
    case 'DevicesNotFoundError':
      return 'no-microphone';
    case 'NotReadableError':
    case 'AbortError':
    case 'TrackStartError':
      return 'busy';
    case 'NotSupportedError':
      return 'unsupported';
    default:
      return 'failed';
  }
}

/** True when this browser can record audio at all (secure context, getUserMedia, MediaRecorder). */
export function captureSupported(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function' && typeof MediaRecorder === 'function';
}

/** Compact speech formats first: Opus in WebM (Chromium, Firefox), Ogg, then MP4/AAC (Safari). */
const AUDIO_TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4', 'audio/webm'];

function preferredType(): string | undefined {
  return AUDIO_TYPES.find((type) => MediaRecorder.isTypeSupported?.(type));
}

/** Speech needs little: 32 kbit/s keeps 30 s near 120 kB (≈ 160 kB as base64). */
const BITS_PER_SECOND = 32_000;

/** The `data:audio/…;base64,` prefix for a recorded MIME type (parameters such as codecs dropped). */
export function dataUrlPrefix(mimeType: string): string {
  const base = mimeType.split(';')[0].trim().toLowerCase();
  const audio = /^(?:audio|video)\/[a-z0-9.+-]+$/.test(base) ? base.replace(/^video\//, 'audio/') : 'audio/webm';
  return `data:${audio};base64,`;
}

/** The length of the data URL a recording of `bytes` bytes becomes. */
export function dataUrlLength(prefix: string, bytes: number): number {
  return prefix.length + 4 * Math.ceil(bytes / 3);
}

/** A recording as a `data:audio/…;base64,…` URL. */
export async function toDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return dataUrlPrefix(blob.type) + btoa(binary);
}

/**
 * One recording session: `start()` asks for the microphone and starts recording, `level()` reads
 * the input level, `stop()` resolves with the recording, `cancel()` throws it away. Both release
 * the microphone (its tracks are stopped) and the audio graph.
 */
export class AudioCapture {
  #stream: MediaStream | undefined;
  #recorder: MediaRecorder | undefined;
  #context: AudioContext | undefined;
  #analyser: AnalyserNode | undefined;
  #samples: Float32Array<ArrayBuffer> | undefined;
  #chunks: Blob[] = [];
  #bytes = 0;
  #prefix = 'data:audio/webm;base64,';
  /** When recording started (`performance.now()`), for the length written into a WebM file. */
  #startedAt = 0;
  /** The recording's length in milliseconds, from start to `stop()` (0 before). */
  milliseconds = 0;

  /**
   * @param maxDataUrlLength the longest data URL the recording may become; when the recorded
   *   bytes approach it, `onFull` is called (the recorder then stops).
   * @param onFull called once when the size limit is reached.
   */
  constructor(private readonly maxDataUrlLength: number, private readonly onFull: () => void) {}

  /** Asks for the microphone and starts recording. Throws `CaptureError`. */
  async start(): Promise<void> {
    if (!captureSupported()) throw new CaptureError('unsupported');
    try {
      this.#stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      throw new CaptureError(problemOf(error), error);
    }
    try {
      const mimeType = preferredType();
      this.#recorder = new MediaRecorder(this.#stream, { ...(mimeType ? { mimeType } : {}), audioBitsPerSecond: BITS_PER_SECOND });
      this.#prefix = dataUrlPrefix(this.#recorder.mimeType || mimeType || 'audio/webm');
      this.#recorder.addEventListener('dataavailable', (event) => {
        if (event.data.size === 0) return;
        this.#chunks.push(event.data);
        this.#bytes += event.data.size;
        // One more second of data must still fit: stop early rather than produce too large a file.
        if (dataUrlLength(this.#prefix, this.#bytes + BITS_PER_SECOND / 8) > this.maxDataUrlLength) this.onFull();
      });
      // A chunk every second, so the size is known while recording.
      this.#recorder.start(1000);
      this.#startedAt = performance.now();
    } catch (error) {
      this.#release();
      throw new CaptureError(problemOf(error) === 'failed' ? 'unsupported' : problemOf(error), error);
    }
    this.#listen(this.#stream);
  }

  /** The level meter is a nicety: without Web Audio the recording still works. */
  #listen(stream: MediaStream): void {
    try {
      this.#context = new AudioContext();
      this.#analyser = this.#context.createAnalyser();
      this.#analyser.fftSize = 1024;
      this.#context.createMediaStreamSource(stream).connect(this.#analyser);
      this.#samples = new Float32Array(this.#analyser.fftSize);
    } catch {
      this.#context = undefined;
      this.#analyser = undefined;
    }
  }

  /** The input level now, 0–1 (root mean square of the waveform, scaled so speech reaches ~0.5–0.9). */
  level(): number {
    if (!this.#analyser || !this.#samples) return 0;
    this.#analyser.getFloatTimeDomainData(this.#samples);
    let sum = 0;
    for (const sample of this.#samples) sum += sample * sample;
    return Math.min(1, Math.sqrt(sum / this.#samples.length) * 4);
  }

  /**
   * Stops recording and resolves with the recording (typed `audio/…`). A WebM file gets its length
   * written in (webm-duration.ts), so players show it and can seek before reading the whole file.
   */
  stop(): Promise<Blob> {
    const recorder = this.#recorder;
    if (!recorder || recorder.state === 'inactive') {
      this.#release();
      return Promise.reject(new CaptureError('failed'));
    }
    const milliseconds = (this.milliseconds = performance.now() - this.#startedAt);
    return new Promise<Blob>((resolve, reject) => {
      recorder.addEventListener(
        'stop',
        () => {
          const type = this.#prefix.slice('data:'.length, -';base64,'.length);
          const blob = new Blob(this.#chunks, { type });
          this.#release();
          if (blob.size === 0) reject(new CaptureError('failed'));
          else resolve(type === 'audio/webm' ? fixWebmDuration(blob, milliseconds) : blob);
        },
        { once: true },
      );
      recorder.stop();
    });
  }

  /** Throws the recording away and releases the microphone. */
  cancel(): void {
    if (this.#recorder && this.#recorder.state !== 'inactive') this.#recorder.stop();
    this.#release();
  }

  #release(): void {
    for (const track of this.#stream?.getTracks() ?? []) track.stop();
    void this.#context?.close().catch(() => undefined);
    this.#stream = undefined;
    this.#context = undefined;
    this.#analyser = undefined;
    this.#recorder = undefined;
  }
}
