import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Health } from '../../../../shared/contract/app.js';
import type { DeviceSnapshot } from '../../../../shared/devices/device-status.js';
import type { AuditEntry } from '../../audit/audit-log.js';
import type { OutboxStatus } from '../../outbox/outbox.js';
import { maskSettings, scrubText } from './mask.js';

/** What goes into a bundle: each part read when the bundle is made. */
export interface BundleSources {
  readonly kioskId: string;
  readonly now: () => number;
  readonly health: () => Health;
  readonly devices: () => readonly DeviceSnapshot[];
  /** The effective settings (the loaded configuration) and where they came from; masked here. */
  readonly settings: () => unknown;
  /** The folder of kiosk.log and its rotated copies (<data>/logs). */
  readonly logDir: string;
  readonly audit: (limit: number) => readonly AuditEntry[];
  readonly versions: () => Record<string, string | number | undefined>;
  readonly outbox: () => OutboxStatus;
  readonly schemaVersion: () => number;
}

export interface Bundle {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
  /** The files in the archive, for the audit and the tests. */
  readonly parts: readonly string[];
}

/** How much of the log goes in (newest lines first, whole lines only), and how many audit entries. */
export const LOG_TAIL_BYTES = 1024 * 1024;
export const AUDIT_TAIL = 1000;

/** 2026-12-03T09:05:56.123Z → 20261203T090556Z */
export function bundleStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

export function bundleFileName(kioskId: string, ms: number): string {
  const id = kioskId.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64) || 'kiosk';
  return `gov-kiosk-diagnostics-${id}-${bundleStamp(ms)}.zip`;
}

/** The last `budget` bytes of a file, from the first whole line on. */
function tail(path: string, budget: number): string {
  const size = statSync(path).size;
  const start = Math.max(0, size - budget);
  const buffer = Buffer.alloc(size - start);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, start);
  } finally {
    closeSync(fd);
  }
  const text = buffer.toString('utf8');
  if (start === 0) return text;
  const newline = text.indexOf('\n');
  return newline < 0 ? '' : text.slice(newline + 1);
}

/**
 * The recent log: kiosk.log, then its rotated copies (.1, .2, …) while the budget lasts, oldest first in
 * the result. Every line goes through the redactor again (defence in depth: it was redacted when written).
 */
export function recentLog(logDir: string, budget = LOG_TAIL_BYTES): { text: string; files: number } {
  const chunks: string[] = [];
  let left = budget;
  let files = 0;
  for (let n = 0; n <= 9 && left > 0; n += 1) {
    const path = join(logDir, n === 0 ? 'kiosk.log' : `kiosk.log.${n}`);
    if (!existsSync(path)) {
      if (n === 0) continue;
      break;
    }
    const text = tail(path, left);
    left -= Buffer.byteLength(text);
    chunks.unshift(text);
    files += 1;
  }
  const text = chunks
    .join('')
    .split('\n')
    .map((line) => scrubText(line))
    .join('\n');
  return { text, files };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const README = `gov-kiosk diagnostic bundle / 诊断包

health.json     health of each part (健康状态)
devices.json    device snapshots (设备状态)
settings.json   effective settings; secrets masked, not dropped (设置，密钥已遮盖)
logs/kiosk.log  recent log lines, redacted (近期日志，已脱敏)
audit.json      the latest audit entries (审计记录)
versions.json   app, Node, Electron, OS, schema (版本)
outbox.json     outbox counts only, never an application (待发送队列计数)

No personal data: every text passed through the kiosk's redactor when written and again here.
`;

/**
 * Builds the bundle: one zip of the parts above, every text through the redactor. The settings are masked
 * (maskSettings) so a reader sees that the platform token, the identity key, the one-time-code secret and
 * the technicians' hashes are set, never what they are. The outbox gives counts, never a payload.
 */
export function buildBundle(sources: BundleSources): Bundle {
  const at = sources.now();
  const scrubbed = (value: unknown) => strToU8(scrubText(json(value)));
  const log = recentLog(sources.logDir);
  const outbox = sources.outbox();
  const files: Zippable = {
    'README.txt': strToU8(README),
    'health.json': scrubbed(sources.health()),
    'devices.json': scrubbed(sources.devices()),
    'settings.json': strToU8(json(maskSettings(sources.settings()))),
    'logs/kiosk.log': strToU8(log.text),
    'audit.json': scrubbed(sources.audit(AUDIT_TAIL)),
    'versions.json': scrubbed({
      ...sources.versions(),
      kioskId: sources.kioskId,
      schemaVersion: sources.schemaVersion(),
      bundleMadeAt: new Date(at).toISOString(),
      logFiles: log.files,
    }),
    'outbox.json': scrubbed({
      pending: outbox.pending,
      delivered: outbox.delivered,
      rejected: outbox.rejected,
      oldestPendingSeconds: Math.round(outbox.oldestPendingSeconds),
      online: outbox.online ?? null,
      lastContactAt: outbox.lastContactAt === undefined ? null : new Date(outbox.lastContactAt).toISOString(),
      lastError: outbox.lastError ?? null,
    }),
  };
  const mtime = new Date(at);
  const bytes = zipSync(files, { level: 6, mtime });
  return {
    fileName: bundleFileName(sources.kioskId, at),
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    parts: Object.keys(files),
  };
}
