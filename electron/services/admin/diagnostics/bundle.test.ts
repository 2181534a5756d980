import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { BundleSources } from './bundle.js';
import { buildBundle, bundleFileName, LOG_TAIL_BYTES, recentLog } from './bundle.js';
import { MASKED } from './mask.js';

const dir = mkdtempSync(join(tmpdir(), 'kiosk-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const line = (msg: string) => `${JSON.stringify({ t: '2026-12-03T09:00:00.000Z', level: 'info', scope: 'k', msg })}\n`;

/** Log lines as if the logger had missed something: the bundle's own redaction pass must catch it. */
function writeLogs(logDir: string): void {
  mkdirSync(logDir, { recursive: true });
  writeFileSync(join(logDir, 'kiosk.log.1'), line('older: rotated file') + line('id 14020219900307123X read'));
  writeFileSync(
    join(logDir, 'kiosk.log'),
    line('newest: phone １３９ ０００ ００１０３ typed') + line('kiosk started'),
  );
}

function sources(logDir: string): BundleSources {
  return {
    kioskId: 'YQ-JQ-0007',
    now: () => Date.parse('2026-12-03T09:05:56.789Z'),
    health: () => ({ level: 'ok', checks: [{ name: 'store', level: 'ok', detail: 'schema 7' }], uptimeSeconds: 5 }),
    devices: () => [],
    settings: () => ({ platform: { token: 'secret-token-value' }, helpPhone: '13900000103' }),
    logDir,
    audit: () => [
      {
        id: 1,
        at: '2026-12-03T09:00:00.000Z',
        actor: 'admin',
        action: 'admin.enrolled',
        detail: { note: '140202199003071234' },
      },
    ],
    versions: () => ({ app: '1.2.3', node: '24.0.0' }),
    outbox: () => ({
      pending: 2,
      delivered: 5,
      rejected: 1,
      oldestPendingSeconds: 61.4,
      online: false,
      lastError: 'unavailable',
    }),
    schemaVersion: () => 7,
  };
}

describe('diagnostic bundle', () => {
  const logDir = join(dir, 'logs');
  writeLogs(logDir);
  const bundle = buildBundle(sources(logDir));
  const files = unzipSync(bundle.bytes);
  const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());

  it('is one zip named after the kiosk and the time, with its sha256', () => {
    expect(bundle.fileName).toBe('gov-kiosk-diagnostics-YQ-JQ-0007-20261203T090556Z.zip');
    expect(bundle.sha256).toBe(createHash('sha256').update(bundle.bytes).digest('hex'));
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.txt',
        'audit.json',
        'devices.json',
        'health.json',
        'logs/kiosk.log',
        'outbox.json',
        'settings.json',
        'versions.json',
      ].sort(),
    );
    expect(bundle.parts).toEqual(expect.arrayContaining(Object.keys(files)));
  });

  it('runs every text through the redactor again: no ID number or phone number survives anywhere', () => {
    const all = Object.keys(files).map(text).join('\n');
    expect(all).not.toMatch(/14020219900307123X|140202199003071234|13900000103|１３９/);
    expect(text('logs/kiosk.log')).toContain('[id]');
    expect(text('logs/kiosk.log')).toContain('[phone]');
    expect(JSON.parse(text('audit.json'))[0].detail.note).toBe('[id]');
  });

  it('masks secrets in the settings and keeps the log oldest first across rotated files', () => {
    expect(JSON.parse(text('settings.json'))).toEqual({ platform: { token: MASKED }, helpPhone: '[phone]' });
    const log = text('logs/kiosk.log');
    expect(log.indexOf('older: rotated file')).toBeLessThan(log.indexOf('kiosk started'));
  });

  it('gives outbox counts only, versions and the schema', () => {
    expect(JSON.parse(text('outbox.json'))).toEqual({
      pending: 2,
      delivered: 5,
      rejected: 1,
      oldestPendingSeconds: 61,
      online: false,
      lastContactAt: null,
      lastError: 'unavailable',
    });
    expect(JSON.parse(text('versions.json'))).toMatchObject({
      app: '1.2.3',
      kioskId: 'YQ-JQ-0007',
      schemaVersion: 7,
      logFiles: 2,
    });
  });

  it('takes only the last part of a big log, from a whole line', () => {
    const big = join(dir, 'big');
    mkdirSync(big);
    const lines = Array.from({ length: 40_000 }, (_, n) => line(`line ${n}`)).join('');
    writeFileSync(join(big, 'kiosk.log'), lines);
    const { text: tail, files: count } = recentLog(big);
    expect(Buffer.byteLength(tail)).toBeLessThanOrEqual(LOG_TAIL_BYTES);
    expect(count).toBe(1);
    expect(tail.startsWith('{"t"')).toBe(true);
    expect(tail).toContain('line 39999');
    expect(tail).not.toContain('"line 0"');
  });

  it('answers with an empty log when there is none', () => {
    expect(recentLog(join(dir, 'nothing'))).toEqual({ text: '', files: 0 });
    expect(bundleFileName('a/b c', 0)).toBe('gov-kiosk-diagnostics-a-b-c-19700101T000000Z.zip');
  });
});
