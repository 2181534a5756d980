import { statfsSync } from 'node:fs';
import type { ConsoleStatus } from '../../../../shared/contract/admin-diagnostics.js';
import type { DeviceSnapshot } from '../../../../shared/devices/device-status.js';
import type { Health } from '../../../../shared/contract/app.js';
import type { Heartbeat, PlatformGateway } from '../../../../shared/platform/index.js';
import type { OutboxStatus } from '../../outbox/outbox.js';
import { heartbeatDevices } from '../../platform/platform-services.js';
import { isFault, technicianCode } from './device-codes.js';
import type { StatusStore } from './status-store.js';

export interface StatusServiceOptions {
  readonly store: StatusStore;
  readonly now: () => number;
  readonly kioskId: string;
  readonly version: string;
  readonly host: 'electron' | 'web';
  readonly startedAt: Date;
  readonly dataDir: string;
  readonly platformKind: 'embedded' | 'http';
  readonly gateway: PlatformGateway;
  readonly catalogVersion: () => string;
  readonly health: () => Health;
  readonly devices: () => readonly DeviceSnapshot[];
  /** Device status changes; the service keeps each device's last fault from them. */
  readonly subscribe: (listener: (snapshot: DeviceSnapshot) => void) => () => void;
  readonly outbox: () => OutboxStatus;
  /** At most one latency probe this often (default 30 s): the page refreshes every few seconds. */
  readonly probeEveryMs?: number;
  /** How long a device may take to be found at start before its absence counts as a fault (default 60 s). */
  readonly startGraceMs?: number;
  readonly probeTimeoutMs?: number;
  /** Free and total bytes of a folder (default node:fs statfs). */
  readonly space?: (path: string) => { freeBytes: number; totalBytes: number };
}

interface Probe {
  readonly at: number;
  readonly latencyMs?: number;
  readonly error?: string;
}

/**
 * The console's home page (issue 11, status): what a technician arriving at a machine needs at a glance.
 * It keeps each device's last fault (time and code) as it happens, so a fault that came and went overnight
 * is still shown in the morning, and it times one platform round trip (a heartbeat) at most every 30 s.
 */
export class StatusService {
  private probe: Probe | undefined;
  private probing: Promise<void> | undefined;
  private readonly faulty = new Set<string>();
  /** Devices that have been usable since the service opened. */
  private readonly served = new Set<string>();
  private readonly openedAt: number;
  private readonly unsubscribe: () => void;

  constructor(private readonly options: StatusServiceOptions) {
    this.openedAt = options.now();
    for (const snapshot of options.devices()) this.note(snapshot);
    this.unsubscribe = options.subscribe((snapshot) => this.note(snapshot));
  }

  close(): void {
    this.unsubscribe();
  }

  /**
   * A device entering a fault is recorded once, when it enters it (not on every repeated snapshot). While the
   * kiosk starts, devices are still being found ("noDevice" for a moment): a device that has not served yet
   * counts as faulty only once the start-up grace has passed without it coming up.
   */
  private note(snapshot: DeviceSnapshot, at = this.options.now()): void {
    if (!isFault(snapshot)) {
      for (const k of [...this.faulty]) if (k.startsWith(`${snapshot.device}:`)) this.faulty.delete(k);
      this.served.add(snapshot.device);
      return;
    }
    const now = this.options.now();
    const grace = this.options.startGraceMs ?? 60_000;
    if (!this.served.has(snapshot.device) && now - this.openedAt < grace) return;
    const code = technicianCode(snapshot) ?? 'hardwareError';
    const key = `${snapshot.device}:${code}`;
    if (this.faulty.has(key)) return;
    for (const k of [...this.faulty]) if (k.startsWith(`${snapshot.device}:`)) this.faulty.delete(k);
    this.faulty.add(key);
    this.options.store.recordFault(snapshot.device, { at, code });
  }

  /** Times a heartbeat round trip, unless one was timed recently; never more than one at a time. */
  async measureLatency(): Promise<void> {
    const every = this.options.probeEveryMs ?? 30_000;
    if (this.probe && this.options.now() - this.probe.at < every) return;
    if (this.probing) return this.probing;
    this.probing = this.timeHeartbeat().finally(() => {
      this.probing = undefined;
    });
    return this.probing;
  }

  private async timeHeartbeat(): Promise<void> {
    const o = this.options;
    const outbox = o.outbox();
    const request: Heartbeat = {
      kioskId: o.kioskId,
      at: new Date(o.now()).toISOString(),
      appVersion: o.version.slice(0, 32),
      devices: heartbeatDevices([...o.devices()]),
      outbox: { pending: outbox.pending, oldestPendingSeconds: outbox.oldestPendingSeconds },
      catalogVersion: o.catalogVersion().slice(0, 64),
    };
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeOut'>((resolve) => {
      timer = setTimeout(() => resolve('timeOut'), o.probeTimeoutMs ?? 5000);
    });
    try {
      const reply = await Promise.race([o.gateway.heartbeat(request), timeout]);
      const latencyMs = Math.round(performance.now() - started);
      this.probe =
        reply === 'timeOut'
          ? { at: o.now(), error: 'timeOut' }
          : reply.ok
            ? { at: o.now(), latencyMs }
            : { at: o.now(), error: reply.error.code };
    } catch {
      this.probe = { at: o.now(), error: 'internalError' };
    } finally {
      clearTimeout(timer);
    }
  }

  read(): ConsoleStatus {
    const o = this.options;
    const now = o.now();
    const health = o.health();
    const snapshots = o.devices();
    // A device still missing when the start-up grace ends sends no event then: it is caught here, dated from
    // when its status last changed (not before the service opened).
    for (const snapshot of snapshots) this.note(snapshot, Math.max(this.openedAt, Date.parse(snapshot.since) || now));
    const faults = o.store.lastFaults();
    const outbox = o.outbox();
    const platformCheck = health.checks.find((c) => c.name === 'platform');
    const probe = this.probe;
    let disk: ConsoleStatus['disk'];
    try {
      disk = (o.space ?? statfsSpace)(o.dataDir);
    } catch {
      disk = undefined;
    }
    const online =
      probe && (outbox.lastContactAt === undefined || probe.at >= outbox.lastContactAt)
        ? probe.latencyMs !== undefined
        : outbox.online;
    const lastContact = Math.max(outbox.lastContactAt ?? 0, probe?.latencyMs !== undefined ? probe.at : 0);
    const lastError = probe?.error ?? outbox.lastError;
    return {
      at: new Date(now).toISOString(),
      health: health.level,
      healthProblems: health.checks.filter((c) => c.level !== 'ok').slice(0, 20),
      devices: snapshots.map((snapshot) => {
        const code = technicianCode(snapshot);
        const last = faults[snapshot.device];
        return {
          snapshot,
          ...(code && snapshot.driver !== 'none' ? { code } : {}),
          ...(last ? { lastFault: { at: new Date(last.at).toISOString(), code: last.code } } : {}),
        };
      }),
      platform: {
        kind: o.platformKind,
        ...(online === undefined ? {} : { online }),
        level: platformCheck?.level ?? 'ok',
        ...(probe?.latencyMs !== undefined
          ? { latencyMs: probe.latencyMs, latencyAt: new Date(probe.at).toISOString() }
          : {}),
        ...(lastContact > 0 ? { lastContactAt: new Date(lastContact).toISOString() } : {}),
        ...(lastError && online === false ? { lastError: lastError.slice(0, 80) } : {}),
      },
      outbox: {
        pending: outbox.pending,
        rejected: outbox.rejected,
        oldestPendingSeconds: Math.round(outbox.oldestPendingSeconds),
      },
      ...(disk ? { disk } : {}),
      software: {
        version: o.version.slice(0, 64),
        host: o.host,
        kioskId: o.kioskId,
        startedAt: o.startedAt.toISOString(),
        uptimeSeconds: Math.max(0, Math.round((now - o.startedAt.getTime()) / 1000)),
      },
    };
  }
}

function statfsSpace(path: string): { freeBytes: number; totalBytes: number } {
  const s = statfsSync(path);
  return { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
}
