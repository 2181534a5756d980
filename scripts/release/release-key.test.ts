import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { releaseKeySchema } from '../../shared/config/update-config.js';
import { verifyRelease } from '../../electron/services/update/release-signature.js';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const script = join(process.cwd(), 'scripts', 'release', 'release-key.ts');
const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

it('makes a release key, then signs a folder of installers so that a kiosk with the printed entry verifies it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'release-'));
  folders.push(dir);
  const keyFile = join(dir, 'release-key.pem');
  const entry = JSON.parse(execFileSync(tsx, [script, 'keygen', '--out', keyFile], { encoding: 'utf8' })) as {
    update: { publicKeys: unknown[] };
  };
  const key = releaseKeySchema.parse(entry.update.publicKeys[0]);
  expect(statSync(keyFile).mode & 0o777).toBe(0o600);

  const out = join(dir, 'out');
  execFileSync('mkdir', [out]);
  writeFileSync(join(out, 'gov-kiosk-1.2.0-x64.deb'), 'deb x64');
  writeFileSync(join(out, 'gov-kiosk-1.2.0-arm64.AppImage'), 'appimage arm64');
  writeFileSync(join(out, 'GovKiosk-Setup-1.2.0-x64.exe'), 'nsis');
  writeFileSync(join(out, 'gov-kiosk-1.1.0-x64.deb'), 'an older version, not listed');
  const printed = execFileSync(
    tsx,
    [script, 'sign', '--key', keyFile, '--dir', out, '--version', '1.2.0', '--staging', '20'],
    {
      encoding: 'utf8',
    },
  );
  expect(printed).toContain(key.keyId);
  const verified = verifyRelease(readFileSync(join(out, 'release.json')), readFileSync(join(out, 'release.json.sig')), [
    key,
  ]);
  expect(verified.ok).toBe(true);
  if (!verified.ok) return;
  expect(verified.value.stagingPercentage).toBe(20);
  expect(verified.value.files.map((f) => `${f.target} ${f.kind} ${f.size}`)).toEqual([
    'win32-x64 nsis 4',
    'linux-arm64 AppImage 14',
    'linux-x64 deb 7',
  ]);
  // A second keygen never overwrites a key.
  expect(() => execFileSync(tsx, [script, 'keygen', '--out', keyFile], { stdio: 'pipe' })).toThrow();
});
