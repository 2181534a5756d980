import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyDirFor, moveLegacyKeys } from './key-location.js';

describe('key location', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'kiosk-keys-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is never inside the data folder', () => {
    const data = join(root, 'gov-kiosk');
    expect(keyDirFor(data, {})).toBe(join(root, 'gov-kiosk.keys'));
    expect(keyDirFor(data, {}).startsWith(`${data}/`)).toBe(false);
    expect(keyDirFor(data, { KIOSK_KEY_DIR: '/var/lib/gov-kiosk-keys' })).toBe('/var/lib/gov-kiosk-keys');
  });

  it("moves an older kiosk's keys out of the data folder, keeping a key already there", () => {
    const data = join(root, 'data');
    const keys = keyDirFor(data, {});
    mkdirSync(join(data, 'keys'), { recursive: true });
    writeFileSync(join(data, 'keys', 'store.key'), 'old-store-key\n');
    writeFileSync(join(data, 'keys', 'platform-signing.pem'), 'old-pem\n');
    mkdirSync(keys, { recursive: true });
    writeFileSync(join(keys, 'platform-signing.pem'), 'current-pem\n');
    expect(moveLegacyKeys(data, keys)).toEqual(['store.key']);
    expect(readFileSync(join(keys, 'store.key'), 'utf8')).toBe('old-store-key\n');
    expect(readFileSync(join(keys, 'platform-signing.pem'), 'utf8')).toBe('current-pem\n');
    expect(existsSync(join(data, 'keys'))).toBe(false);
    expect(moveLegacyKeys(data, keys)).toEqual([]);
  });
});
