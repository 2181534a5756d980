import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DeviceClass } from '../../../shared/devices/device-class.js';
import type { DevicesConfig } from '../../../shared/devices/device-config.js';
import type { DriverKind } from '../../../shared/devices/device-status.js';
import type { IdCard } from '../../../shared/devices/id-card.js';
import type { PrintJob } from '../../../shared/devices/print-job.js';
import type { Logger } from '../../services/log/logger.js';
import { Backoff } from '../core/backoff.js';
import type { CommandOptions } from '../core/command-queue.js';
import { type Completion, failed } from '../core/completion.js';
import { TrackedDevice } from '../core/tracked-device.js';
import type { IdCardReaderDevice, PrintOutcome, PrinterDevice, ScannerDevice } from '../device.js';
import { stateFor } from '../no-device.js';
import { forkHostLauncher, type HostLauncher, type HostProcess } from './host-process.js';
import type { FromHost, HostOp, ToHost } from './protocol.js';

function moduleDir(): string | undefined {
  try {
    return import.meta.dirname;
  } catch {
    return undefined;
  }
}

/**
 * Where the device-host entry is: next to the bundled main (dist/electron/device-host.cjs), or the
 * TypeScript source when running from a checkout (web host, tests).
 */
export function defaultHostEntry(): string | undefined {
  // Bundled (CJS) main has __dirname; the ESM sources (web host under tsx, tests) have import.meta.dirname.
  const here = typeof __dirname === 'string' ? __dirname : moduleDir();
  if (!here) return undefined;
  return [join(here, 'device-host.cjs'), join(here, 'device-host.ts'), join(here, 'host', 'device-host.ts')].find((p) =>
    existsSync(p),
  );
}

export interface IsolatedDeviceOptions {
  readonly deviceClass: DeviceClass;
  readonly driver: DriverKind;
  readonly config: DevicesConfig;
  readonly entry: string;
  /** How the host process is started (default child_process.fork; Electron passes utilityProcess). */
  readonly launcher?: HostLauncher;
  readonly logger: Logger;
  /** How often the host must answer a ping, and how long it gets. */
  readonly pingIntervalMs?: number;
  readonly pingTimeoutMs?: number;
}

interface PendingCall {
  settle(completion: Completion<unknown>): void;
}

/**
 * The backend's handle on a device that runs in its own process. Same interfaces as an in-process driver;
 * every call is a message with its own timeout on this side too, so a host that hangs cannot hang a caller.
 * The host is pinged; one that does not answer is killed. When the host exits unexpectedly, in-flight calls
 * end with hardwareError.hostCrashed, the device reports hardwareError, and a new host is started with
 * back-off (a driver that crashes at once does not restart in a tight loop).
 */
export class IsolatedDevice extends TrackedDevice implements IdCardReaderDevice, PrinterDevice, ScannerDevice {
  readonly deviceClass: never;
  readonly driver: DriverKind;
  private readonly pending = new Map<number, PendingCall>();
  private readonly backoff = new Backoff({ initialMs: 500, maxMs: 30_000 });
  private child: HostProcess | undefined;
  private ready = false;
  private stopping = false;
  private nextId = 1;
  private pingTimer: NodeJS.Timeout | undefined;
  private respawnTimer: NodeJS.Timeout | undefined;
  private startedAt = 0;
  /** Process ids of hosts this handle started (tests use them to kill one). */
  readonly pids: number[] = [];

  constructor(private readonly options: IsolatedDeviceOptions) {
    super({
      device: options.deviceClass,
      driver: options.driver,
      simulated: false,
      state: stateFor(options.deviceClass),
      detail: 'starting its device host',
    });
    this.deviceClass = options.deviceClass as never;
    this.driver = options.driver;
  }

  start(): void {
    if (!this.child && !this.stopping) this.spawn();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.pingTimer);
    clearTimeout(this.respawnTimer);
    const child = this.child;
    if (!child) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve();
      }, 2_000);
      child.onExit(() => {
        clearTimeout(timer);
        resolve();
      });
      this.send({ t: 'stop' });
    });
    this.failAll('offline', 'the device layer stopped');
  }

  /** The pid of the running host, if any. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  reset(): Promise<Completion<void>> {
    return this.call('reset', [], 10_000) as Promise<Completion<void>>;
  }

  readCard(options: CommandOptions): Promise<Completion<IdCard>> {
    return this.call('readCard', [], options.timeoutMs, options.signal) as Promise<Completion<IdCard>>;
  }

  async cancelReads(): Promise<number> {
    const result = await this.call('cancelReads', [], 5_000);
    return result.ok ? Number(result.value) : 0;
  }

  print(job: PrintJob, options: CommandOptions): Promise<Completion<PrintOutcome>> {
    return this.call('print', [job], options.timeoutMs, options.signal) as Promise<Completion<PrintOutcome>>;
  }

  setEnabled(enabled: boolean): Promise<Completion<'on' | 'off' | 'inoperative'>> {
    return this.call('setEnabled', [enabled], 5_000) as Promise<Completion<'on' | 'off' | 'inoperative'>>;
  }

  wedgeScan(): Completion<boolean> {
    return failed('unsupportedCommand', 'keyboard-wedge scanners do not run in a device host');
  }

  private spawn(): void {
    const { entry } = this.options;
    const child = (this.options.launcher ?? forkHostLauncher)(entry);
    this.child = child;
    this.ready = false;
    this.startedAt = Date.now();
    if (child.pid) this.pids.push(child.pid);
    child.onMessage((message) => this.onMessage(message));
    child.onError((error) =>
      this.options.logger.error(`device host for ${this.options.deviceClass}: ${error.message}`),
    );
    child.onExit((code, signal) => this.onExit(child, code, signal));
    this.send({ t: 'init', deviceClass: this.options.deviceClass, config: this.options.config });
    clearInterval(this.pingTimer);
    this.pingTimer = setInterval(() => this.ping(child), this.options.pingIntervalMs ?? 5_000);
  }

  private ping(child: HostProcess): void {
    if (this.child !== child || !this.ready) return;
    const id = this.nextId++;
    const timer = setTimeout(() => {
      this.pending.delete(id);
      this.options.logger.error(`device host for ${this.options.deviceClass} did not answer a ping; killing it`);
      child.kill();
    }, this.options.pingTimeoutMs ?? 3_000);
    this.pending.set(id, { settle: () => clearTimeout(timer) });
    this.send({ t: 'ping', id });
  }

  private onExit(child: HostProcess, code: number | null, signal: string | null): void {
    if (this.child !== child) return;
    this.child = undefined;
    this.ready = false;
    clearInterval(this.pingTimer);
    if (this.stopping) return;
    const how = signal ? `signal ${signal}` : `code ${code}`;
    this.options.logger.error(`device host for ${this.options.deviceClass} exited (${how}); restarting`);
    this.failAll('hostCrashed', `the device host exited (${how})`);
    this.tracker.update({
      status: 'hardwareError',
      detail: `device host exited (${how}); restarting`,
      problem: { errorClass: 'software', action: 'reset' },
    });
    if (Date.now() - this.startedAt > 30_000) this.backoff.reset();
    this.respawnTimer = setTimeout(() => this.spawn(), this.backoff.next());
  }

  private onMessage(message: FromHost): void {
    switch (message.t) {
      case 'ready':
        this.ready = true;
        return;
      case 'event':
        if (message.event.type === 'status') {
          const s = message.event.snapshot;
          this.tracker.update({
            status: s.status,
            state: s.state,
            detail: s.detail,
            ...(s.problem ? { problem: s.problem } : {}),
          });
        } else {
          this.events.emit(message.event);
        }
        return;
      case 'result':
      case 'pong': {
        const pending = this.pending.get(message.id);
        pending?.settle(message.t === 'result' ? message.completion : { ok: true, value: undefined });
        this.pending.delete(message.id);
        return;
      }
      case 'log':
        this.options.logger[message.level](message.message);
        return;
    }
  }

  private send(message: ToHost): boolean {
    return this.child?.send(message) ?? false;
  }

  private call(
    op: HostOp,
    args: readonly unknown[],
    timeoutMs: number,
    signal?: AbortSignal,
  ): Promise<Completion<unknown>> {
    if (!this.child || !this.ready) {
      return Promise.resolve(failed('hostCrashed', `the ${this.options.deviceClass} device host is not running`));
    }
    if (signal?.aborted) return Promise.resolve(failed('canceled', `${op} canceled before it started`));
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.send({ t: 'cancel', id });
        finish(failed('timeOut', `${op}: no answer from the device host within ${timeoutMs} ms`));
      }, timeoutMs + 2_000);
      const onAbort = () => {
        this.send({ t: 'cancel', id });
        finish(failed('canceled', `${op} canceled`));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      let done = false;
      const finish = (completion: Completion<unknown>) => {
        if (done) return;
        done = true;
        this.pending.delete(id);
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve(completion);
      };
      this.pending.set(id, { settle: finish });
      if (!this.send({ t: 'call', id, op, args, timeoutMs }))
        finish(failed('hostCrashed', 'the device host is not reachable'));
    });
  }

  private failAll(reason: 'hostCrashed' | 'offline', message: string): void {
    for (const [id, pending] of [...this.pending]) {
      pending.settle(failed(reason, message));
      this.pending.delete(id);
    }
  }
}
