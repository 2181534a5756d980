import { describe, expect, it } from 'vitest';
import { createMemoryLinkPair } from '../transport/memory-link.js';
import { encodeResponse, SamCommand } from './sam-codec.js';
import { SerialSamChannel } from './sam-channel.js';

/** What a driver sees when the reader answers badly: one clear completion code per command, at once. */
function channelAnswering(reply: (request: Uint8Array) => Uint8Array[]) {
  const [host, device] = createMemoryLinkPair('test');
  device.onData((chunk) => {
    for (const part of reply(chunk)) void device.write(part, 100);
  });
  return { channel: new SerialSamChannel(host), device };
}

const ok90 = encodeResponse({ sw1: 0, sw2: 0, sw3: 0x90, data: new Uint8Array(0) });

describe('SAM channel completions', () => {
  it('a good reply after garbage and split into pieces completes with success', async () => {
    const { channel } = channelAnswering(() => [
      Uint8Array.of(0x00, 0x13, 0xaa),
      ok90.subarray(0, 4),
      ok90.subarray(4),
    ]);
    expect(await channel.exchange(SamCommand.samStatus, 500)).toEqual({
      ok: true,
      value: { sw3: 0x90, data: new Uint8Array(0) },
    });
  });

  it('a bad checksum ends the command with invalidData.badFrame', async () => {
    const bad = ok90.slice();
    bad[bad.length - 1] = (bad[bad.length - 1] ?? 0) ^ 0x01;
    const { channel } = channelAnswering(() => [bad]);
    expect(await channel.exchange(SamCommand.samStatus, 500)).toMatchObject({
      ok: false,
      error: { code: 'invalidData.badFrame', completion: 'invalidData' },
    });
  });

  it('a bad length ends the command with invalidData.badFrame', async () => {
    const { channel } = channelAnswering(() => [Uint8Array.of(0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x00)]);
    expect(await channel.exchange(SamCommand.samStatus, 500)).toMatchObject({
      ok: false,
      error: { code: 'invalidData.badFrame' },
    });
  });

  it('an oversize frame ends the command with invalidData.frameTooLong at once, not after the timeout', async () => {
    const { channel } = channelAnswering(() => [
      Uint8Array.of(0xaa, 0xaa, 0xaa, 0x96, 0x69, 0xff, 0xf0, 0x00, 0x00, 0x90),
    ]);
    const started = Date.now();
    expect(await channel.exchange(SamCommand.readBase, 5_000)).toMatchObject({
      ok: false,
      error: { code: 'invalidData.frameTooLong' },
    });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('silence ends in timeOut.noAnswer; a pulled link in hardwareError.linkError; a late reply is not taken for the next', async () => {
    let answer = false;
    const { channel, device } = channelAnswering(() => (answer ? [ok90] : []));
    expect(await channel.exchange(SamCommand.samStatus, 50)).toMatchObject({
      ok: false,
      error: { code: 'timeOut.noAnswer' },
    });
    // A stale "card found" reply arriving while "select" waits is the wrong shape and is ignored.
    answer = false;
    const waiting = channel.exchange(SamCommand.select, 200);
    expect(
      await device.write(encodeResponse({ sw1: 0, sw2: 0, sw3: 0x9f, data: new Uint8Array(4) }), 100),
    ).toMatchObject({ ok: true });
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'timeOut.noAnswer' } });
    answer = true;
    expect(await channel.exchange(SamCommand.samStatus, 500)).toMatchObject({ ok: true });
    const pending = channel.exchange(SamCommand.find, 5_000);
    answer = false;
    device.shut('unplugged');
    await channel.close();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'hardwareError.linkError' } });
  });
});
