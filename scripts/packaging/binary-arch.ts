import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

/**
 * What machine a native binary was built for, read from its header: ELF (Linux .node/.so) or PE (Windows
 * .node/.dll/.exe). The package check uses it to prove each target carries its own architecture's code.
 */
export type BinaryKind = 'linux-x64' | 'linux-arm64' | 'win32-x64' | 'win32-arm64' | 'other';

const ELF_MACHINES: Record<number, BinaryKind> = { 62: 'linux-x64', 183: 'linux-arm64' };
const PE_MACHINES: Record<number, BinaryKind> = { 0x8664: 'win32-x64', 0xaa64: 'win32-arm64' };

export function binaryKind(path: string): BinaryKind {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    if (n >= 20 && head.readUInt32BE(0) === 0x7f454c46) {
      // e_ident[EI_DATA] 1 = little-endian; e_machine at 18.
      return (head[5] === 1 && ELF_MACHINES[head.readUInt16LE(18)]) || 'other';
    }
    if (n >= 64 && head.toString('latin1', 0, 2) === 'MZ') {
      const pe = head.readUInt32LE(0x3c);
      if (pe + 6 <= n && head.toString('latin1', pe, pe + 4) === 'PE\0\0')
        return PE_MACHINES[head.readUInt16LE(pe + 4)] ?? 'other';
    }
    return 'other';
  } finally {
    closeSync(fd);
  }
}

/** The newest symbol version of `prefix` (GLIBC_, GLIBCXX_) an ELF binary asks for, as [major, minor, patch]. */
export function newestSymbolVersion(path: string, prefix: 'GLIBC_' | 'GLIBCXX_'): number[] | undefined {
  const text = readFileSync(path).toString('latin1');
  let newest: number[] | undefined;
  for (const m of text.matchAll(new RegExp(`${prefix}(\\d+(?:\\.\\d+)+)(?![\\d.])`, 'g'))) {
    const version = (m[1] ?? '').split('.').map(Number);
    if (!newest || compareVersions(version, newest) > 0) newest = version;
  }
  return newest;
}

export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
