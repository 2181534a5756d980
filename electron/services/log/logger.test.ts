import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

describe('file logger', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const newFile = () => {
    const dir = mkdtempSync(join(tmpdir(), 'log-'));
    dirs.push(dir);
    return join(dir, 'logs', 'kiosk.log');
  };

  it('writes redacted JSON lines readable by the owner only', () => {
    const file = newFile();
    createLogger({ file }).child('devices').warn('card 140202199003071234 on tel 138 0013 8000');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const line = JSON.parse(readFileSync(file, 'utf8').trim()) as { scope: string; msg: string };
    expect(line).toMatchObject({ scope: 'kiosk.devices', msg: 'card [id] on tel [phone]' });
  });

  it('rotates past the size limit and keeps a bounded number of old files', () => {
    const file = newFile();
    const log = createLogger({ file, rotateBytes: 2_000, keep: 2 });
    for (let i = 0; i < 100; i += 1) log.info(`line ${i} ${'x'.repeat(60)}`);
    expect(statSync(file).size).toBeLessThanOrEqual(2_000);
    expect(existsSync(`${file}.1`)).toBe(true);
    expect(existsSync(`${file}.2`)).toBe(true);
    expect(existsSync(`${file}.3`)).toBe(false);
    expect(readFileSync(file, 'utf8')).toContain('line 99');
  });
});
