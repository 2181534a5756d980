import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveConfigPath } from '../../electron/main/config-location.js';
import { kioskConfigSchema } from '../../shared/config/kiosk-config.js';

/**
 * The machine integration the installers ship (deploy/linux with the deb, deploy/windows with NSIS), checked
 * where it can be here: systemd-analyze verify on the unit and shellcheck on the maintainer scripts as the deb
 * will carry them (rendered like electron-builder renders its templates), the wiring in electron-builder.yml,
 * the udev rules' syntax and ids, and the Windows lockdown's structure — PowerShell cannot run here (Debian's
 * archive has no pwsh), so its scripts are read, not run: every lockdown step has its undo, and no password
 * is written anywhere but the LSA secret store.
 */
const root = resolve(import.meta.dirname, '../..');
const linux = join(root, 'deploy/linux');
const windows = join(root, 'deploy/windows');
const builder = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
  productName: string;
  linux: { executableName: string };
  deb: { afterInstall: string; afterRemove: string; fpm: string[]; depends: string[] };
  win: { extraResources: { from: string; to: string; filter: string[] }[] };
  nsis: { include: string; perMachine: boolean; deleteAppDataOnUninstall: boolean };
};
const read = (path: string) => readFileSync(path, 'utf8');
const work = mkdtempSync(join(tmpdir(), 'kiosk-deploy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function tool(name: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  if (!found)
    throw new Error(
      `${name} is not installed: bash .ci/run installs it (apt-get install ${name === 'systemd-analyze' ? 'systemd' : name})`,
    );
  return found;
}

/** What electron-builder's FpmTarget does to afterInstall/afterRemove: ${macro} replaced, an unknown one an error. */
function renderTemplate(path: string): string {
  const macros: Record<string, string> = {
    executable: builder.linux.executableName,
    sanitizedProductName: builder.productName,
    productFilename: builder.productName,
  };
  return read(path).replace(/\${([a-zA-Z]+)}/g, (_m, name: string) => {
    const value = macros[name];
    if (value === undefined) throw new Error(`${path}: macro \${${name}} is not one electron-builder defines`);
    return value;
  });
}

/** fpm's `src=dest` arguments in deb.fpm: what the deb installs besides /opt. */
function fpmFiles(): Map<string, string> {
  return new Map(
    builder.deb.fpm.filter((a) => !a.startsWith('-') && a.includes('=')).map((a) => a.split('=') as [string, string]),
  );
}

describe('Linux: the unit, the scripts and the deb wiring', () => {
  const unit = read(join(linux, 'gov-kiosk.service'));

  it('systemd-analyze verify passes on the unit with nothing to say', () => {
    const dir = mkdtempSync(join(work, 'unit-'));
    writeFileSync(join(dir, 'gov-kiosk.service'), unit);
    const run = spawnSync(tool('systemd-analyze'), ['verify', '--man=no', join(dir, 'gov-kiosk.service')], {
      encoding: 'utf8',
    });
    expect(`${run.stdout}${run.stderr}`).toBe('');
    expect(run.status).toBe(0);
  });

  it('systemd-analyze verify catches a broken unit (so its silence means something)', () => {
    const dir = mkdtempSync(join(work, 'bad-'));
    writeFileSync(join(dir, 'gov-kiosk.service'), unit.replace('Type=simple', 'Type=simpel'));
    const run = spawnSync(tool('systemd-analyze'), ['verify', '--man=no', join(dir, 'gov-kiosk.service')], {
      encoding: 'utf8',
    });
    expect(run.stderr).toMatch(/simpel/);
  });

  it('shellcheck passes on postinst, prerm and postrm as the deb carries them', () => {
    const scripts = {
      postinst: renderTemplate(join(root, builder.deb.afterInstall)),
      postrm: renderTemplate(join(root, builder.deb.afterRemove)),
      prerm: read(join(linux, 'prerm.sh')),
    };
    for (const [name, text] of Object.entries(scripts)) {
      const file = join(work, name);
      writeFileSync(file, text);
      const run = spawnSync(tool('shellcheck'), ['--shell=bash', '--severity=style', file], { encoding: 'utf8' });
      expect(run.stdout, name).toBe('');
      expect(run.status, name).toBe(0);
      expect(text.startsWith('#!/bin/bash\n'), name).toBe(true);
    }
    expect(scripts.postinst).toContain("app_dir='/opt/GovKiosk'");
  });

  it('runs the app in cage on tty1 as the service user, with no VT switching, restarting on exit', () => {
    const line = (key: string) => new RegExp(`^${key}=(.*)$`, 'm').exec(unit)?.[1];
    expect(line('Conflicts')).toBe('getty@tty1.service');
    expect(line('TTYPath')).toBe('/dev/tty1');
    expect(line('StandardInput')).toBe('tty-fail');
    expect(line('Restart')).toBe('always');
    expect(line('StartLimitIntervalSec')).toBe('0');
    expect(line('User')).toBe('gov-kiosk');
    const exec = line('ExecStart') ?? '';
    const [cage, ...rest] = exec.split(' ');
    expect(cage).toBe('/usr/bin/cage');
    const cageFlags = rest.slice(0, rest.indexOf('--'));
    expect(cageFlags).not.toContain('-s'); // -s would allow switching to another VT
    expect(rest[rest.indexOf('--') + 1]).toBe(`/opt/${builder.productName}/${builder.linux.executableName}`);
    // The PAM stack it names is shipped, and registers the session with logind.
    const pamName = line('PAMName') ?? '';
    expect(fpmFiles().get(`deploy/linux/pam.d/${pamName}`)).toBe(`/etc/pam.d/${pamName}`);
    expect(read(join(linux, 'pam.d', pamName))).toMatch(/^session\s+required\s+pam_systemd\.so$/m);
    expect(builder.deb.depends).toContain('cage');
    // postinst creates the same user the unit runs as.
    expect(read(join(linux, 'postinst.sh'))).toMatch(/^kiosk_user=gov-kiosk$/m);
  });

  it('ships every file the deb names, the configuration as a conffile at the path the app reads', () => {
    for (const src of fpmFiles().keys()) expect(existsSync(join(root, src)), src).toBe(true);
    for (const script of [builder.deb.afterInstall, builder.deb.afterRemove])
      expect(existsSync(join(root, script))).toBe(true);
    const beforeRemove = builder.deb.fpm.find((a) => a.startsWith('--before-remove='))?.split('=')[1] ?? '';
    expect(existsSync(join(root, beforeRemove)), beforeRemove).toBe(true);
    const conffile = builder.deb.fpm.find((a) => a.startsWith('--config-files='))?.split('=')[1];
    const appReads = resolveConfigPath('linux', {}, '/var/lib/gov-kiosk/.config/GovKiosk')[0];
    expect(conffile).toBe(appReads);
    expect(fpmFiles().get('deploy/linux/kiosk.config.json')).toBe(conffile);
    expect(fpmFiles().get('deploy/linux/gov-kiosk.service')).toBe('/lib/systemd/system/gov-kiosk.service');
  });

  it('ships a default configuration that is valid but leaves a deployed kiosk out of service until pushed', () => {
    const shipped = JSON.parse(read(join(linux, 'kiosk.config.json'))) as Record<string, unknown>;
    expect(kioskConfigSchema.safeParse(shipped).success).toBe(true);
    // A deployed kiosk must state these itself (ARCHITECTURE.md, 'Fail closed'): the default never runs as the demo.
    for (const key of ['kioskId', 'platform', 'devices']) expect(shipped, key).not.toHaveProperty(key);
  });

  it('udev rules are well formed and cover the USB ids the device examples use', () => {
    const rules = read(join(linux, '60-gov-kiosk.rules'))
      .split('\n')
      .filter((l) => l.trim() && !l.trimStart().startsWith('#'));
    expect(rules.length).toBeGreaterThan(3);
    const match = new Set(['SUBSYSTEM', 'KERNEL', 'ATTRS{idVendor}', 'ATTRS{idProduct}', 'ACTION']);
    const assign = new Set(['GROUP', 'MODE', 'TAG', 'SYMLINK']);
    for (const rule of rules) {
      for (const part of rule.split(/,\s*/)) {
        const m = /^([A-Z]+(?:\{[A-Za-z]+\})?)(==|!=|\+=|=)"([^"]*)"$/.exec(part.trim());
        expect(m, `${rule}: ${part}`).not.toBeNull();
        const [, key = '', op = ''] = m ?? [];
        if (op === '==' || op === '!=') expect(match.has(key), `${key} is not a match key here`).toBe(true);
        else expect(assign.has(key), `${key} is not an assignment here`).toBe(true);
      }
      expect(rule).toMatch(/GROUP="gov-kiosk"/);
      expect(rule).toMatch(/MODE="0660"/);
    }
    const covered = new Set(
      rules.flatMap((r) => {
        const v = /idVendor}=="([0-9a-f]{4})"/.exec(r)?.[1];
        const p = /idProduct}=="([0-9a-f]{4})"/.exec(r)?.[1];
        return v ? [`${v}:${p ?? '*'}`] : [];
      }),
    );
    const examples = read(join(root, 'electron/devices/README.md'));
    const ids = [...examples.matchAll(/"vendorId": "([0-9a-f]{4})", "productId": "([0-9a-f]{4})"/g)].map(
      (m) => `${m[1]}:${m[2]}`,
    );
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(covered.has(id), id).toBe(true);
  });
});

describe('Windows: silent per-machine install and a lockdown that uninstall reverts', () => {
  const lockdown = read(join(windows, 'Set-KioskLockdown.ps1'));
  const undo = read(join(windows, 'Undo-KioskLockdown.ps1'));
  const common = read(join(windows, 'KioskLockdown.Common.ps1'));
  const nsh = read(join(windows, 'installer.nsh'));

  it('installs per machine, keeps the data on uninstall, and ships the scripts the uninstaller runs', () => {
    expect(builder.nsis.perMachine).toBe(true);
    expect(builder.nsis.deleteAppDataOnUninstall).toBe(false);
    expect(builder.nsis.include).toBe('deploy/windows/installer.nsh');
    const shipped = builder.win.extraResources.find((r) => r.from === 'deploy/windows');
    expect(shipped?.to).toBe('deploy');
    expect(nsh).toContain(`$INSTDIR\\resources\\${shipped?.to}\\Undo-KioskLockdown.ps1`);
    // Only on a real uninstall: an update runs the old uninstaller with the updated flag.
    expect(nsh).toMatch(
      /!macro customUnInstall[\s\S]*\$\{ifNot\} \$\{isUpdated\}[\s\S]*Undo-KioskLockdown[\s\S]*!macroend/,
    );
    for (const file of readdirSync(windows).filter((f) => f.endsWith('.ps1')))
      expect(
        shipped?.filter.some((f) => f === '*.ps1'),
        file,
      ).toBe(true);
  });

  it('has an undo for every lockdown step, and both scripts run all of theirs', () => {
    const steps = [...lockdown.matchAll(/^function Set-Kiosk(\w+)/gm)].map((m) => m[1]);
    const undos = [...undo.matchAll(/^function Undo-Kiosk(\w+)/gm)].map((m) => m[1]);
    expect(steps).toEqual(['Account', 'Shell', 'AutoLogon', 'KeyboardFilter']);
    expect([...undos].sort()).toEqual([...steps].sort());
    // Undone in reverse order.
    const calls = (text: string, verb: string) =>
      [...text.matchAll(new RegExp(`^\\s*${verb}-Kiosk(\\w+)\\s*$`, 'gm'))].map((m) => m[1]);
    expect(calls(lockdown, 'Set')).toEqual(steps);
    expect(calls(undo, 'Undo')).toEqual([...steps].reverse());
    for (const text of [lockdown, undo]) {
      expect(text).toMatch(/^#Requires -RunAsAdministrator$/m);
      expect(text).toContain(". (Join-Path $PSScriptRoot 'KioskLockdown.Common.ps1')");
    }
    expect(common).toMatch(/^Set-StrictMode -Version 3\.0$/m);
  });

  it('uses Shell Launcher, auto-logon through the LSA secret and the Keyboard Filter as Windows names them', () => {
    expect(common).toContain("'root\\standardcimv2\\embedded'");
    expect(lockdown).toMatch(/WESL_UserSetting[\s\S]*SetCustomShell\(\$state\.kioskSid/);
    expect(undo).toMatch(/RemoveCustomShell\(\$sid\)/);
    expect(lockdown).toContain('WEKF_PredefinedKey');
    expect(common).toMatch(/LsaStorePrivateData/);
    expect(common).toContain("'DefaultPassword'");
    expect(lockdown).toMatch(/AutoAdminLogon -Value '1'/);
    expect(undo).toMatch(/AutoAdminLogon -Value '0'/);
  });

  it('holds no password: none in the files, none written to the registry, a file or the console', () => {
    for (const [name, text] of Object.entries({ lockdown, undo, common, nsh })) {
      expect(text, name).not.toMatch(/ConvertTo-SecureString\s+['"]/i);
      expect(text, name).not.toMatch(/-AsPlainText/i);
      // The Winlogon DefaultPassword value is only ever removed (the secret lives in LSA).
      for (const [line] of text.matchAll(/^.*DefaultPassword.*$/gm))
        expect(line, `${name}: ${line}`).not.toMatch(/(Set|New)-ItemProperty|reg(\.exe)? add/i);
      expect(text, name).not.toMatch(
        /\$(Password|plain)\b[^\n]*\|\s*(Out-File|Set-Content|Add-Content|Write-(Output|Host))/i,
      );
      expect(text, name).not.toMatch(/Write-(Output|Host|Verbose)[^\n]*\$(Password|plain)\b/i);
    }
    expect(lockdown).toMatch(/\[securestring\] \$Password/);
  });

  it('has balanced braces and parentheses in every script (a cheap stand-in for a parser we cannot run here)', () => {
    for (const [name, text] of Object.entries({ lockdown, undo, common })) {
      const count = (c: string) => text.split(c).length - 1;
      expect(count('{'), name).toBe(count('}'));
      expect(count('('), name).toBe(count(')'));
    }
  });
});
