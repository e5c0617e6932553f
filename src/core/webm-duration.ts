/**
 * Writes a recording's length into a WebM file that MediaRecorder made without one.
 *
 * Chromium's MediaRecorder writes WebM as a live stream: the Segment and its Clusters have
 * "unknown" sizes and the Segment Information has no Duration. A player then cannot tell the length
 * before it has read the whole file: `HTMLMediaElement.duration` is `Infinity`, Chromium's player
 * shows "0:00" and its seek bar does not work (Chromium issue 642012). The recorder knows how long it
 * recorded, so it adds the Duration element (Matroska, RFC 9559 §5.1.2.4: ID 0x4489, a float in
 * TimestampScale units) to the Segment Information, and every later player of the saved `data:`
 * URL knows the length at once.
 *
 * Only the head of the file is rewritten (the audio after it is the same `Blob` slice). A file
 * that is not such a stream — not EBML, no Segment Information among the Segment's first children,
 * a Duration already there, or a SeekHead or Cues whose byte positions the insertion would shift —
 * is returned unchanged: the recording is never broken to gain its length.
 *
 * No maintained package does this as an ES module (fix-webm-duration and its successors are
 * CommonJS, which neither the browser nor this library's unbundled build can import), and the
 * need is this one element, so it is written here on the EBML rules (RFC 8794).
 */

const EBML = 0x1a45dfa3;
const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const DURATION = 0x4489;
const TIMESTAMP_SCALE = 0x2ad7b1;
const SEEK_HEAD = 0x114d9b74;
const CUES = 0x1c53bb6b;
const CLUSTER = 0x1f43b675;
/** How much of the file's head is read: the EBML header, Segment Information and Tracks of a MediaRecorder file fit in far less. */
const HEAD_BYTES = 4096;

/** An element's header: ID, data size (`null` for "unknown", RFC 8794 §6.2), and where its data starts and (if known) ends. */
interface Header {
  id: number;
  size: number | null;
  /** Offset of the size field and its length in bytes. */
  sizeAt: number;
  sizeLength: number;
  dataAt: number;
}

/** Length in bytes of a variable-size integer by its first byte (RFC 8794 §4): 1–8, 0 when invalid. */
function vintLength(first: number): number {
  for (let length = 1; length <= 8; length++) if (first & (0x100 >> length)) return length;
  return 0;
}

/** Reads an element header at `at`, or null when it does not fit in `bytes` or is malformed. */
function readHeader(bytes: Uint8Array, at: number): Header | null {
  const idLength = vintLength(bytes[at] ?? 0);
  if (idLength === 0 || idLength > 4 || at + idLength >= bytes.length) return null;
  let id = 0;
  for (let i = 0; i < idLength; i++) id = id * 256 + bytes[at + i];
  const sizeAt = at + idLength;
  const sizeLength = vintLength(bytes[sizeAt]);
  if (sizeLength === 0 || sizeAt + sizeLength > bytes.length) return null;
  let size = bytes[sizeAt] & (0xff >> sizeLength);
  let unknown = size === 0xff >> sizeLength;
  for (let i = 1; i < sizeLength; i++) {
    size = size * 256 + bytes[sizeAt + i];
    unknown &&= bytes[sizeAt + i] === 0xff;
  }
  return { id, size: unknown ? null : size, sizeAt, sizeLength, dataAt: sizeAt + sizeLength };
}

/** `size` as a data-size field of `length` bytes, or null when it does not fit (all ones is reserved for "unknown"). */
function encodeSize(size: number, length: number): Uint8Array | null {
  if (size >= 2 ** (7 * length) - 1) return null;
  const out = new Uint8Array(length);
  let rest = size;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  out[0] |= 0x80 >> (length - 1);
  return out;
}

/**
 * The head of a WebM file with its Duration written, or null when it should be left as it is (see
 * the module comment). `head` is the file's first bytes, `fileSize` its whole size, `milliseconds` the
 * recording's length. Returns the new head and how many bytes of the old one it replaces.
 */
export function withDuration(head: Uint8Array, fileSize: number, milliseconds: number): { head: Uint8Array<ArrayBuffer>; replaces: number } | null {
  if (!(milliseconds > 0) || !Number.isFinite(milliseconds)) return null;
  const ebml = readHeader(head, 0);
  if (!ebml || ebml.id !== EBML || ebml.size === null) return null;
  const segment = readHeader(head, ebml.dataAt + ebml.size);
  if (!segment || segment.id !== SEGMENT) return null;
  // The Segment's children up to the first Cluster: Segment Information, and no SeekHead or Cues.
  let info: Header | null = null;
  for (let at = segment.dataAt; at < head.length; ) {
    const child = readHeader(head, at);
    if (!child || child.id === CLUSTER) break;
    if (child.id === SEEK_HEAD || child.id === CUES) return null;
    if (child.size === null) return null;
    if (child.id === INFO) info = child;
    at = child.dataAt + child.size;
  }
  if (!info || info.size === null || info.dataAt + info.size > head.length) return null;
  // Its children: no Duration yet; TimestampScale says the unit (default 1,000,000 ns = 1 ms).
  let scale = 1_000_000;
  for (let at = info.dataAt; at < info.dataAt + info.size; ) {
    const child = readHeader(head, at);
    if (!child || child.size === null) return null;
    if (child.id === DURATION) return null;
    if (child.id === TIMESTAMP_SCALE && child.size >= 1 && child.size <= 8) {
      scale = 0;
      for (let i = 0; i < child.size; i++) scale = scale * 256 + head[child.dataAt + i];
      if (scale === 0) return null;
    }
    at = child.dataAt + child.size;
  }
  // Duration: ID 0x4489, an 8-byte size field saying 8, the float (big-endian, RFC 8794 §7.3).
  const duration = new Uint8Array(11);
  duration.set([0x44, 0x89, 0x88]);
  new DataView(duration.buffer).setFloat64(3, (milliseconds * 1_000_000) / scale);
  const infoSize = encodeSize(info.size + duration.length, info.sizeLength) ?? encodeSize(info.size + duration.length, 8);
  if (!infoSize) return null;
  const grows = duration.length + infoSize.length - info.sizeLength;
  // A Segment of known size grows by as much (MediaRecorder's is unknown: nothing to change).
  const segmentSize = segment.size === null ? null : encodeSize(segment.size + grows, segment.sizeLength) ?? encodeSize(segment.size + grows, 8);
  if (segment.size !== null && (!segmentSize || segment.dataAt + segment.size > fileSize)) return null;
  const end = info.dataAt + info.size;
  const parts = [
    head.subarray(0, segment.sizeAt),
    segmentSize ?? head.subarray(segment.sizeAt, segment.dataAt),
    head.subarray(segment.dataAt, info.sizeAt),
    infoSize,
    head.subarray(info.dataAt, end),
    duration,
  ];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return { head: out, replaces: end };
}

/**
 * `blob` (a WebM recording from MediaRecorder) with its length, `milliseconds`, written in; any other
 * file, or one this cannot safely change, as it is. Never rejects: a read that fails returns `blob`.
 */
export async function fixWebmDuration(blob: Blob, milliseconds: number): Promise<Blob> {
  try {
    const head = new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer());
    const fixed = withDuration(head, blob.size, milliseconds);
    return fixed ? new Blob([fixed.head, blob.slice(fixed.replaces)], { type: blob.type }) : blob;
  } catch {
    return blob;
  }
}
