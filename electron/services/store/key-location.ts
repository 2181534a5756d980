import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Where the kiosk keeps its keys: never in the data folder beside the database, so a copy of that folder
 * (a backup, a diagnostic grab, a stolen disk image of it) cannot decrypt what it holds. `KIOSK_KEY_DIR`
 * chooses the place (a deployment may put it on another volume); otherwise a sibling of the data folder,
 * `<data>.keys`, 0700. Electron's safeStorage wraps the store key by the OS where it can; the wrapped
 * blob lives here too.
 */
export function keyDirFor(dataDir: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const chosen = env.KIOSK_KEY_DIR?.trim();
  if (chosen) return chosen;
  return join(dirname(dataDir), `${basename(dataDir)}.keys`);
}

/**
 * An older kiosk kept its keys in `<data>/keys`: move them to the key folder (once; an existing key there
 * wins) and remove the old folder, so the database and its key stop travelling together. Returns the
 * names moved.
 */
export function moveLegacyKeys(dataDir: string, keyDir: string): string[] {
  const legacy = join(dataDir, 'keys');
  if (!existsSync(legacy) || legacy === keyDir) return [];
  mkdirSync(keyDir, { recursive: true, mode: 0o700 });
  const moved: string[] = [];
  for (const name of readdirSync(legacy)) {
    const from = join(legacy, name);
    const to = join(keyDir, name);
    if (existsSync(to)) {
      unlinkSync(from);
      continue;
    }
    try {
      renameSync(from, to);
    } catch {
      // Another volume: copy, then remove the original.
      copyFileSync(from, to);
      unlinkSync(from);
    }
    moved.push(name);
  }
  rmdirSync(legacy);
  return moved;
}
