import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statfsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RemovableDrive } from '../../../../shared/contract/admin-diagnostics.js';

/**
 * Finding the USB drive a technician plugged in, the way the OS mounts it (issue 11, diagnostics). A drive
 * found here is where the bundle may be written; `mountPath` stays in main — the page, the log and the audit
 * see only the device name ("sdb1", "E:"), because a mount path or a label can hold a person's name.
 */
export interface FoundDrive extends RemovableDrive {
  /** Where it is mounted: written to, never shown, logged or audited. */
  readonly mountPath: string;
}

export interface DriveFinder {
  list(): Promise<FoundDrive[]>;
}

/** File systems a USB stick carries (ntfs-3g shows as fuseblk). */
const USB_FILE_SYSTEMS = new Set(['vfat', 'exfat', 'ntfs', 'ntfs3', 'fuseblk', 'msdos']);
/** Where desktop automounters (udisks2) and people put them. */
const MOUNT_ROOTS = ['/media/', '/run/media/', '/mnt/'];

/** /proc/mounts writes a space, tab, newline and backslash in a path as \040, \011, \012 and \134. */
export function unescapeMountField(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

export interface LinuxDriveOptions {
  /** The mount table (default /proc/mounts); tests give a fake one. */
  readonly procMounts?: string;
  /** sysfs's block devices (default /sys/block); tests give a fake tree. */
  readonly sysBlock?: string;
  /** Mount roots counted as removable media (default /media/, /run/media/, /mnt/). */
  readonly mountRoots?: readonly string[];
  /** Free and total space of a mounted folder (default node:fs statfs). */
  readonly space?: (path: string) => { freeBytes: number; totalBytes: number };
}

function statfsSpace(path: string): { freeBytes: number; totalBytes: number } {
  const s = statfsSync(path);
  return { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
}

/**
 * Whether a block device (a disk "sdb" or a partition "sdb1") is removable: the whole disk's
 * /sys/block/<disk>/removable says 1, or its sysfs path runs through a USB controller (many USB sticks and
 * card readers report removable 0).
 */
export function isRemovableBlock(sysBlock: string, name: string): boolean {
  let disk: string | undefined;
  if (existsSync(join(sysBlock, name, 'removable'))) disk = name;
  else {
    try {
      disk = readdirSync(sysBlock).find((d) => existsSync(join(sysBlock, d, name)));
    } catch {
      return false;
    }
  }
  if (!disk) return false;
  try {
    if (readFileSync(join(sysBlock, disk, 'removable'), 'utf8').trim() === '1') return true;
  } catch {
    // no flag: fall through to the bus
  }
  try {
    return /\/usb\d*\//.test(realpathSync(join(sysBlock, disk)));
  } catch {
    return false;
  }
}

/** Linux: removable drives from the mount table and sysfs. */
export function linuxDriveFinder(options: LinuxDriveOptions = {}): DriveFinder {
  const procMounts = options.procMounts ?? '/proc/mounts';
  const sysBlock = options.sysBlock ?? '/sys/block';
  const roots = options.mountRoots ?? MOUNT_ROOTS;
  const space = options.space ?? statfsSpace;
  return {
    list() {
      let table: string;
      try {
        table = readFileSync(procMounts, 'utf8');
      } catch {
        return Promise.resolve([]);
      }
      const drives: FoundDrive[] = [];
      const seen = new Set<string>();
      for (const line of table.split('\n')) {
        const [source, target, fsType, flags] = line.trim().split(/\s+/);
        if (!source || !target || !fsType || !flags) continue;
        const device = unescapeMountField(source);
        const mountPath = unescapeMountField(target);
        if (!device.startsWith('/dev/') || !USB_FILE_SYSTEMS.has(fsType)) continue;
        if (!roots.some((root) => mountPath.startsWith(root))) continue;
        const name = basename(device);
        if (!/^[A-Za-z0-9_.-]{1,64}$/.test(name) || seen.has(name)) continue;
        if (!isRemovableBlock(sysBlock, name)) continue;
        let room: { freeBytes: number; totalBytes: number };
        try {
          room = space(mountPath);
        } catch {
          continue; // listed but gone (pulled out a moment ago)
        }
        seen.add(name);
        drives.push({
          id: name,
          label: basename(mountPath).slice(0, 64),
          fileSystem: fsType.slice(0, 16),
          ...room,
          writable: flags.split(',').includes('rw'),
          mountPath,
        });
      }
      return Promise.resolve(drives);
    },
  };
}

/** Runs a program without a shell and gives its standard output; tests pass a scripted one. */
export type CommandRunner = (file: string, args: readonly string[], timeoutMs: number) => Promise<string>;

export const execFileRunner: CommandRunner = (file, args, timeoutMs) =>
  new Promise((resolve, reject) => {
    execFile(file, [...args], { timeout: timeoutMs, windowsHide: true, maxBuffer: 256 * 1024 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout);
    });
  });

/** DriveType 2 is a removable disk (Win32_LogicalDisk). */
export const WINDOWS_DRIVE_QUERY = [
  '-NoProfile',
  '-NonInteractive',
  '-Command',
  'Get-CimInstance -ClassName Win32_LogicalDisk -Filter "DriveType=2" | ' +
    'Select-Object DeviceID,VolumeName,FileSystem,FreeSpace,Size,Access | ConvertTo-Json -Compress',
] as const;

interface WindowsDisk {
  DeviceID?: unknown;
  VolumeName?: unknown;
  FileSystem?: unknown;
  FreeSpace?: unknown;
  Size?: unknown;
  /** 0 unknown, 1 readable, 2 writeable, 3 read/write (Win32_LogicalDisk.Access). */
  Access?: unknown;
}

/** Windows: removable drive letters, asked of PowerShell through the runner. */
export function windowsDriveFinder(run: CommandRunner = execFileRunner): DriveFinder {
  return {
    async list() {
      let output: string;
      try {
        output = await run('powershell.exe', WINDOWS_DRIVE_QUERY, 10_000);
      } catch {
        return [];
      }
      let parsed: unknown;
      try {
        parsed = output.trim() === '' ? [] : JSON.parse(output);
      } catch {
        return [];
      }
      const disks = (Array.isArray(parsed) ? parsed : [parsed]) as WindowsDisk[];
      const drives: FoundDrive[] = [];
      for (const disk of disks) {
        if (typeof disk !== 'object' || disk === null) continue;
        const id = typeof disk.DeviceID === 'string' ? disk.DeviceID : '';
        if (!/^[A-Z]:$/.test(id)) continue;
        // No FileSystem and no Size: a card reader slot with no card in it.
        if (typeof disk.Size !== 'number' || disk.Size <= 0) continue;
        drives.push({
          id,
          label: typeof disk.VolumeName === 'string' ? disk.VolumeName.slice(0, 64) : '',
          fileSystem: typeof disk.FileSystem === 'string' ? disk.FileSystem.slice(0, 16) : '',
          freeBytes: typeof disk.FreeSpace === 'number' ? disk.FreeSpace : 0,
          totalBytes: disk.Size,
          writable: disk.Access !== 1,
          mountPath: `${id}\\`,
        });
      }
      return drives;
    },
  };
}

/** The finder for this OS (macOS and others: none — the kiosk runs on Linux and Windows). */
export function driveFinderFor(platform: NodeJS.Platform, linux: LinuxDriveOptions = {}): DriveFinder {
  if (platform === 'linux') return linuxDriveFinder(linux);
  if (platform === 'win32') return windowsDriveFinder();
  return { list: () => Promise.resolve([]) };
}
