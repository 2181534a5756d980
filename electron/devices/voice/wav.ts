/**
 * RIFF/WAVE for the voice drivers: 16-bit PCM mono in and out. espeak-ng writes its header before it knows
 * the length (sizes 0x7ffff000), so every WAV a driver returns is re-written from its samples by `toWav`.
 */
export interface Pcm {
  readonly sampleRate: number;
  readonly channels: number;
  /** Interleaved signed 16-bit samples. */
  readonly samples: Int16Array;
}

export function encodeWav(pcm: Pcm): Buffer {
  const dataBytes = pcm.samples.length * 2;
  const out = Buffer.alloc(44 + dataBytes);
  out.write('RIFF', 0, 'ascii');
  out.writeUInt32LE(36 + dataBytes, 4);
  out.write('WAVE', 8, 'ascii');
  out.write('fmt ', 12, 'ascii');
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20); // PCM
  out.writeUInt16LE(pcm.channels, 22);
  out.writeUInt32LE(pcm.sampleRate, 24);
  out.writeUInt32LE(pcm.sampleRate * pcm.channels * 2, 28);
  out.writeUInt16LE(pcm.channels * 2, 32);
  out.writeUInt16LE(16, 34);
  out.write('data', 36, 'ascii');
  out.writeUInt32LE(dataBytes, 40);
  Buffer.from(pcm.samples.buffer, pcm.samples.byteOffset, dataBytes).copy(out, 44);
  return out;
}

/**
 * Reads a 16-bit PCM WAV. Chunk sizes past the end of the buffer (a streamed header) are clamped to what is
 * there. Returns a message instead of throwing, for a driver to report.
 */
export function decodeWav(bytes: Uint8Array): Pcm | string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 12 || buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE')
    return 'not a RIFF/WAVE file';
  let offset = 12;
  let format: { channels: number; sampleRate: number; bits: number; tag: number } | undefined;
  while (offset + 8 <= buf.length) {
    const id = buf.toString('ascii', offset, offset + 4);
    const declared = buf.readUInt32LE(offset + 4);
    const start = offset + 8;
    const size = Math.min(declared, buf.length - start);
    if (id === 'fmt ') {
      if (size < 16) return 'fmt chunk too short';
      format = {
        tag: buf.readUInt16LE(start),
        channels: buf.readUInt16LE(start + 2),
        sampleRate: buf.readUInt32LE(start + 4),
        bits: buf.readUInt16LE(start + 14),
      };
    } else if (id === 'data') {
      if (!format) return 'data before fmt';
      if (format.tag !== 1 || format.bits !== 16) return `unsupported format (tag ${format.tag}, ${format.bits} bits)`;
      if (format.channels < 1 || format.sampleRate < 4_000 || format.sampleRate > 96_000) return 'implausible format';
      const count = Math.floor(size / 2);
      // A copy of the bytes viewed as samples: WAV is little-endian, as are the kiosk's x86 and ARM machines.
      const samples = new Int16Array(Uint8Array.prototype.slice.call(buf, start, start + count * 2).buffer);
      return { sampleRate: format.sampleRate, channels: format.channels, samples };
    }
    offset = start + size + (size % 2);
  }
  return 'no data chunk';
}

export function durationMsOf(pcm: Pcm): number {
  return Math.round((pcm.samples.length / pcm.channels / pcm.sampleRate) * 1000);
}

/** A WAV re-written with true sizes, and its length; or why it is not usable audio. */
export function normalizeWav(bytes: Uint8Array): { wav: Buffer; durationMs: number } | string {
  const pcm = decodeWav(bytes);
  if (typeof pcm === 'string') return pcm;
  if (pcm.samples.length === 0) return 'no samples';
  return { wav: encodeWav(pcm), durationMs: durationMsOf(pcm) };
}

/** Float samples in [-1, 1] (sherpa-onnx) as 16-bit PCM. */
export function floatToPcm(samples: Float32Array, sampleRate: number): Pcm {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i += 1) {
    const s = Math.max(-1, Math.min(1, samples[i] ?? 0));
    out[i] = Math.round(s * 32767);
  }
  return { sampleRate, channels: 1, samples: out };
}

/** Loudness of a clip on a 0–1 scale: how the tests tell speech from silence. */
export function levels(pcm: Pcm): { rms: number; peak: number } {
  let sum = 0;
  let peak = 0;
  for (const s of pcm.samples) {
    const v = Math.abs(s) / 32768;
    sum += v * v;
    if (v > peak) peak = v;
  }
  return { rms: pcm.samples.length ? Math.sqrt(sum / pcm.samples.length) : 0, peak };
}
