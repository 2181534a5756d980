import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adminConfigSchema } from '../../shared/config/admin-config.js';
import { idNumberHash, verifyPin } from '../../electron/services/admin/credentials.js';

const ID = '140311197906150039';

function enrol(answers: string[], args: string[] = []) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/admin/enrol-technician.ts', ...args], {
    input: `${answers.join('\n')}\n`,
    encoding: 'utf8',
  });
}

describe('npm run admin:enrol', () => {
  const dir = mkdtempSync(join(tmpdir(), 'admin-enrol-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints an admin section the kiosk accepts, with hashes that match, and nothing in clear', async () => {
    const run = enrol(['T09', 'administrator', '孙建华', ID, '112233', '112233'], ['--totp']);
    expect(run.status).toBe(0);
    const section = adminConfigSchema.parse((JSON.parse(run.stdout) as { admin: unknown }).admin);
    const [entry] = section.technicians;
    expect(entry).toMatchObject({ enrolmentId: 'T09', role: 'administrator', maskedName: '孙*华' });
    expect(entry?.idHash).toBe(idNumberHash(ID, section.identityKey ?? ''));
    expect(await verifyPin('112233', entry?.pinHash ?? '')).toBe(true);
    expect(section.totpSecret).toMatch(/^[A-Z2-7]{32}$/);
    for (const secret of [ID, '孙建华', '112233']) expect(run.stdout + run.stderr).not.toContain(secret);
  });

  it("uses the deployment file's identity key, so every technician of a site matches", () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = join(dir, 'kiosk.config.json');
    writeFileSync(config, JSON.stringify({ admin: { identityKey: key } }));
    const run = enrol(['T10', 'technician', '周敏', '140311198509210047', '445566', '445566'], ['--config', config]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { admin: { identityKey?: string; technicians: Array<{ idHash: string }> } };
    expect(out.admin.identityKey).toBeUndefined();
    expect(out.admin.technicians[0]?.idHash).toBe(idNumberHash('140311198509210047', key));
  });

  it('refuses a bad ID number, a short PIN or two PINs that differ, printing nothing', () => {
    for (const answers of [
      ['T11', 'technician', '孙建华', '140311197906150038', '112233', '112233'],
      ['T11', 'technician', '孙建华', ID, '1122', '1122'],
      ['T11', 'technician', '孙建华', ID, '112233', '112234'],
      ['T 11', 'technician', '孙建华', ID, '112233', '112233'],
    ]) {
      const run = enrol(answers);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
    }
  });
});
