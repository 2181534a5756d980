import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryKind, compareVersions, newestSymbolVersion } from './binary-arch.js';

const root = resolve(import.meta.dirname, '../..');
const prebuilds = join(root, 'node_modules/@serialport/bindings-cpp/prebuilds');

describe('binaryKind', () => {
  it("tells serialport's prebuilds apart by the machine in their headers", () => {
    const first = (dir: string) => join(prebuilds, dir, readdirSync(join(prebuilds, dir)).sort()[0] ?? '');
    expect(binaryKind(first('linux-x64'))).toBe('linux-x64');
    expect(binaryKind(first('linux-arm64'))).toBe('linux-arm64');
    expect(binaryKind(first('win32-x64'))).toBe('win32-x64');
    expect(binaryKind(first('win32-arm64'))).toBe('win32-arm64');
    expect(binaryKind(first('linux-arm'))).toBe('other');
    expect(binaryKind(join(root, 'package.json'))).toBe('other');
  });
});

describe('newestSymbolVersion', () => {
  it('reads the newest glibc a Linux prebuild asks for, and none from a Windows one', () => {
    const linux = join(prebuilds, 'linux-x64', '@serialport+bindings-cpp.glibc.node');
    const glibc = newestSymbolVersion(linux, 'GLIBC_');
    expect(glibc?.[0]).toBe(2);
    expect(compareVersions(glibc ?? [], [2, 17])).toBeGreaterThan(0);
    expect(
      newestSymbolVersion(join(prebuilds, 'win32-x64', '@serialport+bindings-cpp.node'), 'GLIBC_'),
    ).toBeUndefined();
  });

  it('compares versions numerically', () => {
    expect(compareVersions([2, 28], [2, 9])).toBeGreaterThan(0);
    expect(compareVersions([3, 4, 21], [3, 4, 21])).toBe(0);
    expect(compareVersions([3, 4], [3, 4, 1])).toBeLessThan(0);
  });
});
