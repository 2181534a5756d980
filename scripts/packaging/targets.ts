import { resolve } from 'node:path';

/** The targets the package check builds and `npm run dist` ships: Linux on x64 and arm64, Windows on x64. */
export type DirTarget = 'linux-x64' | 'linux-arm64' | 'win32-x64';
export const DIR_TARGETS: readonly DirTarget[] = ['linux-x64', 'linux-arm64', 'win32-x64'];

export const projectRoot = resolve(import.meta.dirname, '../..');
