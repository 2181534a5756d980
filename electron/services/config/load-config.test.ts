import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultKioskConfig } from '../../../shared/config/kiosk-config.js';
import { loadKioskConfig, parseKioskConfig } from './load-config.js';

describe('kiosk configuration', () => {
  it('fills every default from an empty object', () => {
    const parsed = parseKioskConfig('{}');
    expect(parsed.ok && parsed.value).toEqual(defaultKioskConfig);
    expect(defaultKioskConfig.idle).toEqual({ warnAfterSeconds: 120, countdownSeconds: 40, maxExtensions: 10 });
  });

  it.each([
    ['an unknown field', '{"kioskMode": true}', 'Unrecognized key'],
    ['a countdown outside 30–45 s', '{"idle": {"countdownSeconds": 5}}', 'idle.countdownSeconds'],
    ['fewer than ten extensions', '{"idle": {"maxExtensions": 3}}', 'idle.maxExtensions'],
    ['a platform without a token', '{"platform": {"kind": "http", "baseUrl": "https://p.example"}}', 'platform.token'],
    ['a bad kiosk id', '{"kioskId": "../../etc"}', 'kioskId'],
  ])('rejects %s, naming the field', (_label, text, expected) => {
    const parsed = parseKioskConfig(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toContain(expected);
  });

  it('rejects text that is not JSON', () => {
    expect(parseKioskConfig('{kioskId:')).toMatchObject({ ok: false, error: { code: 'configNotJson' } });
  });

  it('keeps the defaults when the file is bad, and says why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-config-'));
    const file = join(dir, 'kiosk.config.json');
    writeFileSync(file, '{"kioskId": "JQ-0007", "idle": {"countdownSeconds": 999}}');
    const loaded = loadKioskConfig(file);
    expect(loaded.config).toEqual(defaultKioskConfig); // nothing half-applied: kioskId was valid but is not used
    expect(loaded.problem).toContain('idle.countdownSeconds');
  });

  it('uses a good file and treats a missing one as defaults', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-config-'));
    const file = join(dir, 'kiosk.config.json');
    writeFileSync(file, '{"kioskId": "JQ-0007", "defaultLocale": "en"}');
    expect(loadKioskConfig(file).config).toMatchObject({ kioskId: 'JQ-0007', defaultLocale: 'en' });
    expect(loadKioskConfig(join(dir, 'missing.json'))).toEqual({ config: defaultKioskConfig, source: 'defaults' });
  });
});
