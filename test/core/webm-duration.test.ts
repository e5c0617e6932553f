import { expect, oneEvent } from '@open-wc/testing';
import { fixWebmDuration, withDuration } from '../../src/core/webm-duration.js';
import { AudioCapture } from '../../src/core/audio-capture.js';

/** The head of a WebM file as Chromium's MediaRecorder writes it (EBML header, Segment of unknown size, Segment Information, the start of Tracks). */
const chromeHead = Uint8Array.from(atob('GkXfo59ChoEBQveBAULygQRC84EIQoKEd2VibUKHgQRChYECGFOAZwH/////////FUmpZpkq17GDD0JATYCGQ2hyb21lV0GGQ2hyb21lFlSua7+uvdeBAXPFhw=='), (c) => c.charCodeAt(0));

/** An EBML element: ID bytes, then a data size (one byte unless `size` gives the field), then the data. */
function element(id: number[], data: number[], size?: number[]): number[] {
  return [...id, ...(size ?? [0x80 | data.length]), ...data];
}

const EBML_HEADER = element([0x1a, 0x45, 0xdf, 0xa3], element([0x42, 0x82], [...'webm'].map((c) => c.charCodeAt(0))));
const TIMESTAMP_SCALE_MS = element([0x2a, 0xd7, 0xb1], [0x0f, 0x42, 0x40]); // 1,000,000 ns
const UNKNOWN = [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
const CLUSTER = element([0x1f, 0x43, 0xb6, 0x75], [0xe7, 0x81, 0x00], UNKNOWN.slice(0));

/** A file: the EBML header and a Segment holding `children` (unknown size unless `segmentSize`). */
function file(children: number[], segmentSize?: number[]): Uint8Array {
  return Uint8Array.from([...EBML_HEADER, ...element([0x18, 0x53, 0x80, 0x67], children, segmentSize ?? UNKNOWN)]);
}

/** The Duration written in a head: the float after ID 0x4489 and its 8-byte size. */
function durationIn(head: Uint8Array): number | null {
  for (let i = 0; i + 11 <= head.length; i++) {
    if (head[i] === 0x44 && head[i + 1] === 0x89 && head[i + 2] === 0x88) return new DataView(head.buffer, head.byteOffset + i + 3, 8).getFloat64(0);
  }
  return null;
}

async function bytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('webm-duration: the length written into a MediaRecorder WebM file', () => {
  it('a recording from the fake microphone plays with its length known at once (not Infinity, Chromium issue 642012)', async () => {
    const capture = new AudioCapture(1_000_000, () => undefined);
    await capture.start();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const blob = await capture.stop();
    expect(blob.type).to.equal('audio/webm');
    const url = URL.createObjectURL(blob);
    try {
      const audio = new Audio();
      audio.preload = 'metadata';
      const loaded = oneEvent(audio, 'loadedmetadata');
      audio.src = url;
      await loaded;
      expect(audio.duration, 'duration from the file head').to.be.finite;
      expect(audio.duration).to.be.within(1.0, 2.5);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it("adds Duration to Chromium's Segment Information and grows its size; the Segment stays of unknown size", () => {
    const fixed = withDuration(chromeHead, chromeHead.length, 1234.5);
    expect(fixed).to.not.equal(null);
    const head = fixed!.head;
    expect(durationIn(head)).to.equal(1234.5); // TimestampScale is 1 ms
    // Segment Information (0x1549A966) said 25 bytes (0x99); now 36 (0xA4). Its data starts where the old one did.
    const info = head.findIndex((_, i) => head[i] === 0x15 && head[i + 1] === 0x49 && head[i + 2] === 0xa9 && head[i + 3] === 0x66);
    expect(head[info + 4]).to.equal(0x80 | 36);
    expect(chromeHead[info + 4]).to.equal(0x80 | 25);
    // The Segment's size field is still "unknown"; the bytes after Segment Information come after the new element.
    expect([...head.subarray(info - 8, info)]).to.deep.equal(UNKNOWN);
    const end = info + 5 + 25;
    expect(fixed!.replaces).to.equal(end);
    expect([...head.subarray(0, info + 4)]).to.deep.equal([...chromeHead.subarray(0, info + 4)]);
    expect([...head.subarray(info + 5, end)]).to.deep.equal([...chromeHead.subarray(info + 5, end)]);
  });

  it('writes nothing twice: a file that has its Duration is left as it is', () => {
    const once = withDuration(chromeHead, chromeHead.length, 1000)!;
    const head = Uint8Array.from([...once.head, ...chromeHead.subarray(once.replaces)]);
    expect(withDuration(head, head.length, 2000)).to.equal(null);
  });

  it('uses the file’s TimestampScale as the unit', () => {
    const scaleOf10us = element([0x2a, 0xd7, 0xb1], [0x27, 0x10]); // 10,000 ns
    const head = file([...element([0x15, 0x49, 0xa9, 0x66], scaleOf10us), ...CLUSTER]);
    expect(durationIn(withDuration(head, head.length, 1500)!.head)).to.equal(150_000);
  });

  it('a Segment of known size grows by the element it gains', () => {
    const children = [...element([0x15, 0x49, 0xa9, 0x66], TIMESTAMP_SCALE_MS), ...element([0xec], [0, 0, 0])];
    const head = file(children, [0x40, children.length]); // a 2-byte size field
    const fixed = withDuration(head, head.length, 1000)!;
    const at = EBML_HEADER.length + 4;
    expect((fixed.head[at] & 0x3f) * 256 + fixed.head[at + 1]).to.equal(children.length + 11);
  });

  it('a Segment Information whose one-byte size would overflow gets an eight-byte size field', () => {
    const padding = element([0xec], new Array(110).fill(0)); // a Void element
    const head = file([...element([0x15, 0x49, 0xa9, 0x66], [...TIMESTAMP_SCALE_MS, ...padding]), ...CLUSTER]);
    const fixed = withDuration(head, head.length, 1000)!;
    const info = EBML_HEADER.length + 12;
    expect(fixed.head[info + 4]).to.equal(0x01); // 8-byte size field
    const size = new DataView(fixed.head.buffer, info + 4, 8).getBigUint64(0) & 0x00ffffffffffffffn;
    expect(Number(size)).to.equal(TIMESTAMP_SCALE_MS.length + padding.length + 11);
    expect(durationIn(fixed.head)).to.equal(1000);
  });

  it('leaves alone what it cannot change safely: a SeekHead (its positions would shift), no Segment Information, not WebM, no length', async () => {
    const seekHead = element([0x11, 0x4d, 0x9b, 0x74], element([0x4d, 0xbb], []));
    const withSeekHead = file([...seekHead, ...element([0x15, 0x49, 0xa9, 0x66], TIMESTAMP_SCALE_MS), ...CLUSTER]);
    expect(withDuration(withSeekHead, withSeekHead.length, 1000)).to.equal(null);
    const noInfo = file([...CLUSTER]);
    expect(withDuration(noInfo, noInfo.length, 1000)).to.equal(null);
    expect(withDuration(chromeHead, chromeHead.length, 0)).to.equal(null);
    expect(withDuration(chromeHead, chromeHead.length, Number.POSITIVE_INFINITY)).to.equal(null);
    const wav = new Blob([Uint8Array.from([...'RIFF\u0000\u0000\u0000\u0000WAVE'].map((c) => c.charCodeAt(0)))], { type: 'audio/wav' });
    expect(await fixWebmDuration(wav, 1000)).to.equal(wav);
    const truncated = new Blob([chromeHead.subarray(0, 30)], { type: 'audio/webm' });
    expect(await fixWebmDuration(truncated, 1000)).to.equal(truncated);
  });

  it('fixWebmDuration keeps the audio after the head byte for byte', async () => {
    const body = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 7) % 256);
    const blob = new Blob([chromeHead, body], { type: 'audio/webm' });
    const fixed = await bytes(await fixWebmDuration(blob, 3000));
    expect(fixed.length).to.equal(blob.size + 11);
    expect([...fixed.subarray(fixed.length - body.length)]).to.deep.equal([...body]);
    expect(durationIn(fixed)).to.equal(3000);
  });
});
