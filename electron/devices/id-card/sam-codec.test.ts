import { describe, expect, it } from 'vitest';
import {
  encodeRequest,
  encodeResponse,
  parseRequest,
  parseResponse,
  SamCommand,
  SamFrameDecoder,
  type SamDecoded,
} from './sam-codec.js';

const bytes = (...b: number[]) => Uint8Array.of(...b);
const frames = (out: SamDecoded[]) =>
  out.filter((d) => d.kind === 'frame').map((d) => [...(d as { body: Uint8Array }).body]);
const errors = (out: SamDecoded[]) => out.filter((d) => d.kind === 'error').map((d) => (d as { error: string }).error);

describe('SAM frame codec', () => {
  it('builds the find / select / read / SAM status requests byte by byte', () => {
    expect([...encodeRequest(SamCommand.find)]).toEqual([0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x03, 0x20, 0x01, 0x22]);
    expect([...encodeRequest(SamCommand.select)]).toEqual([0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x03, 0x20, 0x02, 0x21]);
    expect([...encodeRequest(SamCommand.readBase)]).toEqual([
      0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x03, 0x30, 0x01, 0x32,
    ]);
    expect([...encodeRequest(SamCommand.samStatus)]).toEqual([
      0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x03, 0x11, 0xff, 0xed,
    ]);
  });

  it('builds a response with status word and data, length and xor included', () => {
    // "card found": sw 00 00 9f + 4 data bytes → len 8
    const frame = encodeResponse({ sw1: 0, sw2: 0, sw3: 0x9f, data: new Uint8Array(4) });
    expect([...frame]).toEqual([
      0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x08, 0x00, 0x00, 0x9f, 0x00, 0x00, 0x00, 0x00, 0x97,
    ]);
  });

  it('parses a well-formed response into its status word and data', () => {
    const decoder = new SamFrameDecoder();
    const out = decoder.push(bytes(0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x04, 0x00, 0x00, 0x90, 0x94));
    expect(errors(out)).toEqual([]);
    expect(frames(out)).toEqual([[0x00, 0x00, 0x90]]);
    const first = out[0];
    expect(first?.kind === 'frame' && parseResponse(first.body)).toEqual({
      sw1: 0,
      sw2: 0,
      sw3: 0x90,
      data: new Uint8Array(0),
    });
    expect(decoder.buffered).toBe(0);
  });

  it('round-trips requests and a 1295-byte read reply', () => {
    const data = Uint8Array.from({ length: 1284 }, (_, i) => (i * 7) & 0xff);
    const decoder = new SamFrameDecoder();
    const out = decoder.push(encodeResponse({ sw1: 0, sw2: 0, sw3: 0x90, data }));
    expect(out).toHaveLength(1);
    const frame = out[0];
    expect(frame?.kind).toBe('frame');
    if (frame?.kind === 'frame') expect(parseResponse(frame.body)?.data).toEqual(data);
    const req = decoder.push(encodeRequest({ cmd: 0x30, para: 0x01 }));
    expect(req[0]?.kind === 'frame' && parseRequest(req[0].body)).toEqual({
      cmd: 0x30,
      para: 0x01,
      data: new Uint8Array(0),
    });
  });

  it('rejects a bad checksum with a clear error, then decodes the next good frame', () => {
    const decoder = new SamFrameDecoder();
    const bad = encodeResponse({ sw1: 0, sw2: 0, sw3: 0x90, data: new Uint8Array(0) });
    bad[bad.length - 1] = (bad[bad.length - 1] ?? 0) ^ 0xff;
    const good = encodeResponse({ sw1: 0, sw2: 0, sw3: 0x9f, data: new Uint8Array(4) });
    const out = decoder.push(Uint8Array.from([...bad, ...good]));
    expect(errors(out)).toEqual(['badChecksum']);
    expect(frames(out)).toEqual([[0, 0, 0x9f, 0, 0, 0, 0]]);
    expect(decoder.buffered).toBe(0);
  });

  it('rejects a length too short to hold a status word, and resyncs', () => {
    const decoder = new SamFrameDecoder();
    const out = decoder.push(
      bytes(
        0xaa,
        0xaa,
        0xaa,
        0x96,
        0x69,
        0x00,
        0x01,
        0x00,
        ...encodeResponse({ sw1: 0, sw2: 0, sw3: 0x80, data: new Uint8Array(0) }),
      ),
    );
    expect(errors(out)).toEqual(['badLength']);
    expect(frames(out)).toEqual([[0, 0, 0x80]]);
  });

  it('skips garbage before a header, including a false start of the preamble', () => {
    const decoder = new SamFrameDecoder();
    const garbage = [0x00, 0xff, 0x13, 0xaa, 0xaa, 0x96, 0xaa, 0xaa];
    const out = decoder.push(
      Uint8Array.from([...garbage, ...encodeResponse({ sw1: 0, sw2: 0, sw3: 0x90, data: new Uint8Array(0) })]),
    );
    expect(errors(out)).toEqual([]);
    expect(frames(out)).toEqual([[0, 0, 0x90]]);
    expect(decoder.takeSkipped()).toBe(garbage.length);
  });

  it('decodes a frame split into single bytes, keeping a split preamble', () => {
    const decoder = new SamFrameDecoder();
    const frame = encodeResponse({ sw1: 0, sw2: 0, sw3: 0x9f, data: new Uint8Array(4) });
    const out: SamDecoded[] = [];
    for (const b of [0x11, 0x22, ...frame]) {
      out.push(...decoder.push(bytes(b)));
      if (out.length === 0) expect(decoder.buffered).toBeLessThanOrEqual(frame.length);
    }
    expect(frames(out)).toEqual([[0, 0, 0x9f, 0, 0, 0, 0]]);
    expect(errors(out)).toEqual([]);
  });

  it('decodes two frames in one chunk and a frame split across three chunks', () => {
    const decoder = new SamFrameDecoder();
    const a = encodeResponse({ sw1: 0, sw2: 0, sw3: 0x90, data: bytes(1, 2) });
    const b = encodeResponse({ sw1: 0, sw2: 0, sw3: 0x80, data: new Uint8Array(0) });
    const all = Uint8Array.from([...a, ...b, ...a]);
    const out = [
      ...decoder.push(all.subarray(0, 3)),
      ...decoder.push(all.subarray(3, 20)),
      ...decoder.push(all.subarray(20)),
    ];
    expect(frames(out)).toEqual([
      [0, 0, 0x90, 1, 2],
      [0, 0, 0x80],
      [0, 0, 0x90, 1, 2],
    ]);
  });

  it('refuses an oversize frame as soon as its length arrives, without waiting for the body', () => {
    const decoder = new SamFrameDecoder(0x0c00);
    // Claims 0xffff bytes; only the header has come. A decoder that waited would hang the command.
    const out = decoder.push(bytes(0xaa, 0xaa, 0xaa, 0x96, 0x69, 0xff, 0xff));
    expect(errors(out)).toEqual(['frameTooLong']);
    expect(out[0]?.kind === 'error' && out[0].detail).toContain('65535');
    expect(decoder.buffered).toBeLessThan(7);
    // It stays usable: the next good frame decodes.
    expect(frames(decoder.push(encodeResponse({ sw1: 0, sw2: 0, sw3: 0x90, data: new Uint8Array(0) })))).toEqual([
      [0, 0, 0x90],
    ]);
  });

  it('never throws or grows without bound on random noise', () => {
    const decoder = new SamFrameDecoder(0x100);
    let seed = 42;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed & 0xff;
    };
    for (let i = 0; i < 2_000; i += 1) {
      const chunk = Uint8Array.from({ length: 1 + (rand() % 40) }, () =>
        rand() < 40 ? [0xaa, 0x96, 0x69][rand() % 3]! : rand(),
      );
      decoder.push(chunk);
      expect(decoder.buffered).toBeLessThanOrEqual(0x100 + 7);
    }
  });
});
