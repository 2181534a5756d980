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

  it('a bad file puts the kiosk out of service, with the reason, and applies nothing of it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-config-'));
    const file = join(dir, 'kiosk.config.json');
    writeFileSync(file, '{"kioskId": "JQ-0007", "idle": {"countdownSeconds": 999}}');
    const loaded = loadKioskConfig(file);
    expect(loaded.outOfService).toContain('idle.countdownSeconds');
    expect(loaded.config.kioskId).not.toBe('JQ-0007'); // nothing half-applied
  });

  it('a misspelt key in a production configuration never turns the kiosk into the demo', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-config-'));
    const file = join(dir, 'kiosk.config.json');
    const lastGood = join(dir, 'state', 'last-good.json');
    const production = {
      kioskId: 'JQ-0007',
      platform: {
        kind: 'http',
        baseUrl: 'https://zwfw.example.cn/api',
        token: 'secret-token-1',
        signingKeys: [
          { keyId: '0123456789abcdef', alg: 'Ed25519', publicKey: 'A'.repeat(43), sample: false, issuer: '平台' },
        ],
      },
      devices: {},
    };
    writeFileSync(file, JSON.stringify({ ...production, platfrom: { kind: 'embedded' } }));
    const first = loadKioskConfig(file, { deployed: true, lastGoodPath: lastGood });
    expect(first.outOfService).toContain('platfrom');
    // Once a good file has been accepted, a later bad one falls back to it, not to the demo.
    writeFileSync(file, JSON.stringify(production));
    expect(loadKioskConfig(file, { deployed: true, lastGoodPath: lastGood })).toMatchObject({
      config: { kioskId: 'JQ-0007', platform: { kind: 'http' } },
      source: file,
    });
    writeFileSync(file, JSON.stringify({ ...production, platfrom: { kind: 'embedded' } }));
    const fallback = loadKioskConfig(file, { deployed: true, lastGoodPath: lastGood });
    expect(fallback).toMatchObject({ config: { kioskId: 'JQ-0007', platform: { kind: 'http' } } });
    expect(fallback.problem).toContain('platfrom');
    expect(fallback.outOfService).toBeUndefined();
  });

  it("a deployed kiosk must pin the platform's signing keys (fetched ones would trust the channel)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-config-'));
    const file = join(dir, 'kiosk.config.json');
    const platform = { kind: 'http', baseUrl: 'https://zwfw.example.cn/api', token: 'secret-token-1' };
    writeFileSync(file, JSON.stringify({ kioskId: 'JQ-0007', platform, devices: {} }));
    expect(loadKioskConfig(file, { deployed: true }).outOfService).toContain('platform.signingKeys');
    expect(loadKioskConfig(file).outOfService).toBeUndefined();
  });

  it('a deployed kiosk with no file, or one that leaves the platform or devices to defaults, is out of service', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-config-'));
    const file = join(dir, 'kiosk.config.json');
    expect(loadKioskConfig(file, { deployed: true }).outOfService).toContain('There is no');
    writeFileSync(file, '{"kioskId": "JQ-0007", "devices": {}}');
    expect(loadKioskConfig(file, { deployed: true }).outOfService).toContain('platform');
    expect(loadKioskConfig(file).outOfService).toBeUndefined(); // a development machine may use the demo
  });

  it('uses a good file and treats a missing one as defaults', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-config-'));
    const file = join(dir, 'kiosk.config.json');
    writeFileSync(file, '{"kioskId": "JQ-0007", "defaultLocale": "en"}');
    expect(loadKioskConfig(file).config).toMatchObject({ kioskId: 'JQ-0007', defaultLocale: 'en' });
    expect(loadKioskConfig(join(dir, 'missing.json'))).toEqual({ config: defaultKioskConfig, source: 'defaults' });
  });

  it('refuses a platform on another machine over plain http (the token and applications would cross in clear)', () => {
    const platform = (baseUrl: string) =>
      parseKioskConfig(JSON.stringify({ platform: { kind: 'http', baseUrl, token: 'secret-token-1' } }));
    expect(platform('http://zwfw.example.cn/api')).toMatchObject({ ok: false, error: { code: 'configInvalid' } });
    expect(platform('http://127.0.0.1.example.cn/api')).toMatchObject({ ok: false });
    expect(platform('https://zwfw.example.cn/api')).toMatchObject({ ok: true });
    expect(platform('http://127.0.0.1:8640')).toMatchObject({ ok: true });
    expect(platform('http://localhost:8640/v1')).toMatchObject({ ok: true });
  });
});
