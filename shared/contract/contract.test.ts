import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { events, methods } from './index.js';

describe('the contract', () => {
  it('declares every request and event payload as a strict object: extra fields are rejected', () => {
    for (const [name, spec] of Object.entries(methods)) {
      const request = spec.request as z.ZodType;
      expect(
        request instanceof z.ZodObject || request instanceof z.ZodDiscriminatedUnion || request instanceof z.ZodUnion,
        name,
      ).toBe(true);
      const probe = request.safeParse({ __unexpected: true });
      expect(probe.success, `${name} accepted an unknown field`).toBe(false);
    }
    for (const [name, spec] of Object.entries(events)) {
      expect(spec.payload.safeParse({ __unexpected: true }).success, name).toBe(false);
    }
  });

  it('rejects missing fields in replies', () => {
    const reply = methods['app.info'].response;
    expect(
      reply.safeParse({
        name: 'gov-kiosk',
        version: '1',
        host: 'web',
        kioskId: 'K-1',
        startedAt: '2026-01-01T00:00:00Z',
      }).success,
    ).toBe(true);
    expect(reply.safeParse({ name: 'gov-kiosk', version: '1', host: 'web', kioskId: 'K-1' }).success).toBe(false);
    expect(
      reply.safeParse({
        name: 'gov-kiosk',
        version: '1',
        host: 'web',
        kioskId: 'K-1',
        startedAt: '2026-01-01T00:00:00Z',
        extra: 1,
      }).success,
    ).toBe(false);
  });

  it('names calls domain.verb and documents each one', () => {
    for (const [name, spec] of Object.entries(methods)) {
      expect(name).toMatch(/^[a-z]+(\.[a-zA-Z]+)+$/);
      expect(spec.summary.length, name).toBeGreaterThan(10);
    }
  });
});
