import { describe, expect, it } from 'vitest';
import type { KioskClient } from '../../../../../shared/kiosk-client.js';
import { rotateSessionId, sessionId } from '../../../session/session-id.js';
import { base64Of, putImage } from './put-image.js';

describe('handing an image to main', () => {
  it('encodes large blobs to base64 in chunks, byte for byte', async () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    expect(await base64Of(new Blob([bytes]))).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('sends the media type of the blob and the current session; a new session gets a new id', async () => {
    const sent: unknown[] = [];
    const client = {
      call: async (method: string, request: unknown) => (sent.push([method, request]), { ok: true, value: {} }),
    } as unknown as KioskClient;
    const ref = `sha256:${'0'.repeat(64)}`;
    expect(await putImage(client, new Blob([new Uint8Array([0x89, 0x50])], { type: 'image/png' }), ref)).toMatchObject({
      ok: true,
    });
    expect(sent).toEqual([
      ['attachments.put', { blobRef: ref, mediaType: 'image/png', base64: 'iVA=', sessionId: sessionId() }],
    ]);
    const ended = rotateSessionId();
    expect(sessionId()).not.toBe(ended);
  });

  it('a call that throws is an unavailable value, never an exception', async () => {
    const client = { call: async () => Promise.reject(new Error('socket closed')) } as unknown as KioskClient;
    expect(
      await putImage(
        client,
        new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }),
        `sha256:${'1'.repeat(64)}`,
      ),
    ).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
