import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFakeUsb } from '../../../../test/integration/admin-diagnostics/fake-usb.js';
import {
  type CommandRunner,
  isRemovableBlock,
  linuxDriveFinder,
  unescapeMountField,
  WINDOWS_DRIVE_QUERY,
  windowsDriveFinder,
} from './removable-drives.js';

const fake = makeFakeUsb();
afterAll(() => rmSync(fake.root, { recursive: true, force: true }));

const finder = (space = () => ({ freeBytes: 1000, totalBytes: 2000 })) =>
  linuxDriveFinder({
    procMounts: join(fake.root, 'proc', 'mounts'),
    sysBlock: join(fake.root, 'sys', 'block'),
    mountRoots: [`${join(fake.root, 'media')}/`],
    space,
  });

describe('USB drives on Linux (a fake /proc/mounts and /sys/block)', () => {
  it('lists the stick and the card reader, not the root, the EFI partition or the internal disk', async () => {
    const drives = await finder().list();
    expect(drives.map((d) => d.id).sort()).toEqual(['mmcblk0p1', 'sdb1']);
    const stick = drives.find((d) => d.id === 'sdb1');
    expect(stick).toEqual({
      id: 'sdb1',
      label: 'KIOSK USB',
      fileSystem: 'vfat',
      freeBytes: 1000,
      totalBytes: 2000,
      writable: true,
      mountPath: fake.stick,
    });
    expect(drives.find((d) => d.id === 'mmcblk0p1')).toMatchObject({ fileSystem: 'exfat', writable: false });
  });

  it('measures the space of the real mount folder with statfs by default', async () => {
    const drives = await linuxDriveFinder({
      procMounts: join(fake.root, 'proc', 'mounts'),
      sysBlock: join(fake.root, 'sys', 'block'),
      mountRoots: [`${join(fake.root, 'media')}/`],
    }).list();
    const stick = drives.find((d) => d.id === 'sdb1');
    expect(stick?.totalBytes).toBeGreaterThan(0);
    expect(stick?.freeBytes).toBeGreaterThan(0);
  });

  it('reads the removable flag of the whole disk for a partition, and a USB bus when the flag says 0', () => {
    const sys = join(fake.root, 'sys', 'block');
    expect(isRemovableBlock(sys, 'sdb1')).toBe(true); // flag 1 on sdb
    expect(isRemovableBlock(sys, 'sdb')).toBe(true);
    expect(isRemovableBlock(sys, 'mmcblk0p1')).toBe(true); // flag 0, but under usb2/
    expect(isRemovableBlock(sys, 'sda1')).toBe(false); // SATA, flag 0
    expect(isRemovableBlock(sys, 'nvme0n1p1')).toBe(false); // unknown
  });

  it('skips a drive pulled out between the table and statfs, and answers none without a mount table', async () => {
    const drives = await finder(() => {
      throw new Error('ENOENT');
    }).list();
    expect(drives).toEqual([]);
    expect(await linuxDriveFinder({ procMounts: join(fake.root, 'no-such-file') }).list()).toEqual([]);
  });

  it('unescapes /proc/mounts octal escapes', () => {
    expect(unescapeMountField('/media/tech/MY\\040STICK\\134x')).toBe('/media/tech/MY STICK\\x');
  });
});

describe('USB drives on Windows (a scripted command runner)', () => {
  const scripted = (output: string | Error) => {
    const calls: Array<{ file: string; args: readonly string[] }> = [];
    const run: CommandRunner = (file, args) => {
      calls.push({ file, args });
      return output instanceof Error ? Promise.reject(output) : Promise.resolve(output);
    };
    return { run, calls };
  };

  it('asks PowerShell for removable logical disks (DriveType 2) without a shell and lists them by letter', async () => {
    const { run, calls } = scripted(
      JSON.stringify([
        { DeviceID: 'E:', VolumeName: 'KINGSTON', FileSystem: 'FAT32', FreeSpace: 7e9, Size: 8e9, Access: 0 },
        { DeviceID: 'F:', VolumeName: null, FileSystem: null, FreeSpace: null, Size: null, Access: null },
        { DeviceID: 'G:', VolumeName: 'LOCKED', FileSystem: 'exFAT', FreeSpace: 1e9, Size: 2e9, Access: 1 },
      ]),
    );
    const drives = await windowsDriveFinder(run).list();
    expect(calls).toEqual([{ file: 'powershell.exe', args: WINDOWS_DRIVE_QUERY }]);
    expect(calls[0]?.args.join(' ')).toContain('DriveType=2');
    expect(drives).toEqual([
      {
        id: 'E:',
        label: 'KINGSTON',
        fileSystem: 'FAT32',
        freeBytes: 7e9,
        totalBytes: 8e9,
        writable: true,
        mountPath: 'E:\\',
      },
      {
        id: 'G:',
        label: 'LOCKED',
        fileSystem: 'exFAT',
        freeBytes: 1e9,
        totalBytes: 2e9,
        writable: false,
        mountPath: 'G:\\',
      },
    ]);
  });

  it('reads a single disk (ConvertTo-Json gives an object), none, garbage and a failed command', async () => {
    const one = scripted(
      JSON.stringify({ DeviceID: 'D:', VolumeName: '', FileSystem: 'NTFS', FreeSpace: 5, Size: 10 }),
    );
    expect((await windowsDriveFinder(one.run).list()).map((d) => d.id)).toEqual(['D:']);
    expect(await windowsDriveFinder(scripted('').run).list()).toEqual([]);
    expect(await windowsDriveFinder(scripted('not json').run).list()).toEqual([]);
    expect(await windowsDriveFinder(scripted(new Error('powershell missing')).run).list()).toEqual([]);
    const bad = scripted(
      JSON.stringify([
        { DeviceID: 'C:\\..\\x', Size: 10 },
        { DeviceID: 'Z:', Size: 10 },
      ]),
    );
    expect((await windowsDriveFinder(bad.run).list()).map((d) => d.id)).toEqual(['Z:']);
  });
});
