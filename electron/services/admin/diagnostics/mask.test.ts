import { describe, expect, it } from 'vitest';
import { defaultKioskConfig } from '../../../../shared/config/kiosk-config.js';
import { isSecretKey, MASKED, maskSettings, scrubText } from './mask.js';

const config = {
  ...defaultKioskConfig,
  platform: {
    kind: 'http',
    baseUrl: 'https://ops:hunter2@platform.example.gov.cn/api',
    token: 'tok-very-secret-1234',
    timeoutMs: 8000,
  },
  admin: {
    ...defaultKioskConfig.admin,
    identityKey: 'q'.repeat(43) + '=',
    totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
    technicians: [
      {
        enrolmentId: 'T-001',
        role: 'administrator',
        idHash: `hmac-sha256:${'a'.repeat(64)}`,
        pinHash: `scrypt$15$8$1$${'s'.repeat(22)}$${'h'.repeat(44)}`,
        maskedName: '王*国',
      },
    ],
  },
  helpPhone: '13800138000',
  note: '身份证 140202199003071234 留在机器上',
};

describe('settings in the diagnostic bundle', () => {
  const masked = maskSettings(config) as typeof config;
  const text = JSON.stringify(masked);

  it('masks every secret and hash, keeping the key so the reader sees it is set', () => {
    expect(masked.platform.token).toBe(MASKED);
    expect(masked.admin.identityKey).toBe(MASKED);
    expect(masked.admin.totpSecret).toBe(MASKED);
    expect(masked.admin.technicians[0]?.idHash).toBe(MASKED);
    expect(masked.admin.technicians[0]?.pinHash).toBe(MASKED);
    for (const secret of ['tok-very-secret-1234', 'qqqqqqqq', 'JBSWY3DP', 'aaaaaaaa', 'hhhhhhhh', 'hunter2'])
      expect(text).not.toContain(secret);
  });

  it('keeps what is not secret, so the bundle still says how the kiosk is set up', () => {
    expect(masked.admin.technicians[0]?.enrolmentId).toBe('T-001');
    expect(masked.admin.technicians[0]?.maskedName).toBe('王*国');
    expect(masked.platform.timeoutMs).toBe(8000);
    expect(masked.platform.baseUrl).toBe(`https://${MASKED}@platform.example.gov.cn/api`);
    expect(masked.kioskId).toBe(defaultKioskConfig.kioskId);
  });

  it('leaves an unset secret unset (absent stays absent)', () => {
    const plain = maskSettings({ admin: { technicians: [] } }) as { admin: Record<string, unknown> };
    expect('identityKey' in plain.admin).toBe(false);
    expect(maskSettings({ token: '' })).toEqual({ token: '' });
  });

  it('passes every string through the log redactor: ID numbers and phone numbers do not survive', () => {
    expect(masked.helpPhone).toBe('[phone]');
    expect(masked.note).toBe('身份证 [id] 留在机器上');
    expect(text).not.toMatch(/140202199003071234|13800138000/);
  });

  it('names secret keys by their ending, not by a word inside them', () => {
    for (const key of ['token', 'identityKey', 'totpSecret', 'idHash', 'pinHash', 'platform.token', 'password', 'pin'])
      expect(isSecretKey(key), key).toBe(true);
    for (const key of ['maxKeyGapMs', 'tokensFile', 'kioskId', 'siteName', 'shutdown', 'pinyin'])
      expect(isSecretKey(key), key).toBe(false);
  });

  it('scrubs text: full-width and spaced numbers as well', () => {
    expect(scrubText('call 138 0013 8000 or １３８００１３８０００')).toBe('call [phone] or [phone]');
    expect(scrubText('ftp://u:p@host/x')).toBe(`ftp://${MASKED}@host/x`);
  });
});
