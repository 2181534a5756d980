/**
 * Frame codec of the resident ID card SAM serial protocol (ARCHITECTURE.md, 'Devices'; GA 467 readers, 115200 8N1).
 *
 *   request   AA AA AA 96 69 | len (2, big-endian) | cmd para [data] | xor
 *   response  AA AA AA 96 69 | len (2, big-endian) | sw1 sw2 sw3 [data] | xor
 *
 * `len` counts everything after it, the xor byte included; xor covers the two length bytes and the body.
 * Pure: no I/O, no timers. The decoder is incremental (feed it whatever chunks a port delivers), resyncs on
 * the preamble after garbage or a bad frame, and refuses a frame whose length is over the limit as soon as it
 * sees the length, so a corrupt length can never make it wait for 64 KiB that will not come.
 */
export const SAM_PREAMBLE = Uint8Array.of(0xaa, 0xaa, 0xaa, 0x96, 0x69);
const HEADER_BYTES = SAM_PREAMBLE.length + 2;

/** Largest len a reader sends: a base-message read with fingerprint is 0x0a08; leave some room. */
export const SAM_DEFAULT_MAX_LENGTH = 0x0c00;
/** Smallest len of a frame: cmd para xor (requests). Responses need sw1 sw2 sw3 xor. */
const MIN_LENGTH = 3;

export const SamCommand = {
  find: { cmd: 0x20, para: 0x01 },
  select: { cmd: 0x20, para: 0x02 },
  readBase: { cmd: 0x30, para: 0x01 },
  samStatus: { cmd: 0x11, para: 0xff },
  samReset: { cmd: 0x10, para: 0xff },
  samId: { cmd: 0x12, para: 0xff },
} as const;

export interface SamRequest {
  readonly cmd: number;
  readonly para: number;
  readonly data?: Uint8Array;
}

export interface SamResponse {
  readonly sw1: number;
  readonly sw2: number;
  readonly sw3: number;
  readonly data: Uint8Array;
}

function xor(bytes: Uint8Array, from: number, to: number): number {
  let x = 0;
  for (let i = from; i < to; i += 1) x ^= bytes[i] ?? 0;
  return x;
}

/** Wraps a body (cmd para data, or sw1 sw2 sw3 data) into a frame. */
export function encodeFrame(body: Uint8Array): Uint8Array {
  const len = body.length + 1;
  if (len > 0xffff) throw new RangeError('SAM frame body too long');
  const frame = new Uint8Array(HEADER_BYTES + len);
  frame.set(SAM_PREAMBLE, 0);
  frame[5] = len >> 8;
  frame[6] = len & 0xff;
  frame.set(body, HEADER_BYTES);
  frame[frame.length - 1] = xor(frame, 5, frame.length - 1);
  return frame;
}

export function encodeRequest(request: SamRequest): Uint8Array {
  const data = request.data ?? new Uint8Array(0);
  const body = new Uint8Array(2 + data.length);
  body[0] = request.cmd;
  body[1] = request.para;
  body.set(data, 2);
  return encodeFrame(body);
}

export function encodeResponse(response: SamResponse): Uint8Array {
  const body = new Uint8Array(3 + response.data.length);
  body[0] = response.sw1;
  body[1] = response.sw2;
  body[2] = response.sw3;
  body.set(response.data, 3);
  return encodeFrame(body);
}

export type SamDecodeError = 'badChecksum' | 'badLength' | 'frameTooLong';

export type SamDecoded =
  | { readonly kind: 'frame'; readonly body: Uint8Array }
  | { readonly kind: 'error'; readonly error: SamDecodeError; readonly detail: string };

export class SamFrameDecoder {
  private buffer = new Uint8Array(0);
  private skipped = 0;

  constructor(private readonly maxLength = SAM_DEFAULT_MAX_LENGTH) {}

  /** Bytes held while waiting for the rest of a frame. */
  get buffered(): number {
    return this.buffer.length;
  }

  /** Bytes thrown away as garbage (not part of any frame) since the last call; resets the count. */
  takeSkipped(): number {
    const n = this.skipped;
    this.skipped = 0;
    return n;
  }

  reset(): void {
    this.buffer = new Uint8Array(0);
    this.skipped = 0;
  }

  push(chunk: Uint8Array): SamDecoded[] {
    const joined = new Uint8Array(this.buffer.length + chunk.length);
    joined.set(this.buffer, 0);
    joined.set(chunk, this.buffer.length);
    let buf = joined;
    const out: SamDecoded[] = [];
    for (;;) {
      const at = findPreamble(buf);
      if (at < 0) {
        // Keep a tail that could be the start of a preamble split across reads.
        const keep = partialPreambleTail(buf);
        this.skipped += buf.length - keep;
        buf = buf.slice(buf.length - keep);
        break;
      }
      if (at > 0) {
        this.skipped += at;
        buf = buf.slice(at);
      }
      if (buf.length < HEADER_BYTES) break;
      const len = ((buf[5] ?? 0) << 8) | (buf[6] ?? 0);
      if (len < MIN_LENGTH) {
        out.push({ kind: 'error', error: 'badLength', detail: `length ${len} is below ${MIN_LENGTH}` });
        buf = buf.slice(1); // resync: look for the next preamble after this one's first byte
        continue;
      }
      if (len > this.maxLength) {
        out.push({
          kind: 'error',
          error: 'frameTooLong',
          detail: `length ${len} is over the limit of ${this.maxLength}`,
        });
        buf = buf.slice(1);
        continue;
      }
      if (buf.length < HEADER_BYTES + len) break;
      const end = HEADER_BYTES + len;
      const expected = xor(buf, 5, end - 1);
      const actual = buf[end - 1] ?? 0;
      if (expected !== actual) {
        out.push({ kind: 'error', error: 'badChecksum', detail: `xor 0x${hex(actual)}, expected 0x${hex(expected)}` });
        buf = buf.slice(1);
        continue;
      }
      out.push({ kind: 'frame', body: buf.slice(HEADER_BYTES, end - 1) });
      buf = buf.slice(end);
    }
    this.buffer = buf;
    return out;
  }
}

export function parseResponse(body: Uint8Array): SamResponse | undefined {
  if (body.length < 3) return undefined;
  return { sw1: body[0] ?? 0, sw2: body[1] ?? 0, sw3: body[2] ?? 0, data: body.slice(3) };
}

export function parseRequest(body: Uint8Array): SamRequest | undefined {
  if (body.length < 2) return undefined;
  return { cmd: body[0] ?? 0, para: body[1] ?? 0, data: body.slice(2) };
}

function findPreamble(buf: Uint8Array): number {
  outer: for (let i = 0; i + SAM_PREAMBLE.length <= buf.length; i += 1) {
    for (let j = 0; j < SAM_PREAMBLE.length; j += 1) if (buf[i + j] !== SAM_PREAMBLE[j]) continue outer;
    return i;
  }
  return -1;
}

function partialPreambleTail(buf: Uint8Array): number {
  for (let keep = Math.min(SAM_PREAMBLE.length - 1, buf.length); keep > 0; keep -= 1) {
    let match = true;
    for (let j = 0; j < keep; j += 1) {
      if (buf[buf.length - keep + j] !== SAM_PREAMBLE[j]) {
        match = false;
        break;
      }
    }
    if (match) return keep;
  }
  return 0;
}

function hex(n: number): string {
  return n.toString(16).padStart(2, '0');
}
