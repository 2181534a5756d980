import { join } from 'node:path';

/**
 * Where a deployed machine's configuration lives. IT departments push one file to a system-wide place;
 * KIOSK_CONFIG overrides it for a technician or a test; otherwise it sits in the app's data folder.
 */
export function resolveConfigPath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, userDataDir: string): string[] {
  const candidates: string[] = [];
  if (env.KIOSK_CONFIG) candidates.push(env.KIOSK_CONFIG);
  if (platform === 'win32')
    candidates.push(join(env.ProgramData ?? 'C:\\ProgramData', 'gov-kiosk', 'kiosk.config.json'));
  else candidates.push('/etc/gov-kiosk/kiosk.config.json');
  candidates.push(join(userDataDir, 'kiosk.config.json'));
  return candidates;
}
