import { execFileSync } from 'node:child_process';

/** The cups-pdf queue .ci/setup-cups.sh makes (CI runs it as root before the tests), and where its PDFs land. */
export const CUPS_QUEUE = process.env.KIOSK_CUPS_QUEUE ?? 'kiosk-pdf';
export const CUPS_PDF_DIR = process.env.KIOSK_CUPS_PDF_DIR ?? '/var/spool/cups-pdf/kiosk';

/** Runs a command of CUPS or poppler in the C locale: its output, or undefined when it failed. */
export function runTool(file: string, args: string[]): string | undefined {
  try {
    return execFileSync(file, args, {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch {
    return undefined;
  }
}

/** Whether cupsd runs and has the queue: the tests that print for real need both. */
export const cupsReady =
  (runTool('lpstat', ['-r']) ?? '').includes('is running') && runTool('lpstat', ['-v', CUPS_QUEUE]) !== undefined;
