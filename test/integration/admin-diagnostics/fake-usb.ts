import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FakeUsb {
  /** The folder KIOSK_TEST_REMOVABLE_ROOT names: proc/mounts, sys/block and media/ inside. */
  readonly root: string;
  /** The USB stick's mount folder (files written "to the stick" land here). */
  readonly stick: string;
  /** The device name the kiosk lists it under. */
  readonly device: string;
}

/**
 * A machine's mount table and sysfs as a kiosk sees them with one USB stick plugged in (vfat, automounted
 * by udisks2 under media/<user>/<label>), beside the things that must not be offered: the root file system,
 * the EFI partition (vfat, but not removable and not under media), an internal NTFS disk mounted under media
 * (not removable), and a read-only card on a USB card reader. The stick's label has a space, written \040 as /proc/mounts does.
 */
export function makeFakeUsb(prefix = 'kiosk-fake-usb-'): FakeUsb {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const media = join(root, 'media');
  const stick = join(media, 'tech', 'KIOSK USB');
  const card = join(media, 'tech', 'CARD');
  const internal = join(media, 'tech', 'DATA');
  for (const dir of [stick, card, internal, join(root, 'proc')]) mkdirSync(dir, { recursive: true });
  const sys = join(root, 'sys', 'block');
  const devices = join(root, 'sys', 'devices');
  // sda: the internal disk (removable 0, SATA); sdb: the stick (removable 1); mmcblk0: a card reader on USB
  // reporting removable 0, found by its bus.
  const disk = (name: string, removable: string, parent: string, partitions: string[]) => {
    const real = join(devices, parent, 'block', name);
    mkdirSync(real, { recursive: true });
    writeFileSync(join(real, 'removable'), `${removable}\n`);
    for (const p of partitions) mkdirSync(join(real, p), { recursive: true });
    mkdirSync(sys, { recursive: true });
    symlinkSync(real, join(sys, name));
  };
  disk('sda', '0', 'pci0000:00/0000:00:17.0/ata1/host0', ['sda1', 'sda2', 'sda3']);
  disk('sdb', '1', 'pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0/host2', ['sdb1']);
  disk('mmcblk0', '0', 'pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0', ['mmcblk0p1']);
  const esc = (path: string) => path.replace(/ /g, '\\040');
  writeFileSync(
    join(root, 'proc', 'mounts'),
    [
      '/dev/sda2 / ext4 rw,relatime 0 0',
      'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0',
      '/dev/sda1 /boot/efi vfat rw,relatime,fmask=0077,dmask=0077 0 0',
      `/dev/sda3 ${esc(internal)} ntfs3 rw,relatime 0 0`,
      `/dev/sdb1 ${esc(stick)} vfat rw,nosuid,nodev,relatime,uid=1000,gid=1000,fmask=0022,dmask=0022 0 0`,
      `/dev/mmcblk0p1 ${esc(card)} exfat ro,nosuid,nodev,relatime 0 0`,
      '',
    ].join('\n'),
  );
  return { root, stick, device: 'sdb1' };
}
