import { describe, expect, it } from 'vitest';
import { ManualClock } from '../store/clock.js';
import { StaticKeyProvider } from '../store/key-provider.js';
import { KioskStore } from '../store/store.js';
import { AuditLog, auditSafe } from './audit-log.js';

describe('audit log', () => {
  it('keeps codes and numbers, and drops anything that could be personal', () => {
    expect(auditSafe('YQJQ-20260115-00001')).toBe('YQJQ-20260115-00001');
    expect(auditSafe('DEMO-0001-20260115-0001')).toBe('DEMO-0001-20260115-0001');
    expect(auditSafe('submission.delivered')).toBe('submission.delivered');
    expect(auditSafe('王建国')).toBe('[removed]');
    expect(auditSafe('140311200001010000')).toBe('[removed]');
    expect(auditSafe('id 14031119750821003X')).toBe('[removed]');
    expect(auditSafe('call 13900000103')).toBe('[removed]');
    expect(auditSafe('a'.repeat(121))).toBe('[removed]');
  });

  it('records who did what and when, without personal data, and lists newest first', () => {
    const clock = new ManualClock(Date.parse('2026-01-15T02:30:00Z'));
    const store = KioskStore.open({ path: ':memory:', keyProvider: new StaticKeyProvider(), clock });
    const audit = new AuditLog(store, 3);
    audit.record({ actor: 'admin', action: 'admin.platformReset', detail: { operator: 'tech-07' } });
    clock.advance(1000);
    audit.record({
      actor: 'kiosk',
      action: 'submission.delivered',
      subject: 'YQJQ-20260115-00001',
      detail: { local: 'DEMO-0001-20260115-0001', attempts: 2, note: '申请人王建国', phone: '13900000103' },
    });
    const [latest, first] = audit.list();
    expect(latest).toMatchObject({
      actor: 'kiosk',
      action: 'submission.delivered',
      subject: 'YQJQ-20260115-00001',
      at: '2026-01-15T02:30:01.000Z',
    });
    expect(latest?.detail).toEqual({
      local: 'DEMO-0001-20260115-0001',
      attempts: 2,
      note: '[removed]',
      phone: '[removed]',
    });
    expect(first).toMatchObject({ actor: 'admin', action: 'admin.platformReset', detail: { operator: 'tech-07' } });
    for (let i = 0; i < 5; i += 1) audit.record({ actor: 'system', action: 'tick' });
    expect(audit.trim()).toBe(4);
    expect(audit.list()).toHaveLength(3);
    store.close();
  });
});
